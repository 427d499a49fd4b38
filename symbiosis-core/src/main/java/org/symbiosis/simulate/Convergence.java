package org.symbiosis.simulate;

/**
 * How the simulate solve went.
 *
 * @param sweeps                 Gauss-Seidel sweeps over cyclic components, summed
 * @param residual               the true relative residual {@code ||T(x) - x|| / ||x||} (max norm,
 *                               per component), worst over all components
 * @param converged              whether every component reached the tolerance
 * @param cyclicComponents       number of strongly connected components with a loop
 * @param largestCyclicComponent variables in the largest such component (0 if none)
 * @param spectralRadius         an upper bound of the largest spectral radius of a cyclic
 *                               component's block of the system (the growth per step around its
 *                               loops; a loop of L steps with gain g has radius g^(1/L)); below
 *                               1 for a solvable park, though the bound may be 1 itself when
 *                               the proof of gain below 1 came from the solution in one pass
 *                               rather than from power iteration; 0 if the park has no loop
 */
public record Convergence(long sweeps, double residual, boolean converged, int cyclicComponents,
        int largestCyclicComponent, double spectralRadius) {
}
