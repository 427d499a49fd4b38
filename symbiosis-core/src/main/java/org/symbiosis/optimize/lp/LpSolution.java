package org.symbiosis.optimize.lp;

/**
 * A solver's answer. When {@link #status()} is {@link LpStatus#OPTIMAL} or {@link
 * LpStatus#FEASIBLE}: the values; for a linear program also the row duals {@code d(objective) /
 * d(row bound)} and the reduced costs, which a mixed-integer program has not (empty arrays).
 * Otherwise the arrays are empty. Immutable: the arrays are copied in and out.
 *
 * @param status       how the solve ended
 * @param objective    the objective's value, in the model's cost units; NaN without a solution
 * @param values       the value of each variable, by index
 * @param rowDuals     the dual of each row, by index
 * @param reducedCosts the reduced cost of each variable, by index
 * @param iterations   the solver's iterations (simplex pivots, or as the solver counts them)
 * @param solver       the solver that gave this answer
 * @param note         empty, or what happened on the way: why a solver gave no answer, which
 *                     solver was tried next
 * @param bound        the best bound proved (a mixed-integer program's dual bound); for an LP,
 *                     the objective
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
        double[] reducedCosts, long iterations, String solver, String note, double bound) {

    /**
     * Copies the arrays.
     *
     * @param status       how the solve ended
     * @param objective    the objective's value; NaN without a solution
     * @param values       the value of each variable, or empty
     * @param rowDuals     the dual of each row, or empty
     * @param reducedCosts the reduced cost of each variable, or empty
     * @param iterations   the solver's iterations
     * @param solver       the solver that gave this answer
     * @param note         empty, or what happened on the way
     * @param bound        the best bound proved
     */
    public LpSolution {
        values = values.clone();
        rowDuals = rowDuals.clone();
        reducedCosts = reducedCosts.clone();
    }

    /**
     * The values, a copy (use {@link #value(int)} in loops).
     *
     * @return one value per variable, or empty without a solution
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The row duals, a copy (use {@link #rowDual(int)} in loops).
     *
     * @return one dual per row, or empty (no solution, or a mixed-integer program)
     */
    @Override
    public double[] rowDuals() {
        return rowDuals.clone();
    }

    /**
     * The reduced costs, a copy (use {@link #reducedCost(int)} in loops).
     *
     * @return one reduced cost per variable, or empty (no solution, or a mixed-integer program)
     */
    @Override
    public double[] reducedCosts() {
        return reducedCosts.clone();
    }

    /**
     * One variable's value, without copying.
     *
     * @param variable the variable's index in the model
     * @return its value
     * @throws ArrayIndexOutOfBoundsException if there is no such value (no solution)
     */
    public double value(int variable) {
        return values[variable];
    }

    /**
     * One row's dual, without copying.
     *
     * @param row the row's index in the model
     * @return {@code d(objective) / d(row bound)}
     * @throws ArrayIndexOutOfBoundsException if there is no such dual
     */
    public double rowDual(int row) {
        return rowDuals[row];
    }

    /**
     * One variable's reduced cost, without copying.
     *
     * @param variable the variable's index in the model
     * @return the objective's change per unit of the variable
     * @throws ArrayIndexOutOfBoundsException if there is no such reduced cost
     */
    public double reducedCost(int variable) {
        return reducedCosts[variable];
    }

    /**
     * An LP's answer: its bound is its objective.
     *
     * @param status       how the solve ended
     * @param objective    the objective's value; NaN without a solution
     * @param values       the value of each variable, or empty
     * @param rowDuals     the dual of each row, or empty
     * @param reducedCosts the reduced cost of each variable, or empty
     * @param iterations   the solver's iterations
     * @param solver       the solver that gave this answer
     * @param note         empty, or what happened on the way
     */
    public LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
            double[] reducedCosts, long iterations, String solver, String note) {
        this(status, objective, values, rowDuals, reducedCosts, iterations, solver, note,
                objective);
    }

    /**
     * An answer without a solution: empty arrays, objective and bound NaN, no iterations.
     *
     * @param status infeasible, unbounded or not solved
     * @param solver the solver that gave this answer
     * @param note   why, or empty
     * @return the answer
     */
    public static LpSolution failed(LpStatus status, String solver, String note) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], 0,
                solver, note, Double.NaN);
    }

    /**
     * Relative gap between the objective and the best bound (0 when proved optimal).
     *
     * @return {@code |objective - bound| / max(1e-9, |objective|)}; NaN without a solution
     */
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
