package org.symbiosis.ortools;

import java.util.Optional;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.MinCostFlowSolver;
import org.symbiosis.optimize.lp.SolverProvider;

/**
 * The solvers bundled with OR-Tools, registered for {@link java.util.ServiceLoader}: LP solvers
 * {@code glop}, {@code glop-dual}, {@code glop-dual-slack}, {@code glop-no-presolve}, {@code glop:PARAMETERS} (GLOP with
 * parameters in its text format), {@code clp}, {@code clp-dual}, {@code clp-primal}, {@code
 * clp-barrier}, {@code highs} and {@code pdlp}, the MIP solver {@code scip}, and the
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
        if (name.startsWith("glop:")) {
            return Optional.of(OrToolsLpSolver.glop(name.substring("glop:".length())));
        }
        return Optional.ofNullable(switch (name) {
            case "glop" -> OrToolsLpSolver.glop();
            case "glop-dual" -> OrToolsLpSolver.glopDual();
            case "glop-dual-slack" -> OrToolsLpSolver.glopDualFromSlackBasis();
            case "glop-no-presolve" -> OrToolsLpSolver.glopWithoutPresolve();
            case "clp" -> OrToolsLpSolver.clp();
            case "clp-dual" -> OrToolsLpSolver.clp(OrToolsLpSolver.Algorithm.DUAL);
            case "clp-primal" -> OrToolsLpSolver.clp(OrToolsLpSolver.Algorithm.PRIMAL);
            case "clp-barrier" -> OrToolsLpSolver.clp(OrToolsLpSolver.Algorithm.BARRIER);
            case "highs" -> OrToolsLpSolver.highs();
            case "pdlp" -> OrToolsLpSolver.pdlp();
            case "scip" -> OrToolsLpSolver.scip(timeLimitMillis);
            default -> null;
        });
    }

    @Override
    public Optional<MinCostFlowSolver> minCostFlowSolver() {
        return Optional.of(new OrToolsMinCostFlow());
    }
}
