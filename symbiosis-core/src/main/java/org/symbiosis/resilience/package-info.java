/**
 * Outage analysis: a plant or a link (or a set of them) taken out of a park and the park
 * re-simulated, with the cascade of plants that then cannot run, the change in emissions and
 * cost, and the keystone plants ranked by what their outage does to the rest of the park. The
 * semantics are stated in docs/resilience.md.
 */
package org.symbiosis.resilience;
