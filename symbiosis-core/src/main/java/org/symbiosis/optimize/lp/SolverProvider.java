package org.symbiosis.optimize.lp;

import java.util.Optional;

/**
 * A source of solvers for the optimise and plan engines, found with {@link
 * java.util.ServiceLoader}: the core has no solver of its own and no compile dependency on one.
 * The module {@code symbiosis-ortools} provides OR-Tools' GLOP, CLP, SCIP and min-cost flow; put
 * it on the classpath to optimise. An embedder may provide its own (list the class in {@code
 * META-INF/services/org.symbiosis.optimize.lp.SolverProvider}). Implementations need a public
 * no-argument constructor and must be thread-safe.
 */
public interface SolverProvider {

    /**
     * The provider's name for reports and errors.
     *
     * @return e.g. {@code OR-Tools}
     */
    String name();

    /**
     * The LP or MIP solver of that name, if this provider has it. The engines ask for {@code
     * glop-dual-slack}, {@code glop}, {@code glop-no-presolve} and {@code clp} (linear programs,
     * tried in that order) and {@code scip} (mixed-integer programs).
     *
     * @param name            the solver's name
     * @param timeLimitMillis stop after this long with the best solution found; 0 for no limit
     * @return the solver, or empty
     */
    Optional<LpSolver> lpSolver(String name, long timeLimitMillis);

    /**
     * The provider's min-cost-flow solver, if it has one.
     *
     * @return the solver, or empty
     */
    Optional<MinCostFlowSolver> minCostFlowSolver();
}
