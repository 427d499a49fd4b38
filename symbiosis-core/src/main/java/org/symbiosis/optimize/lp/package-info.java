/**
 * A small linear-programming layer of our own: the model ({@link
 * org.symbiosis.optimize.lp.LpModel}), a solver interface ({@link
 * org.symbiosis.optimize.lp.LpSolver}) whose solvers come from the {@link
 * org.symbiosis.optimize.lp.SolverProvider}s on the classpath (OR-Tools' GLOP, CLP and SCIP with
 * {@code symbiosis-ortools}) and are tried in turn when one stops without an answer ({@link
 * org.symbiosis.optimize.lp.FallbackLpSolver}), a min-cost-flow network and solver interface,
 * and a CPLEX LP writer so any solver can check a model. No solver library's types appear here:
 * OR-Tools stays in {@code symbiosis-ortools}.
 */
package org.symbiosis.optimize.lp;
