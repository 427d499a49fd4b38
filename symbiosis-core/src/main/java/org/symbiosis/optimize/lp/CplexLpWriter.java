package org.symbiosis.optimize.lp;

/**
 * Writes an {@link LpModel} in CPLEX LP format, which GLPK ({@code glpsol --lp}), HiGHS, CBC and
 * CPLEX read. Variables are named {@code x1..xn} and rows {@code r1..rm}; a comment line before
 * each gives the model's readable name. Numbers are written exactly (shortest round-trip decimal).
 * Rows without any variable are left out; integer variables are listed under {@code Generals}.
 */
public final class CplexLpWriter {

    private CplexLpWriter() {
    }

    /**
     * Writes {@code model}. O(variables + non-zeros).
     *
     * @param model the model
     * @return the LP file's text, ending with {@code End} and a newline
     */
    public static String write(LpModel model) {
        StringBuilder sb = new StringBuilder();
        sb.append("\\ Written by Symbiosis\n");
        for (int j = 0; j < model.variables(); j++) {
            sb.append("\\ x").append(j + 1).append(": ").append(model.variableName(j))
                    .append('\n');
        }
        sb.append("Minimize\n obj:");
        boolean any = false;
        for (int j = 0; j < model.variables(); j++) {
            if (model.cost(j) != 0) {
                term(sb, model.cost(j), j);
                any = true;
            }
        }
        if (!any) {
            sb.append(" 0 x1");
        }
        sb.append("\nSubject To\n");
        for (int r = 0; r < model.rows(); r++) {
            int[] vars = model.rowVariables(r);
            double lo = model.rowLower(r);
            double up = model.rowUpper(r);
            if (vars.length == 0) {
                continue;
            }
            sb.append("\\ ").append(model.rowName(r)).append('\n');
            if (lo == up) {
                row(sb, "r" + (r + 1), model, r).append(" = ").append(number(lo)).append('\n');
            } else {
                if (lo > Double.NEGATIVE_INFINITY) {
                    row(sb, "r" + (r + 1) + "_lo", model, r).append(" >= ").append(number(lo))
                            .append('\n');
                }
                if (up < Double.POSITIVE_INFINITY) {
                    row(sb, "r" + (r + 1) + "_up", model, r).append(" <= ").append(number(up))
                            .append('\n');
                }
            }
        }
        sb.append("Bounds\n");
        for (int j = 0; j < model.variables(); j++) {
            double lo = model.lower(j);
            double up = model.upper(j);
            String name = "x" + (j + 1);
            if (lo == up) {
                sb.append(' ').append(name).append(" = ").append(number(lo)).append('\n');
            } else if (lo == Double.NEGATIVE_INFINITY && up == Double.POSITIVE_INFINITY) {
                sb.append(' ').append(name).append(" free\n");
            } else {
                sb.append(' ').append(lo == Double.NEGATIVE_INFINITY ? "-inf" : number(lo))
                        .append(" <= ").append(name).append(" <= ")
                        .append(up == Double.POSITIVE_INFINITY ? "+inf" : number(up))
                        .append('\n');
            }
        }
        StringBuilder generals = new StringBuilder();
        for (int j = 0; j < model.variables(); j++) {
            if (model.integer(j)) {
                generals.append(" x").append(j + 1).append('\n');
            }
        }
        if (generals.length() > 0) {
            sb.append("Generals\n").append(generals);
        }
        sb.append("End\n");
        return sb.toString();
    }

    private static StringBuilder row(StringBuilder sb, String name, LpModel model, int r) {
        sb.append(' ').append(name).append(':');
        int[] vars = model.rowVariables(r);
        double[] coefs = model.rowCoefficients(r);
        for (int e = 0; e < vars.length; e++) {
            term(sb, coefs[e], vars[e]);
        }
        return sb;
    }

    private static void term(StringBuilder sb, double coefficient, int variable) {
        sb.append(coefficient < 0 ? " - " : " + ").append(number(Math.abs(coefficient)))
                .append(" x").append(variable + 1);
    }

    /** The shortest decimal that reads back as the same double. */
    private static String number(double value) {
        return Double.toString(value);
    }
}
