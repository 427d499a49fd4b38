package org.symbiosis.optimize.lp;

/**
 * A solver's answer. When {@link #status()} is {@link LpStatus#OPTIMAL}: the values, the row
 * duals {@code d(objective) / d(row bound)} and the reduced costs; otherwise the arrays are empty.
 */
public record LpSolution(LpStatus status, double objective, double[] values, double[] rowDuals,
        double[] reducedCosts, long iterations) {

    public static LpSolution failed(LpStatus status) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], 0);
    }
}
