package org.symbiosis.optimize;

/**
 * How an optimisation or a plan ended; anything but {@link #OPTIMAL} and {@link #FEASIBLE} comes
 * with a diagnosis.
 */
public enum OptimizationStatus {
    /** Proved optimal: the result has its flow state and ledger (and, for a plan, its builds). */
    OPTIMAL,
    /** A plan found within a time limit, not proved optimal: its gap says how far it may be. */
    FEASIBLE,
    /**
     * Nothing meets the balances, bounds and goal. The diagnosis says what: for the optimiser,
     * the balance rows that cannot close and by how much; for an allocation, the carrier that
     * cannot all be placed; for a plan, the goal that cannot be met, or a park that cannot run by
     * its rules under the delivery guard.
     */
    INFEASIBLE,
    /** The objective can fall without limit: the diagnosis names what grows without bound. */
    UNBOUNDED,
    /**
     * The solvers stopped without an answer (numerical trouble, an iteration or time limit with
     * no solution): a defect of the solvers on this model rather than of the park.
     */
    NOT_SOLVED
}
