/**
 * The optimise and plan engines: the park's balance as a linear program minimising an {@link
 * org.symbiosis.optimize.Objective} ({@link org.symbiosis.optimize.LinearProgramOptimizer}, with
 * shadow prices and capacity values), one carrier's allocation as a min-cost flow ({@link
 * org.symbiosis.optimize.MinCostFlowAllocator}), and what to build as a mixed-integer program
 * ({@link org.symbiosis.optimize.InvestmentPlanner}, with its {@link
 * org.symbiosis.optimize.AbatementCurve}). By default every plant keeps delivering its products
 * at the simulated level ({@link org.symbiosis.optimize.Deliveries}), so that no optimum lowers
 * emissions by buying them from outside.
 *
 * <p>Results are values with a status: an infeasible or unbounded park is a status with a
 * diagnosis, not an exception. Emissions are in t CO2e per year, costs in the park's currency per
 * year. The solvers come from the {@link org.symbiosis.optimize.lp.SolverProvider}s on the
 * classpath; the engines are stateless and thread-safe.
 */
package org.symbiosis.optimize;
