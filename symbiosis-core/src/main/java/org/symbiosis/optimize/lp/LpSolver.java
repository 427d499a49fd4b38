package org.symbiosis.optimize.lp;

/** Solves a linear program. Implementations are stateless and thread-safe. */
public interface LpSolver {

    /**
     * Minimises the model's cost within its rows and bounds. A model with integer variables
     * needs a mixed-integer solver (SCIP).
     *
     * @param model the program; not modified
     * @return the answer; a model without an optimum is a status in it, not an exception
     */
    LpSolution solve(LpModel model);

    /**
     * A short name for reports.
     *
     * @return e.g. {@code GLOP (OR-Tools)}
     */
    String name();
}
