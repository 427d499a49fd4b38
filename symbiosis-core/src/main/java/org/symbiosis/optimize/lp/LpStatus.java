package org.symbiosis.optimize.lp;

/** How a linear program ended. */
public enum LpStatus {
    OPTIMAL,
    /** A mixed-integer program stopped at its time limit with a solution and a gap. */
    FEASIBLE,
    INFEASIBLE,
    UNBOUNDED,
    /** The solver failed or gave up (iteration limit, numerical trouble). */
    NOT_SOLVED
}
