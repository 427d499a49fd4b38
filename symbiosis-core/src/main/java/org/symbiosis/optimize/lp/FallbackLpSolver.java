package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries solvers in turn until one gives an answer (optimal, infeasible or unbounded): a solver
 * that stops without one ({@link LpStatus#NOT_SOLVED}, numerical trouble) is a defect of that
 * solver on a model that may be perfectly sound, so the next one is asked. The answer says which
 * solver gave it and why the ones before it did not.
 */
public final class FallbackLpSolver implements LpSolver {

    private final List<LpSolver> solvers;

    public FallbackLpSolver(List<LpSolver> solvers) {
        checkArgument(!solvers.isEmpty(), "at least one solver");
        this.solvers = List.copyOf(solvers);
    }

    /** GLOP, then GLOP without presolve, then CLP: the default of the optimise engine. */
    public static FallbackLpSolver standard() {
        return new FallbackLpSolver(List.of(Solvers.lp("glop", 0),
                Solvers.lp("glop-no-presolve", 0), Solvers.lp("clp", 0)));
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
