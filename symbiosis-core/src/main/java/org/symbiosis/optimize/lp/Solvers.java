package org.symbiosis.optimize.lp;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The solvers the {@link SolverProvider}s on the classpath offer, looked up by name. Providers are
 * loaded once, with the class loader that loaded this class.
 */
public final class Solvers {

    private static final List<SolverProvider> PROVIDERS = ServiceLoader.load(
            SolverProvider.class, Solvers.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).toList();

    private Solvers() {
    }

    /**
     * The providers found on the classpath.
     *
     * @return the providers, possibly none
     */
    public static List<SolverProvider> providers() {
        return PROVIDERS;
    }

    /**
     * The first provider's LP or MIP solver called {@code name}.
     *
     * @param name            e.g. {@code glop}, {@code clp} or {@code scip}
     * @param timeLimitMillis stop after this long with the best solution found; 0 for no limit
     * @return the solver
     * @throws NoSolverException if no provider has one of that name
     */
    public static LpSolver lp(String name, long timeLimitMillis) {
        return first(p -> p.lpSolver(name, timeLimitMillis), "LP solver '" + name + "'");
    }

    /**
     * The first provider's min-cost-flow solver.
     *
     * @return the solver
     * @throws NoSolverException if no provider has one
     */
    public static MinCostFlowSolver minCostFlow() {
        return first(SolverProvider::minCostFlowSolver, "min-cost-flow solver");
    }

    /**
     * Whether the optimise engine can run: a provider offers {@code glop}.
     *
     * @return true if {@link #lp(String, long) lp("glop", 0)} would succeed
     */
    public static boolean available() {
        return PROVIDERS.stream().anyMatch(p -> p.lpSolver("glop", 0).isPresent());
    }

    private static <T> T first(Function<SolverProvider, Optional<T>> find, String what) {
        for (SolverProvider provider : PROVIDERS) {
            Optional<T> solver = find.apply(provider);
            if (solver.isPresent()) {
                return solver.get();
            }
        }
        throw new NoSolverException(what, PROVIDERS.stream().map(SolverProvider::name).toList());
    }
}
