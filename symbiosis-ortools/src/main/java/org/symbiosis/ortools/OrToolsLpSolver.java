package org.symbiosis.ortools;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.symbiosis.optimize.lp.LpModel;
import org.symbiosis.optimize.lp.LpSolution;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.LpStatus;

/**
 * An LP solver bundled with OR-Tools behind {@link LpSolver}: GLOP (Google's primal-dual simplex),
 * COIN-OR CLP, HiGHS or PDLP, through OR-Tools' {@code MPSolver}, which reports duals and reduced
 * costs in one sign convention for all; and SCIP for mixed-integer programs. The native library
 * is loaded once, on first use. OR-Tools types stay in this module.
 */
public final class OrToolsLpSolver implements LpSolver {

    /** Which simplex (or barrier) a solver runs, as OR-Tools' {@code LP_ALGORITHM} names it. */
    public enum Algorithm {
        /** The solver's own choice. */
        DEFAULT,
        /** Dual simplex. */
        DUAL,
        /** Primal simplex. */
        PRIMAL,
        /** Barrier (interior point) with crossover to a basis; CLP only. */
        BARRIER
    }

    private final String backend;
    private final String parameters;
    private final Algorithm algorithm;
    private final String name;
    private final long timeLimitMillis;

    private OrToolsLpSolver(String backend, String parameters, Algorithm algorithm, String name,
            long timeLimitMillis) {
        this.backend = checkNotNull(backend);
        this.parameters = checkNotNull(parameters);
        this.algorithm = checkNotNull(algorithm);
        this.name = checkNotNull(name);
        this.timeLimitMillis = timeLimitMillis;
    }

    private OrToolsLpSolver(String backend, String parameters, String name) {
        this(backend, parameters, Algorithm.DEFAULT, name, 0);
    }

    /**
     * SCIP, for mixed-integer programs (and LPs), stopping after {@code timeLimitMillis} (0: no
     * limit) with the best solution found and its gap. A mixed-integer program is solved to a
     * relative gap of 1e-8 (OR-Tools' default is 1e-4); one stopped by the time limit is
     * {@link LpStatus#FEASIBLE}, with its best bound. A mixed-integer solution has no duals and
     * no reduced costs.
     *
     * @param timeLimitMillis the most time the solver may take, in milliseconds; 0 for no limit
     * @return a solver named {@code SCIP (OR-Tools)}
     */
    public static OrToolsLpSolver scip(long timeLimitMillis) {
        return new OrToolsLpSolver("SCIP", "", Algorithm.DEFAULT, "SCIP (OR-Tools)",
                timeLimitMillis);
    }

    /**
     * GLOP with its default settings. A model with integer variables needs {@link #scip(long)}.
     *
     * @return a solver named {@code GLOP (OR-Tools)}
     */
    public static OrToolsLpSolver glop() {
        return new OrToolsLpSolver("GLOP", "", "GLOP (OR-Tools)");
    }

    /**
     * GLOP without its presolve: slower on large models, but it solves models on which the
     * presolve stops abnormally (the Kalundborg example, whose fixed activities are bounds of
     * 10^6 to 10^7 beside coefficients of 10^-3).
     *
     * @return a solver named {@code GLOP without presolve (OR-Tools)}
     */
    public static OrToolsLpSolver glopWithoutPresolve() {
        return new OrToolsLpSolver("GLOP", "use_preprocessing:false",
                "GLOP without presolve (OR-Tools)");
    }

    /**
     * GLOP with its dual simplex ({@code use_dual_simplex:true}).
     *
     * @return a solver named {@code GLOP dual simplex (OR-Tools)}
     */
    public static OrToolsLpSolver glopDual() {
        return new OrToolsLpSolver("GLOP", "use_dual_simplex:true",
                "GLOP dual simplex (OR-Tools)");
    }

    /**
     * GLOP's dual simplex from the all-slack basis ({@code use_dual_simplex:true
     * initial_basis:NONE}): the first solver of the optimise engine's default chain. On the
     * synthetic parks of 10^4 plants it took 1.14 s of CPU where GLOP's defaults took 2.19 s
     * and CLP's dual simplex 2.44 s (benchmarks/scripts/lp_ratio.py, README).
     *
     * @return a solver named {@code GLOP dual simplex, slack basis (OR-Tools)}
     */
    public static OrToolsLpSolver glopDualFromSlackBasis() {
        return new OrToolsLpSolver("GLOP", "use_dual_simplex:true initial_basis:NONE",
                "GLOP dual simplex, slack basis (OR-Tools)");
    }

    /**
     * GLOP with parameters in the text format of OR-Tools' {@code GlopParameters}, for
     * experiments: for example {@code use_dual_simplex:true use_scaling:false}. Parameters that
     * GLOP refuses make every solve {@link LpStatus#NOT_SOLVED} with the reason.
     *
     * @param parameters GLOP's parameters as text; empty for its defaults
     * @return a solver named {@code GLOP [parameters] (OR-Tools)}
     */
    public static OrToolsLpSolver glop(String parameters) {
        return new OrToolsLpSolver("GLOP", parameters, "GLOP [" + parameters + "] (OR-Tools)");
    }

    /**
     * COIN-OR CLP as bundled with OR-Tools, with one algorithm.
     *
     * @param algorithm the simplex or barrier to run; {@link Algorithm#DEFAULT} is CLP's choice
     * @return a solver named {@code CLP (OR-Tools)} for the default, else for example {@code CLP
     *         dual simplex (OR-Tools)}
     */
    public static OrToolsLpSolver clp(Algorithm algorithm) {
        String kind = switch (algorithm) {
            case DEFAULT -> "";
            case DUAL -> " dual simplex";
            case PRIMAL -> " primal simplex";
            case BARRIER -> " barrier";
        };
        return new OrToolsLpSolver("CLP", "", algorithm, "CLP" + kind + " (OR-Tools)", 0);
    }

    /**
     * HiGHS as bundled with OR-Tools (its default: dual simplex after presolve).
     *
     * @return a solver named {@code HiGHS (OR-Tools)}
     */
    public static OrToolsLpSolver highs() {
        return new OrToolsLpSolver("HIGHS", "", "HiGHS (OR-Tools)");
    }

    /**
     * PDLP, OR-Tools' first-order primal-dual method, at its default tolerances. Its answer is
     * not a vertex and meets rows only to about 1e-4 relative: for comparison, not for the
     * optimise engine.
     *
     * @return a solver named {@code PDLP (OR-Tools)}
     */
    public static OrToolsLpSolver pdlp() {
        return new OrToolsLpSolver("PDLP", "", "PDLP (OR-Tools)");
    }

    /**
     * COIN-OR CLP as bundled with OR-Tools. A model with integer variables needs
     * {@link #scip(long)}. A build of OR-Tools without CLP answers {@link LpStatus#NOT_SOLVED}
     * with the reason, not an exception.
     *
     * @return a solver named {@code CLP (OR-Tools)}
     */
    public static OrToolsLpSolver clp() {
        return new OrToolsLpSolver("CLP", "", "CLP (OR-Tools)");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LpSolution solve(LpModel model) {
        OrToolsNatives.load();
        MPSolver solver = MPSolver.createSolver(backend);
        if (solver == null) {
            return LpSolution.failed(LpStatus.NOT_SOLVED, name,
                    "this OR-Tools build does not include " + backend);
        }
        try {
            if (!parameters.isEmpty() && !solver.setSolverSpecificParametersAsString(parameters)) {
                return LpSolution.failed(LpStatus.NOT_SOLVED, name,
                        "it refused the parameters '" + parameters + "'");
            }
            double infinity = MPSolver.infinity();
            MPVariable[] x = new MPVariable[model.variables()];
            for (int j = 0; j < x.length; j++) {
                x[j] = model.integer(j) ? solver.makeIntVar(clip(model.lower(j), infinity),
                        clip(model.upper(j), infinity), "x" + j)
                        : solver.makeNumVar(clip(model.lower(j), infinity),
                                clip(model.upper(j), infinity), "x" + j);
            }
            if (timeLimitMillis > 0) {
                solver.setTimeLimit(timeLimitMillis);
            }
            boolean mip = model.mixedInteger();
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
            MPSolver.ResultStatus status;
            if (mip) {
                // OR-Tools stops a MIP at a relative gap of 1e-4 by default; plans are compared
                // with CBC to 1e-6, so prove them closer.
                com.google.ortools.linearsolver.MPSolverParameters params =
                        new com.google.ortools.linearsolver.MPSolverParameters();
                params.setDoubleParam(com.google.ortools.linearsolver.MPSolverParameters
                        .DoubleParam.RELATIVE_MIP_GAP, 1e-8);
                status = solver.solve(params);
            } else if (algorithm != Algorithm.DEFAULT) {
                com.google.ortools.linearsolver.MPSolverParameters params =
                        new com.google.ortools.linearsolver.MPSolverParameters();
                com.google.ortools.linearsolver.MPSolverParameters.LpAlgorithmValues value =
                        switch (algorithm) {
                            case DUAL -> com.google.ortools.linearsolver.MPSolverParameters
                                    .LpAlgorithmValues.DUAL;
                            case PRIMAL -> com.google.ortools.linearsolver.MPSolverParameters
                                    .LpAlgorithmValues.PRIMAL;
                            default -> com.google.ortools.linearsolver.MPSolverParameters
                                    .LpAlgorithmValues.BARRIER;
                        };
                params.setIntegerParam(com.google.ortools.linearsolver.MPSolverParameters
                        .IntegerParam.LP_ALGORITHM, value.swigValue());
                status = solver.solve(params);
            } else {
                status = solver.solve();
            }
            switch (status) {
                case OPTIMAL, FEASIBLE -> {
                    if (status == MPSolver.ResultStatus.FEASIBLE && !mip) {
                        return LpSolution.failed(LpStatus.NOT_SOLVED, name, "status FEASIBLE");
                    }
                    double[] values = new double[x.length];
                    double[] reduced = new double[mip ? 0 : x.length];
                    for (int j = 0; j < x.length; j++) {
                        values[j] = x[j].solutionValue();
                        if (!mip) {
                            reduced[j] = x[j].reducedCost();
                        }
                    }
                    double[] duals = new double[mip ? 0 : rows.length];
                    for (int r = 0; r < duals.length; r++) {
                        duals[r] = rows[r].dualValue();
                    }
                    return new LpSolution(status == MPSolver.ResultStatus.OPTIMAL
                            ? LpStatus.OPTIMAL : LpStatus.FEASIBLE, objective.value(), values,
                            duals, reduced, solver.iterations(), name, "",
                            mip ? objective.bestBound() : objective.value());
                }
                case INFEASIBLE -> {
                    return LpSolution.failed(LpStatus.INFEASIBLE, name, "");
                }
                case UNBOUNDED -> {
                    return LpSolution.failed(LpStatus.UNBOUNDED, name, "");
                }
                default -> {
                    return LpSolution.failed(LpStatus.NOT_SOLVED, name,
                            "status " + status);
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
