package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.checkIndex;

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
        int n = b.variables;
        int m = b.rows;
        variableNames = List.copyOf(b.variableNames);
        lower = Arrays.copyOf(b.lower, n);
        upper = Arrays.copyOf(b.upper, n);
        cost = Arrays.copyOf(b.cost, n);
        integer = new boolean[n];
        for (int j : b.integers) {
            integer[j] = true;
        }
        rowNames = List.copyOf(b.rowNames);
        rowLower = Arrays.copyOf(b.rowLower, m);
        rowUpper = Arrays.copyOf(b.rowUpper, m);
        rowVariables = new int[m][];
        rowCoefficients = new double[m][];
        for (int r = 0; r < m; r++) {
            rowVariables[r] = Arrays.copyOf(b.rowVariables[r], b.rowSize[r]);
            rowCoefficients[r] = Arrays.copyOf(b.rowCoefficients[r], b.rowSize[r]);
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
        b.variableNames.addAll(variableNames);
        b.variables = variables();
        b.lower = lower.clone();
        b.upper = upper.clone();
        b.cost = cost.clone();
        for (int j = 0; j < integer.length; j++) {
            if (integer[j]) {
                b.integers.add(j);
            }
        }
        b.rowNames.addAll(rowNames);
        b.rows = rows();
        b.rowLower = rowLower.clone();
        b.rowUpper = rowUpper.clone();
        b.rowVariables = new int[Math.max(4, b.rows)][];
        b.rowCoefficients = new double[b.rowVariables.length][];
        b.rowSize = new int[b.rowVariables.length];
        for (int r = 0; r < b.rows; r++) {
            // Room for one more coefficient: diagnosis re-solves add a slack to each row.
            int size = rowVariables[r].length;
            b.rowVariables[r] = Arrays.copyOf(rowVariables[r], size + 1);
            b.rowCoefficients[r] = Arrays.copyOf(rowCoefficients[r], size + 1);
            b.rowSize[r] = size;
        }
        return b;
    }

    /** Collects variables and rows; not thread-safe. */
    public static final class Builder {
        private final List<String> variableNames = new ArrayList<>();
        private int variables;
        private double[] lower = new double[16];
        private double[] upper = new double[16];
        private double[] cost = new double[16];
        private final List<String> rowNames = new ArrayList<>();
        private int rows;
        private double[] rowLower = new double[16];
        private double[] rowUpper = new double[16];
        private int[][] rowVariables = new int[16][];
        private double[][] rowCoefficients = new double[16][];
        private int[] rowSize = new int[16];
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
            checkIndex(variable, variables);
            return lower[variable];
        }

        /**
         * The current cost of a variable.
         *
         * @param variable the variable's index
         * @return its cost in the objective
         */
        public double cost(int variable) {
            checkIndex(variable, variables);
            return cost[variable];
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
            if (variables == cost.length) {
                int grown = 2 * variables;
                lower = Arrays.copyOf(lower, grown);
                upper = Arrays.copyOf(upper, grown);
                cost = Arrays.copyOf(cost, grown);
            }
            variableNames.add(name);
            lower[variables] = lowerBound;
            upper[variables] = upperBound;
            cost[variables] = unitCost;
            return variables++;
        }

        /**
         * Changes a variable's cost (not checked).
         *
         * @param variable the variable's index
         * @param unitCost its new cost in the objective
         * @return this builder
         */
        public Builder cost(int variable, double unitCost) {
            checkIndex(variable, variables);
            cost[variable] = unitCost;
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
            checkIndex(variable, variables);
            lower[variable] = lowerBound;
            upper[variable] = upperBound;
            return this;
        }

        /**
         * Changes a row's bounds (not checked), e.g. to hold an inequality at the side where an
         * optimum meets it.
         *
         * @param row        the row's index
         * @param lowerBound the new lower bound; {@code -Infinity} for none
         * @param upperBound the new upper bound; {@code Infinity} for none
         * @return this builder
         */
        public Builder rowBounds(int row, double lowerBound, double upperBound) {
            checkIndex(row, rows);
            rowLower[row] = lowerBound;
            rowUpper[row] = upperBound;
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
            if (rows == rowLower.length) {
                int grown = 2 * rows;
                rowLower = Arrays.copyOf(rowLower, grown);
                rowUpper = Arrays.copyOf(rowUpper, grown);
                rowVariables = Arrays.copyOf(rowVariables, grown);
                rowCoefficients = Arrays.copyOf(rowCoefficients, grown);
                rowSize = Arrays.copyOf(rowSize, grown);
            }
            rowNames.add(name);
            rowLower[rows] = lowerBound;
            rowUpper[rows] = upperBound;
            rowVariables[rows] = new int[4];
            rowCoefficients[rows] = new double[4];
            rowSize[rows] = 0;
            return rows++;
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
            checkIndex(row, rows);
            int size = rowSize[row];
            int[] vars = rowVariables[row];
            double[] coefs = rowCoefficients[row];
            for (int e = 0; e < size; e++) {
                if (vars[e] == variable) {
                    coefs[e] += value;
                    return this;
                }
            }
            if (size == vars.length) {
                vars = Arrays.copyOf(vars, Math.max(4, 2 * size));
                coefs = Arrays.copyOf(coefs, vars.length);
                rowVariables[row] = vars;
                rowCoefficients[row] = coefs;
            }
            vars[size] = variable;
            coefs[size] = value;
            rowSize[row] = size + 1;
            return this;
        }

        /**
         * The number of variables so far.
         *
         * @return the index the next variable will get
         */
        public int variables() {
            return variables;
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
