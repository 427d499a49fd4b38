/**
 * The park model: carriers, plants with processes, links and markets, as immutable records with
 * typed ids, assembled and validated by {@link org.symbiosis.model.Park#builder()}.
 *
 * <p>Units: every quantity of a carrier is in that carrier's unit per year; activities are in
 * units of the process's reference flow per year; emission factors are t CO2e per unit; carbon
 * contents t C per unit.
 */
package org.symbiosis.model;
