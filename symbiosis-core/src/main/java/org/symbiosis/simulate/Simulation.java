package org.symbiosis.simulate;

import org.symbiosis.flow.FlowState;
import org.symbiosis.ledger.Ledger;

/**
 * One simulated state of a park with its ledger and how the solve went.
 *
 * @param state       activities, flows, purchases, sales and releases
 * @param ledger      emissions and carbon accounting of the state
 * @param convergence sweeps, residual and whether it converged
 */
public record Simulation(FlowState state, Ledger ledger, Convergence convergence) {
}
