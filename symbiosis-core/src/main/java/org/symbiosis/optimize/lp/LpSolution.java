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

    public LpSolution {
        values = values.clone();
        rowDuals = rowDuals.clone();
        reducedCosts = reducedCosts.clone();
    }

    /** The values, a copy (use {@link #value(int)} in loops). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The row duals, a copy (use {@link #rowDual(int)} in loops). */
    @Override
    public double[] rowDuals() {
        return rowDuals.clone();
    }

    /** The reduced costs, a copy (use {@link #reducedCost(int)} in loops). */
    @Override
    public double[] reducedCosts() {
        return reducedCosts.clone();
    }

    public double value(int variable) {
        return values[variable];
    }

    public double rowDual(int row) {
        return rowDuals[row];
    }

    public double reducedCost(int variable) {
        return reducedCosts[variable];
    }

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
