package org.symbiosis.optimize.lp;

/** How a linear program ended. */
public enum LpStatus {
    /** Solved to optimality (a mixed-integer program: within the solver's gap). */
    OPTIMAL,
    /** A mixed-integer program stopped at its time limit with a solution and a gap. */
    FEASIBLE,
    /** No point meets every row and bound. */
    INFEASIBLE,
    /** The objective can fall without limit. */
    UNBOUNDED,
    /** The solver failed or gave up (iteration limit, numerical trouble). */
    NOT_SOLVED
}
