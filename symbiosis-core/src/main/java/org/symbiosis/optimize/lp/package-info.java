/**
 * A small linear-programming layer of our own: the model ({@link
 * org.symbiosis.optimize.lp.LpModel}), a solver interface with OR-Tools GLOP and CLP behind it (tried in turn when one stops without an answer), and a CPLEX
 * LP writer so any solver can check a model. Solver types do not leave this package.
 */
package org.symbiosis.optimize.lp;
