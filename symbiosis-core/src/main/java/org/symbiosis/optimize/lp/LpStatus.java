package org.symbiosis.optimize.lp;

/** How a linear program ended. */
public enum LpStatus {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED,
    /** The solver failed or gave up (iteration limit, numerical trouble). */
    NOT_SOLVED
}
