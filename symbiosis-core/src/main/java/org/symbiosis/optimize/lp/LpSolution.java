package org.symbiosis.optimize.lp;

/**
 * A solver's answer. When {@link #status()} is {@link LpStatus#OPTIMAL}: the values, the row
 * duals {@code d(objective) / d(row bound)} and the reduced costs; otherwise the arrays are empty.
 *
 * @param solver the solver that gave this answer
 * @param note   empty, or what happened on the way: why a solver gave no answer, which solver
 *               was tried next
 * @param bound  the best bound proved (a mixed-integer program's dual bound); for an LP, the
 *               objective
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
        double[] reducedCosts, long iterations, String solver, String note, double bound) {

    /** An LP's answer: its bound is its objective. */
    public LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
            double[] reducedCosts, long iterations, String solver, String note) {
        this(status, objective, values, rowDuals, reducedCosts, iterations, solver, note,
                objective);
    }

    public static LpSolution failed(LpStatus status, String solver, String note) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], 0,
                solver, note, Double.NaN);
    }

    /** Relative gap between the objective and the best bound (0 when proved optimal). */
    public double gap() {
        if (status == LpStatus.OPTIMAL) {
            return 0;
        }
        return Math.abs(objective - bound) / Math.max(1e-9, Math.abs(objective));
    }

    /** The same answer with another note. */
    LpSolution withNote(String newNote) {
        return new LpSolution(status, objective, values, rowDuals, reducedCosts, iterations, solver,
                newNote, bound);
    }
}
