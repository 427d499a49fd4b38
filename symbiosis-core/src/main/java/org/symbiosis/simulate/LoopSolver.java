package org.symbiosis.simulate;

/**
 * How the {@link Simulator} solves a cyclic component (a loop) of its system {@code x = min(cap,
 * M x + d)}. Both give the same fixed point to the simulator's tolerance, and under both a loop
 * counts as solved only when its true residual is within the tolerance and its gain is proved
 * below 1.
 */
public enum LoopSolver {

    /**
     * Projected Gauss-Seidel sweeps over the component in depth-first postorder until the true
     * residual is within the tolerance: about {@code log(tolerance) / log(gain)} sweeps, so a
     * loop of gain 0.99 takes thousands. Memory: none beyond the system.
     */
    GAUSS_SEIDEL,

    /**
     * Direct: the component's acyclic part is eliminated onto a feedback set (the targets of the
     * depth-first search's back edges, about one variable per local loop) and the small system
     * left there is factorised; capacities by policy iteration. A few passes over the component
     * whatever its gain. Falls back on {@link #GAUSS_SEIDEL} where the factors would grow past a
     * fixed multiple of the component's entries, where the clipped set does not settle, or when
     * the solution misses the tolerance (it then starts from it). Memory: the combinations and
     * factors, at most 8 times the component's entries (12 bytes each).
     */
    ELIMINATION
}
