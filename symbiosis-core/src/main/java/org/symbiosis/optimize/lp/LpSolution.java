package org.symbiosis.optimize.lp;

/**
 * A solver's answer. When {@link #status()} is {@link LpStatus#OPTIMAL}: the values, the row
 * duals {@code d(objective) / d(row bound)} and the reduced costs; otherwise the arrays are empty.
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
        double[] reducedCosts, long iterations) {

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

    public static LpSolution failed(LpStatus status) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], 0);
    }
}
