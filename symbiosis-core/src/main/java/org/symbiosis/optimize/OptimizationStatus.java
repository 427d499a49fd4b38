package org.symbiosis.optimize;

/** How an optimisation ended; anything but {@link #OPTIMAL} comes with a diagnosis. */
public enum OptimizationStatus {
    OPTIMAL,
    /** A plan found within a time limit, not proved optimal: its gap says how far it may be. */
    FEASIBLE,
    INFEASIBLE,
    UNBOUNDED,
    NOT_SOLVED
}
