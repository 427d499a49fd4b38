package org.symbiosis.optimize;

/** How an optimisation ended; anything but {@link #OPTIMAL} comes with a diagnosis. */
public enum OptimizationStatus {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED,
    NOT_SOLVED
}
