package org.symbiosis.optimize.lp;

/** Solves a linear program. Implementations are stateless and thread-safe. */
public interface LpSolver {

    LpSolution solve(LpModel model);

    /** A short name for reports, e.g. {@code GLOP}. */
    String name();
}
