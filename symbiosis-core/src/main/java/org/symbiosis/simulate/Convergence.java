package org.symbiosis.simulate;

/**
 * How the simulate solve went. A simulation that did not converge is never returned: the
 * simulator throws instead, naming the loop.
 *
 * @param sweeps                 Gauss-Seidel sweeps over cyclic components, summed: none for a
 *                               loop that {@link LoopSolver#ELIMINATION} solved outright
 * @param residual               the true relative residual {@code ||T(x) - x|| / ||x||} (max norm,
 *                               per component), worst over all components; below the tolerance
 * @param cyclicComponents       number of strongly connected components with a loop
 * @param largestCyclicComponent variables in the largest such component (0 if none)
 */
public record Convergence(long sweeps, double residual, int cyclicComponents,
        int largestCyclicComponent) {
}
