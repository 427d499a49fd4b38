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
        return new FallbackLpSolver(List.of(OrToolsLpSolver.glop(),
                OrToolsLpSolver.glopWithoutPresolve(), OrToolsLpSolver.clp()));
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
}
