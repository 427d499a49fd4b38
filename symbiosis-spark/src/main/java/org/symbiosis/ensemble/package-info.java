/**
 * Ensembles: many parks, scenarios and Monte Carlo samples run as one job. An {@link
 * org.symbiosis.ensemble.Ensemble} is a list of {@link org.symbiosis.ensemble.EnsembleRun}s, each
 * a scenario on a park with a range of samples, read from an ensemble file ({@link
 * org.symbiosis.ensemble.EnsembleFiles}, docs/ensemble-format.md) or built in Java. Parks and
 * scenarios are held as their sources (file text, or a synthetic park's size and seed), so an
 * ensemble can be shipped to the machines of a cluster and built there. No Spark here: the
 * runner is in {@code org.symbiosis.spark}.
 */
package org.symbiosis.ensemble;
