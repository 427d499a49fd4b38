package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries solvers in turn until one gives an answer (optimal, infeasible or unbounded): a solver
 * that stops without one ({@link LpStatus#NOT_SOLVED}, numerical trouble) is a defect of that
 * solver on a model that may be perfectly sound, so the next one is asked. The answer says which
 * solver gave it and why the ones before it did not. An infeasible or unbounded answer is
 * checked with the next solver in the list, so that a presolve's mistake is not blamed on the
 * park. Immutable; thread-safe when its solvers are.
 */
public final class FallbackLpSolver implements LpSolver {

    private final List<LpSolver> solvers;

    /**
     * A solver that asks {@code solvers} in turn.
     *
     * @param solvers the solvers, in the order to ask them; copied
     * @throws IllegalArgumentException if {@code solvers} is empty
     * @throws NullPointerException     if {@code solvers} is or holds null
     */
    public FallbackLpSolver(List<LpSolver> solvers) {
        checkArgument(!solvers.isEmpty(), "at least one solver");
        this.solvers = List.copyOf(solvers);
    }

    /**
     * GLOP's dual simplex from the all-slack basis ({@code glop-dual-slack}), then GLOP with its
     * defaults, then GLOP without presolve, then CLP: the default of the optimise engine. The
     * first was the fastest of GLOP's settings, CLP's three algorithms and HiGHS on the synthetic
     * park of 10^4 plants (benchmarks/scripts/lp_ratio.py; at 10^3 all take 0.1-0.2 s and the
     * differences are noise), with the same optima; the rest is the chain that was there before. A name no provider offers is left out (a
     * provider written for the chain before may not know {@code glop-dual-slack}).
     *
     * @return the solver, with no time limit
     * @throws NoSolverException if no solver provider offers {@code glop}
     */
    public static FallbackLpSolver standard() {
        List<LpSolver> chain = new ArrayList<>();
        for (String name : List.of("glop-dual-slack", "glop", "glop-no-presolve", "clp")) {
            try {
                chain.add(Solvers.lp(name, 0));
            } catch (NoSolverException e) {
                if (name.equals("glop")) {
                    throw e;
                }
            }
        }
        return new FallbackLpSolver(chain);
    }

    @Override
    public String name() {
        return solvers.get(0).name() + (solvers.size() > 1 ? " (with fallbacks)" : "");
    }

    @Override
    public LpSolution solve(LpModel model) {
        List<String> failures = new ArrayList<>();
        LpSolution solution = null;
        for (LpSolver solver : solvers) {
            solution = solver.solve(model);
            if (solution.status() == LpStatus.INFEASIBLE || solution.status() == LpStatus.UNBOUNDED) {
                // A presolve that trips on a model's scaling may also call it infeasible or
                // unbounded: the next solver must agree before the park is blamed.
                LpSolution second = confirm(model, solver);
                if (second != null && second.status() == LpStatus.OPTIMAL) {
                    return second.withNote("after " + solver.name() + " called the model "
                            + solution.status().name().toLowerCase(java.util.Locale.ROOT)
                            + " and " + second.solver() + " solved it");
                }
            }
            if (solution.status() != LpStatus.NOT_SOLVED) {
                return failures.isEmpty() ? solution
                        : solution.withNote("after " + String.join("; ", failures));
            }
            failures.add(solver.name() + " stopped without an answer"
                    + (solution.note().isEmpty() ? "" : " (" + solution.note() + ")"));
        }
        return LpSolution.failed(LpStatus.NOT_SOLVED, solution.solver(),
                String.join("; ", failures));
    }

    /** The answer of the solver after {@code solver} in the list, or null if there is none. */
    private LpSolution confirm(LpModel model, LpSolver solver) {
        int at = solvers.indexOf(solver);
        return at >= 0 && at + 1 < solvers.size() ? solvers.get(at + 1).solve(model) : null;
    }
}
