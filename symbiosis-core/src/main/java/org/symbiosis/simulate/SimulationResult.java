package org.symbiosis.simulate;

/**
 * A simulated park "with symbiosis vs without".
 *
 * @param withSymbiosis the park as given
 * @param baseline      the same park with its symbiosis links switched off: needs bought,
 *                      by-products released (utility links, {@code symbiosis: false}, stay on)
 */
public record SimulationResult(Simulation withSymbiosis, Simulation baseline) {

    /**
     * Residual emissions avoided by symbiosis, t CO2e per year (baseline minus with).
     *
     * @return the reduction; negative when symbiosis raises residual emissions
     */
    public double residualReduction() {
        return baseline.ledger().totals().residual() - withSymbiosis.ledger().totals().residual();
    }
}
