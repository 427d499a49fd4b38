package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear program in our own terms, independent of any solver: minimise {@code c x} subject to
 * {@code lo_r <= A_r x <= up_r} and {@code lo_j <= x_j <= up_j}. Rows are stored as sparse lists
 * of (variable, coefficient). Immutable once built; build with {@link #builder()}.
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

    public static Builder builder() {
        return new Builder();
    }

    public int variables() {
        return cost.length;
    }

    public int rows() {
        return rowLower.length;
    }

    public String variableName(int j) {
        return variableNames.get(j);
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    public double cost(int j) {
        return cost[j];
    }

    /** Whether variable j must take an integer value (a build decision). */
    public boolean integer(int j) {
        return integer[j];
    }

    /** Whether any variable is integer: a mixed-integer program. */
    public boolean mixedInteger() {
        for (boolean i : integer) {
            if (i) {
                return true;
            }
        }
        return false;
    }

    public String rowName(int r) {
        return rowNames.get(r);
    }

    public double rowLower(int r) {
        return rowLower[r];
    }

    public double rowUpper(int r) {
        return rowUpper[r];
    }

    /** Variables with a non-zero coefficient in row r (do not modify). */
    public int[] rowVariables(int r) {
        return rowVariables[r];
    }

    /** Their coefficients, in the same order (do not modify). */
    public double[] rowCoefficients(int r) {
        return rowCoefficients[r];
    }

    /** {@code c x}. */
    public double objective(double[] x) {
        double sum = 0;
        for (int j = 0; j < cost.length; j++) {
            sum += cost[j] * x[j];
        }
        return sum;
    }

    /** A copy of this model with different bounds and costs (for diagnosis re-solves). */
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

        /** Makes every variable continuous (after integer ones were fixed, say). */
        public Builder continuous() {
            integers.clear();
            return this;
        }

        /** Makes a variable integer. */
        public Builder integer(int variable) {
            integers.add(variable);
            return this;
        }

        /** The current lower bound of a variable. */
        public double lower(int variable) {
            return lower.get(variable);
        }

        /** The current cost of a variable. */
        public double cost(int variable) {
            return cost.get(variable);
        }

        /** Adds a variable and returns its index. */
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

        /** Changes a variable's cost. */
        public Builder cost(int variable, double unitCost) {
            cost.set(variable, unitCost);
            return this;
        }

        /** Changes a variable's bounds. */
        public Builder bounds(int variable, double lowerBound, double upperBound) {
            lower.set(variable, lowerBound);
            upper.set(variable, upperBound);
            return this;
        }

        /** Adds a row {@code lowerBound <= sum <= upperBound} and returns its index. */
        public int row(String name, double lowerBound, double upperBound) {
            rowNames.add(name);
            rowLower.add(lowerBound);
            rowUpper.add(upperBound);
            rowVariables.add(new int[4]);
            rowCoefficients.add(new double[4]);
            rowSize.add(0);
            return rowNames.size() - 1;
        }

        /** Adds {@code value} to the coefficient of {@code variable} in {@code row}. */
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

        public int variables() {
            return cost.size();
        }

        public LpModel build() {
            return new LpModel(this);
        }
    }
}
