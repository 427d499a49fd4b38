package org.symbiosis.optimize.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * OR-Tools' GLOP primal-dual simplex behind {@link LpSolver}. The native library is loaded once,
 * on first use. OR-Tools types stay in this class.
 */
public final class GlopSolver implements LpSolver {

    private static volatile boolean loaded;

    private static void load() {
        if (!loaded) {
            synchronized (GlopSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    @Override
    public String name() {
        return "GLOP (OR-Tools)";
    }

    @Override
    public LpSolution solve(LpModel model) {
        load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            double infinity = MPSolver.infinity();
            MPVariable[] x = new MPVariable[model.variables()];
            for (int j = 0; j < x.length; j++) {
                x[j] = solver.makeNumVar(clip(model.lower(j), infinity),
                        clip(model.upper(j), infinity), "x" + j);
            }
            MPConstraint[] rows = new MPConstraint[model.rows()];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = solver.makeConstraint(clip(model.rowLower(r), infinity),
                        clip(model.rowUpper(r), infinity), "r" + r);
                int[] vars = model.rowVariables(r);
                double[] coefs = model.rowCoefficients(r);
                for (int e = 0; e < vars.length; e++) {
                    rows[r].setCoefficient(x[vars[e]], coefs[e]);
                }
            }
            MPObjective objective = solver.objective();
            for (int j = 0; j < x.length; j++) {
                if (model.cost(j) != 0) {
                    objective.setCoefficient(x[j], model.cost(j));
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            switch (status) {
                case OPTIMAL -> {
                    double[] values = new double[x.length];
                    double[] reduced = new double[x.length];
                    for (int j = 0; j < x.length; j++) {
                        values[j] = x[j].solutionValue();
                        reduced[j] = x[j].reducedCost();
                    }
                    double[] duals = new double[rows.length];
                    for (int r = 0; r < rows.length; r++) {
                        duals[r] = rows[r].dualValue();
                    }
                    return new LpSolution(LpStatus.OPTIMAL, objective.value(), values, duals,
                            reduced, solver.iterations());
                }
                case INFEASIBLE -> {
                    return LpSolution.failed(LpStatus.INFEASIBLE);
                }
                case UNBOUNDED -> {
                    return LpSolution.failed(LpStatus.UNBOUNDED);
                }
                default -> {
                    return LpSolution.failed(LpStatus.NOT_SOLVED);
                }
            }
        } finally {
            solver.delete();
        }
    }

    private static double clip(double bound, double infinity) {
        return bound == Double.POSITIVE_INFINITY ? infinity
                : bound == Double.NEGATIVE_INFINITY ? -infinity : bound;
    }
}
