package org.symbiosis.optimize.lp;

/**
 * A solver's answer. When {@link #status()} is {@link LpStatus#OPTIMAL}: the values, the row
 * duals {@code d(objective) / d(row bound)} and the reduced costs; otherwise the arrays are empty.
 *
 * @param solver the solver that gave this answer
 * @param note   empty, or what happened on the way: why a solver gave no answer, which solver
 *               was tried next
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
        double[] reducedCosts, long iterations, String solver, String note) {

    public static LpSolution failed(LpStatus status, String solver, String note) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], 0,
                solver, note);
    }

    /** The same answer with another note. */
    LpSolution withNote(String newNote) {
        return new LpSolution(status, objective, values, rowDuals, reducedCosts, iterations, solver,
                newNote);
    }
}
