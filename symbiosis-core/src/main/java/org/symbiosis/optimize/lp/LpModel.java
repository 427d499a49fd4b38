package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear program in our own terms, independent of any solver: minimise {@code c x} subject to
 * {@code lo_r <= A_r x <= up_r} and {@code lo_j <= x_j <= up_j}. Rows are stored as sparse lists
 * of (variable, coefficient). Immutable once built, and so thread-safe; build with {@link
 * #builder()}. Variables and rows are numbered from 0 in the order added; an infinite bound
 * means none.
 */
public final class LpModel {

    private final List<String> variableNames;
    private final double[] lower;
    private final double[] upper;
    private final double[] cost;
    private final boolean[] integer;
    private final List<String> rowNames;
    private final double[] rowLower;
    private final double[] rowUpper;
    private final int[][] rowVariables;
    private final double[][] rowCoefficients;

    private LpModel(Builder b) {
        variableNames = List.copyOf(b.variableNames);
        lower = b.lower.stream().mapToDouble(Double::doubleValue).toArray();
        upper = b.upper.stream().mapToDouble(Double::doubleValue).toArray();
        cost = b.cost.stream().mapToDouble(Double::doubleValue).toArray();
        integer = new boolean[cost.length];
        for (int j : b.integers) {
            integer[j] = true;
        }
        rowNames = List.copyOf(b.rowNames);
        rowLower = b.rowLower.stream().mapToDouble(Double::doubleValue).toArray();
        rowUpper = b.rowUpper.stream().mapToDouble(Double::doubleValue).toArray();
        rowVariables = new int[rowNames.size()][];
        rowCoefficients = new double[rowNames.size()][];
        for (int r = 0; r < rowNames.size(); r++) {
            rowVariables[r] = Arrays.copyOf(b.rowVariables.get(r), b.rowSize.get(r));
            rowCoefficients[r] = Arrays.copyOf(b.rowCoefficients.get(r), b.rowSize.get(r));
        }
    }

    /**
     * An empty builder.
     *
     * @return a builder without variables or rows
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of variables.
     *
     * @return n, the variables being {@code 0..n-1}
     */
    public int variables() {
        return cost.length;
    }

    /**
     * The number of rows.
     *
     * @return m, the rows being {@code 0..m-1}
     */
    public int rows() {
        return rowLower.length;
    }

    /**
     * A variable's readable name, for diagnoses and LP files.
     *
     * @param j the variable
     * @return its name, e.g. {@code size of link:ash}; not necessarily unique
     */
    public String variableName(int j) {
        return variableNames.get(j);
    }

    /**
     * A variable's lower bound.
     *
     * @param j the variable
     * @return the bound; {@code -Infinity} for none
     */
    public double lower(int j) {
        return lower[j];
    }

    /**
     * A variable's upper bound.
     *
     * @param j the variable
     * @return the bound; {@code Infinity} for none
     */
    public double upper(int j) {
        return upper[j];
    }

    /**
     * A variable's cost in the objective.
     *
     * @param j the variable
     * @return {@code c_j}, finite
     */
    public double cost(int j) {
        return cost[j];
    }

    /**
     * Whether variable j must take an integer value (a build decision).
     *
     * @param j the variable
     * @return true if it is integer
     */
    public boolean integer(int j) {
        return integer[j];
    }

    /**
     * Whether any variable is integer: a mixed-integer program. O(variables).
     *
     * @return true if a mixed-integer solver is needed
     */
    public boolean mixedInteger() {
        for (boolean i : integer) {
            if (i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row's readable name, for diagnoses and LP files.
     *
     * @param r the row
     * @return its name, e.g. {@code budget for investments}; not necessarily unique
     */
    public String rowName(int r) {
        return rowNames.get(r);
    }

    /**
     * A row's lower bound.
     *
     * @param r the row
     * @return the bound; {@code -Infinity} for none
     */
    public double rowLower(int r) {
        return rowLower[r];
    }

    /**
     * A row's upper bound.
     *
     * @param r the row
     * @return the bound; {@code Infinity} for none
     */
    public double rowUpper(int r) {
        return rowUpper[r];
    }

    /**
     * Variables with a non-zero coefficient in row r (do not modify).
     *
     * @param r the row
     * @return the variables, each once, in the order first added; the model's own array
     */
    public int[] rowVariables(int r) {
        return rowVariables[r];
    }

    /**
     * Their coefficients, in the same order (do not modify).
     *
     * @param r the row
     * @return the coefficients; the model's own array
     */
    public double[] rowCoefficients(int r) {
        return rowCoefficients[r];
    }

    /**
     * {@code c x}.
     *
     * @param x a value per variable, at least {@link #variables()} of them
     * @return the objective at {@code x}
     */
    public double objective(double[] x) {
        double sum = 0;
        for (int j = 0; j < cost.length; j++) {
            sum += cost[j] * x[j];
        }
        return sum;
    }

    /**
     * A copy of this model with different bounds and costs (for diagnosis re-solves).
     *
     * @return a new builder holding every variable and row of this model, to which more can be
     *         added; this model is unchanged
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (int j = 0; j < variables(); j++) {
            b.variable(variableNames.get(j), lower[j], upper[j], cost[j]);
            if (integer[j]) {
                b.integer(j);
            }
        }
        for (int r = 0; r < rows(); r++) {
            int row = b.row(rowNames.get(r), rowLower[r], rowUpper[r]);
            for (int e = 0; e < rowVariables[r].length; e++) {
                b.coefficient(row, rowVariables[r][e], rowCoefficients[r][e]);
            }
        }
        return b;
    }

    /** Collects variables and rows; not thread-safe. */
    public static final class Builder {
        private final List<String> variableNames = new ArrayList<>();
        private final List<Double> lower = new ArrayList<>();
        private final List<Double> upper = new ArrayList<>();
        private final List<Double> cost = new ArrayList<>();
        private final List<String> rowNames = new ArrayList<>();
        private final List<Double> rowLower = new ArrayList<>();
        private final List<Double> rowUpper = new ArrayList<>();
        private final List<int[]> rowVariables = new ArrayList<>();
        private final List<double[]> rowCoefficients = new ArrayList<>();
        private final List<Integer> rowSize = new ArrayList<>();
        private final List<Integer> integers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Makes every variable continuous (after integer ones were fixed, say).
         *
         * @return this builder
         */
        public Builder continuous() {
            integers.clear();
            return this;
        }

        /**
         * Makes a variable integer.
         *
         * @param variable the variable's index
         * @return this builder
         */
        public Builder integer(int variable) {
            integers.add(variable);
            return this;
        }

        /**
         * The current lower bound of a variable.
         *
         * @param variable the variable's index
         * @return the bound; {@code -Infinity} for none
         */
        public double lower(int variable) {
            return lower.get(variable);
        }

        /**
         * The current cost of a variable.
         *
         * @param variable the variable's index
         * @return its cost in the objective
         */
        public double cost(int variable) {
            return cost.get(variable);
        }

        /**
         * Adds a variable and returns its index.
         *
         * @param name       a readable name, for diagnoses and LP files
         * @param lowerBound the lower bound; {@code -Infinity} for none
         * @param upperBound the upper bound, at least {@code lowerBound}; {@code Infinity} for
         *                   none
         * @param unitCost   its cost in the objective, finite
         * @return the variable's index, the number of variables before it
         * @throws IllegalArgumentException if the bounds are reversed or NaN, or the cost is not
         *                                  finite
         */
        public int variable(String name, double lowerBound, double upperBound, double unitCost) {
            checkArgument(lowerBound <= upperBound && !Double.isNaN(unitCost)
                    && Double.isFinite(unitCost), "bad variable %s [%s, %s] cost %s", name,
                    lowerBound, upperBound, unitCost);
            variableNames.add(name);
            lower.add(lowerBound);
            upper.add(upperBound);
            cost.add(unitCost);
            return cost.size() - 1;
        }

        /**
         * Changes a variable's cost (not checked).
         *
         * @param variable the variable's index
         * @param unitCost its new cost in the objective
         * @return this builder
         */
        public Builder cost(int variable, double unitCost) {
            cost.set(variable, unitCost);
            return this;
        }

        /**
         * Changes a variable's bounds (not checked).
         *
         * @param variable   the variable's index
         * @param lowerBound the new lower bound; {@code -Infinity} for none
         * @param upperBound the new upper bound; {@code Infinity} for none
         * @return this builder
         */
        public Builder bounds(int variable, double lowerBound, double upperBound) {
            lower.set(variable, lowerBound);
            upper.set(variable, upperBound);
            return this;
        }

        /**
         * Adds a row {@code lowerBound <= sum <= upperBound} and returns its index. The row has
         * no coefficients until {@link #coefficient(int, int, double)} adds them.
         *
         * @param name       a readable name, for diagnoses and LP files
         * @param lowerBound the lower bound; {@code -Infinity} for none
         * @param upperBound the upper bound; {@code Infinity} for none; equal to {@code
         *                   lowerBound} for an equality
         * @return the row's index, the number of rows before it
         */
        public int row(String name, double lowerBound, double upperBound) {
            rowNames.add(name);
            rowLower.add(lowerBound);
            rowUpper.add(upperBound);
            rowVariables.add(new int[4]);
            rowCoefficients.add(new double[4]);
            rowSize.add(0);
            return rowNames.size() - 1;
        }

        /**
         * Adds {@code value} to the coefficient of {@code variable} in {@code row}; a value of 0
         * adds nothing. O(row length).
         *
         * @param row      the row's index
         * @param variable the variable's index (not checked)
         * @param value    the amount to add
         * @return this builder
         */
        public Builder coefficient(int row, int variable, double value) {
            if (value == 0) {
                return this;
            }
            int size = rowSize.get(row);
            int[] vars = rowVariables.get(row);
            double[] coefs = rowCoefficients.get(row);
            for (int e = 0; e < size; e++) {
                if (vars[e] == variable) {
                    coefs[e] += value;
                    return this;
                }
            }
            if (size == vars.length) {
                vars = Arrays.copyOf(vars, 2 * size);
                coefs = Arrays.copyOf(coefs, 2 * size);
                rowVariables.set(row, vars);
                rowCoefficients.set(row, coefs);
            }
            vars[size] = variable;
            coefs[size] = value;
            rowSize.set(row, size + 1);
            return this;
        }

        /**
         * The number of variables so far.
         *
         * @return the index the next variable will get
         */
        public int variables() {
            return cost.size();
        }

        /**
         * The model of what was added so far; the builder can go on.
         *
         * @return an immutable model
         */
        public LpModel build() {
            return new LpModel(this);
        }
    }
}
