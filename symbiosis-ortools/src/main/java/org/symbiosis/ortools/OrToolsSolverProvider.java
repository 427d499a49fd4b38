package org.symbiosis.ortools;

import java.util.Optional;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.MinCostFlowSolver;
import org.symbiosis.optimize.lp.SolverProvider;

/**
 * The solvers bundled with OR-Tools, registered for {@link java.util.ServiceLoader}: LP solvers
 * {@code glop}, {@code glop-no-presolve} and {@code clp}, the MIP solver {@code scip}, and the
 * network-simplex min-cost flow.
 */
public final class OrToolsSolverProvider implements SolverProvider {

    /** The provider ServiceLoader instantiates. */
    public OrToolsSolverProvider() {
    }

    @Override
    public String name() {
        return "OR-Tools";
    }

    @Override
    public Optional<LpSolver> lpSolver(String name, long timeLimitMillis) {
        return Optional.ofNullable(switch (name) {
            case "glop" -> OrToolsLpSolver.glop();
            case "glop-no-presolve" -> OrToolsLpSolver.glopWithoutPresolve();
            case "clp" -> OrToolsLpSolver.clp();
            case "scip" -> OrToolsLpSolver.scip(timeLimitMillis);
            default -> null;
        });
    }

    @Override
    public Optional<MinCostFlowSolver> minCostFlowSolver() {
        return Optional.of(new OrToolsMinCostFlow());
    }
}
