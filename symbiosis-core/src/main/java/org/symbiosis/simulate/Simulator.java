package org.symbiosis.simulate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.PlantId;

/**
 * The simulate engine: runs a park by its operating rules. The rules form {@code x = min(cap, M x
 * + d)} with M non-negative ({@link BalanceSystem}); the dependency graph is condensed into
 * strongly connected components ({@link Condensation}), the acyclic part is solved in one
 * topological pass, and each cyclic component (a loop) is solved by the {@link LoopSolver}: by
 * default directly ({@link FeedbackElimination}: its acyclic part eliminated onto a feedback set,
 * the small system left factorised), else, or where that does not apply, by projected
 * Gauss-Seidel. Either way a loop counts as solved only when the true residual is below the
 * tolerance, and is then proved to have a gain below 1 with its capacities ignored (from the
 * solution in one pass, else by a Collatz-Wielandt certificate); a loop that cannot be proved
 * below 1 is rejected and named. Projection (clipping at capacities) keeps the map monotone, so
 * the iteration converges to its unique fixed point when every loop gain is below 1, and the
 * direct solve finds the same point.
 *
 * <p>Cost: assembly O(park); acyclic part one pass over the entries; a cyclic component a few
 * passes over its entries by elimination whatever its gain, or about {@code log(tolerance) /
 * log(gain)} Gauss-Seidel sweeps. Stateless and thread-safe.
 */
public final class Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

    /** Default relative tolerance of the true residual. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default cap on Gauss-Seidel sweeps per cyclic component. */
    public static final int DEFAULT_MAX_SWEEPS = 100_000;

    private static final int MAX_POWER_ITERATIONS = 10_000;
    /**
     * A loop's growth per step must be below 1 by this margin to count as below 1: a gain of 1
     * to within rounding (exactly 1 in the park's numbers) is rejected, never solved for 10^5
     * sweeps into nonsense.
     */
    private static final double GAIN_MARGIN = 1e-9;
    /** A norm past which a loop is taken to diverge (its gain is then checked). */
    private static final double DIVERGED = 1e150;

    private final double tolerance;
    private final int maxSweeps;
    private final ProgressListener progress;
    private final LoopSolver loopSolver;
    private final int fillFactor;
    private final int maxRounds;

    /** A simulator with the default tolerance and sweep limit, reporting no progress. */
    public Simulator() {
        this(DEFAULT_TOLERANCE, DEFAULT_MAX_SWEEPS, ProgressListener.NONE);
    }

    /**
     * A simulator that solves loops by {@link LoopSolver#ELIMINATION}.
     *
     * @param tolerance relative residual at which a loop counts as solved, in (0, 1e-3]
     * @param maxSweeps sweeps per cyclic component before giving up (the result then says it did
     *                  not converge)
     * @param progress  told how far long solves have come
     */
    public Simulator(double tolerance, int maxSweeps, ProgressListener progress) {
        this(tolerance, maxSweeps, progress, LoopSolver.ELIMINATION);
    }

    /**
     * A simulator that solves loops by the given method; both give the same results to the
     * tolerance.
     *
     * @param tolerance  relative residual at which a loop counts as solved, in (0, 1e-3]
     * @param maxSweeps  Gauss-Seidel sweeps per cyclic component before giving up (the result
     *                   then says it did not converge)
     * @param progress   told how far long solves have come
     * @param loopSolver how cyclic components are solved
     */
    public Simulator(double tolerance, int maxSweeps, ProgressListener progress,
            LoopSolver loopSolver) {
        this(tolerance, maxSweeps, progress, loopSolver, FeedbackElimination.FILL_FACTOR,
                FeedbackElimination.MAX_ROUNDS);
    }

    /** With the elimination's limits, for tests of its fallback. */
    Simulator(double tolerance, int maxSweeps, ProgressListener progress, LoopSolver loopSolver,
            int fillFactor, int maxRounds) {
        checkArgument(tolerance > 0 && tolerance <= 1e-3,
                "The tolerance (%s) must be in (0, 1e-3].", tolerance);
        checkArgument(maxSweeps > 0, "The sweep limit (%s) must be positive.", maxSweeps);
        this.tolerance = tolerance;
        this.maxSweeps = maxSweeps;
        this.progress = checkNotNull(progress, "progress");
        this.loopSolver = checkNotNull(loopSolver, "loopSolver");
        this.fillFactor = fillFactor;
        this.maxRounds = maxRounds;
    }

    /** The relative tolerance of the true residual at which a loop counts as solved. */
    double tolerance() {
        return tolerance;
    }

    /**
     * Simulates the park as given and its baseline without symbiosis links.
     *
     * @throws UnsolvableParkException if a loop has a gain of 1 or more (capacities ignored), or
     *                                 so close to 1 that it does not settle within the sweep
     *                                 limit, or an input cannot be supplied, or an output cannot
     *                                 be routed (naming each); no flows are given then
     * @param park the park
     * @return the simulation with symbiosis and the baseline without it
     */
    public SimulationResult run(Park park) {
        long started = System.nanoTime();
        ParkIndex index = ParkIndex.of(park);
        LOG.debug("index {} ms ({} plants, {} links, {} pairs)", millis(started),
                index.plantCount(), index.linkCount(), index.pairCount());
        Simulation with = solve(index, activeLinks(index, false));
        Simulation without;
        try {
            without = solve(index, activeLinks(index, true));
        } catch (UnsolvableParkException e) {
            throw e.prefixed("Without symbiosis (the baseline, symbiosis links off): ");
        }
        LOG.debug("Simulated park '{}' ({} plants, {} links) with and without symbiosis in {} ms",
                park.name(), index.plantCount(), index.linkCount(), millis(started));
        return new SimulationResult(with, without);
    }

    /**
     * Simulates the park as given (no baseline): for pathways and Monte Carlo.
     *
     * @param park the park
     * @return its flows, ledger and convergence
     * @throws UnsolvableParkException as {@link #run(Park)} does
     */
    public Simulation simulate(Park park) {
        ParkIndex index = ParkIndex.of(park);
        return solve(index, activeLinks(index, false));
    }

    /** Existing links; for the baseline, only those that are not symbiosis links. */
    static boolean[] activeLinks(ParkIndex index, boolean baseline) {
        boolean[] active = new boolean[index.linkCount()];
        for (int l = 0; l < active.length; l++) {
            active[l] = index.linkExists(l) && !(baseline && index.linkSymbiosis(l));
        }
        return active;
    }

    /**
     * Simulates the park with the links marked in {@code linkActive}: a lower-level entry for
     * benchmarks and engines that reuse one index.
     *
     * @param index      the park's dense index
     * @param linkActive one flag per link of the index, true where the link runs
     * @return the flows, ledger and convergence
     * @throws UnsolvableParkException as {@link #run(Park)} does
     */
    public Simulation solve(ParkIndex index, boolean[] linkActive) {
        return solve(assemble(index, linkActive));
    }

    /**
     * The first half of {@link #solve(ParkIndex, boolean[])}: the rules assembled into CSR arrays
     * and condensed into strongly connected components. O(park). Reusable: solving it again gives
     * the same result. Engine level, like {@link Assembly}.
     *
     * @param index      the park's dense index
     * @param linkActive one flag per link of the index, true where the link runs
     * @return the assembled, condensed system
     */
    public static Assembly assemble(ParkIndex index, boolean[] linkActive) {
        return assemble(index, linkActive, new boolean[index.processCount()]);
    }

    /**
     * As {@link #assemble(ParkIndex, boolean[])}, with the processes marked in {@code stopped}
     * held at zero activity whatever their rule (an outage: the plant stands still; its fixed
     * costs remain). Used by outage analysis, which reuses one index for every outage. O(park).
     *
     * @param index      the park's index
     * @param linkActive one flag per link
     * @param stopped    one flag per process
     * @return the assembled system, ready to solve
     * @throws IllegalArgumentException if an array does not have one flag per element
     */
    public static Assembly assemble(ParkIndex index, boolean[] linkActive, boolean[] stopped) {
        checkArgument(linkActive.length == index.linkCount(), "one flag per link");
        checkArgument(stopped.length == index.processCount(), "one flag per process");
        long t0 = System.nanoTime();
        BalanceSystem assembled = BalanceSystem.assemble(index, linkActive.clone());
        for (int r = 0; r < stopped.length; r++) {
            if (stopped[r]) {
                assembled.upper[r] = 0;
                assembled.constant[r] = 0;
            }
        }
        long t1 = System.nanoTime();
        Condensation condensation = Condensation.of(assembled.size, assembled.rowStart,
                assembled.column);
        long t2 = System.nanoTime();
        BalanceSystem permuted = assembled.permuted(condensation.order);
        if (LOG.isDebugEnabled()) {
            LOG.debug("assemble {} ms ({} variables: {} activities, {} flows, {} auxiliaries;"
                    + " {} entries), condense {} ms ({} components), renumber {} ms",
                    (t1 - t0) / 1_000_000, assembled.size, assembled.processes(),
                    assembled.flows(), assembled.auxiliaries(), assembled.column.length,
                    (t2 - t1) / 1_000_000, condensation.components(), millis(t2));
        }
        return new Assembly(permuted, condensation.renumbered());
    }

    /**
     * The second half: the solve, the settlement at the markets and the ledger.
     *
     * @param assembly the system from {@link #assemble(ParkIndex, boolean[])}
     * @return the flows, ledger and convergence
     * @throws UnsolvableParkException as {@link #run(Park)} does
     */
    public Simulation solve(Assembly assembly) {
        BalanceSystem system = assembly.system;
        long t0 = System.nanoTime();
        double[] activity = new double[system.processes()];
        double[] flow = new double[system.index.linkCount()];
        Convergence convergence = solve(assembly, activity, flow);
        long t1 = System.nanoTime();
        FlowState state = FlowState.settle(system.index, activity, flow, system.linkActive);
        long t2 = System.nanoTime();
        Ledger ledger = Ledger.of(state);
        LOG.debug("solve {} ms ({} variables, {} entries, {} components, {} cyclic by {},"
                + " largest {}, {} sweeps, residual {}), settle {} ms, ledger {} ms",
                (t1 - t0) / 1_000_000, system.size, system.column.length,
                assembly.condensation.components(), convergence.cyclicComponents(), loopSolver,
                convergence.largestCyclicComponent(), convergence.sweeps(),
                convergence.residual(), (t2 - t1) / 1_000_000, millis(t2));
        return new Simulation(state, ledger, convergence);
    }

    /**
     * The fixed point alone: what {@link #solve(Assembly)} computes before it settles the
     * purchases, sales and releases at the markets and writes the ledger. For measuring the
     * solve apart from them; the values are not returned.
     *
     * @param assembly the system from {@link #assemble(ParkIndex, boolean[])}
     * @return how the solve went: sweeps, residual, loops
     * @throws UnsolvableParkException as {@link #run(Park)}, for the loops
     */
    public Convergence solveSystem(Assembly assembly) {
        return solve(assembly.system, assembly.condensation, new double[assembly.system.size]);
    }

    /** Solves the system and writes its activities and flows out. */
    private Convergence solve(Assembly assembly, double[] activity, double[] flow) {
        double[] x = new double[assembly.system.size];
        Convergence convergence = solve(assembly.system, assembly.condensation, x);
        assembly.system.scatter(x, activity, flow);
        return convergence;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /**
     * A park's operating rules assembled for solving: the CSR system {@code x = min(cap, M x +
     * d)}, renumbered in the order of its condensation so that the solve reads its arrays front
     * to back. Immutable; safe to solve from several threads.
     *
     * <p><b>Engine level.</b> Public for the engines in other packages and the benchmarks;
     * not part of the supported API: it may change in any release. Embedders use
     * {@code Simulator.run}, the results' typed lookups and the model.
     */
    public static final class Assembly {
        private final BalanceSystem system;
        private final Condensation condensation;

        private Assembly(BalanceSystem system, Condensation condensation) {
            this.system = system;
            this.condensation = condensation;
        }

        /** The system, renumbered in condensation order (for {@link OutageResolver}). */
        BalanceSystem system() {
            return system;
        }

        /** Its condensation over the renumbered variables. */
        Condensation condensation() {
            return condensation;
        }

        /**
         * Unknowns: activities, flows on active links and the auxiliary has/need variables that
         * were not substituted.
         *
         * @return how many
         */
        public int variables() {
            return system.size;
        }

        /**
         * Non-zero entries of M.
         *
         * @return how many
         */
        public int entries() {
            return system.column.length;
        }

        /**
         * One streaming pass over the system's arrays, {@code sum_i (d_i + sum_e value[e]
         * x[column[e]])}: the memory-bandwidth floor of one sweep, for benchmarks to compare
         * with.
         *
         * @param x one value per variable
         * @return the sum, so that the pass cannot be optimised away
         */
        public double streamingPass(double[] x) {
            checkArgument(x.length == system.size, "one value per variable");
            double total = 0;
            int[] rowStart = system.rowStart;
            int[] column = system.column;
            double[] value = system.value;
            double[] constant = system.constant;
            for (int i = 0; i < system.size; i++) {
                double sum = constant[i];
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    sum += value[e] * x[column[e]];
                }
                total += sum;
            }
            return total;
        }
    }

    /**
     * Solves the system, component by component in condensation order (the system is renumbered
     * so that component c is the variables {@code start[c] .. start[c+1]-1}).
     */
    private Convergence solve(BalanceSystem system, Condensation condensation, double[] x) {
        int[] start = condensation.start;
        FeedbackElimination elimination = loopSolver == LoopSolver.ELIMINATION
                ? new FeedbackElimination(system, fillFactor, maxRounds) : null;
        double[] work = null;
        long feedback = 0;
        long fill = 0;
        int fellBack = 0;
        long sweeps = 0;
        double worstResidual = 0;
        int cyclicComponents = 0;
        int largest = 0;
        List<String> loops = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        long lastReport = System.nanoTime();
        for (int c = 0; c < condensation.components(); c++) {
            int from = start[c];
            int to = start[c + 1];
            if (!condensation.cyclic[c]) {
                x[from] = system.evaluate(from, x);
                continue;
            }
            cyclicComponents++;
            largest = Math.max(largest, to - from);
            if (work == null) {
                work = new double[system.size];
            }
            FeedbackElimination.Outcome direct = null;
            double residual = Double.POSITIVE_INFINITY;
            if (elimination != null) {
                direct = elimination.solve(from, to, x);
                feedback += elimination.feedbackSize();
                fill += elimination.fill();
                if (direct == FeedbackElimination.Outcome.SOLVED) {
                    residual = residual(system, from, to, x);
                } else {
                    fellBack++;
                    java.util.Arrays.fill(x, from, to, 0);
                    if (direct == FeedbackElimination.Outcome.NOT_BELOW_ONE) {
                        // Probably a gain of 1 or more: decide that before sweeping for it.
                        double[] gain = gainBounds(system, from, to, work);
                        if (!(gain[1] < 1 - GAIN_MARGIN)) {
                            loops.add(describeLoop(system, from, to, work, gain[0]));
                            continue;
                        }
                    }
                }
            }
            int componentSweeps = 0;
            boolean diverged = false;
            while (residual > tolerance && componentSweeps < maxSweeps) {
                double delta = 0;
                double norm = 0;
                for (int v = from; v < to; v++) {
                    double next = system.evaluate(v, x);
                    delta = Math.max(delta, Math.abs(next - x[v]));
                    norm = Math.max(norm, Math.abs(next));
                    x[v] = next;
                }
                componentSweeps++;
                if (!(norm < DIVERGED)) {
                    diverged = true;
                    break;
                }
                if (delta <= tolerance * norm) {
                    residual = residual(system, from, to, x);
                }
                if ((componentSweeps & 63) == 0 && System.nanoTime() - lastReport > 250_000_000L) {
                    progress.progress("solving loops", c, condensation.components());
                    lastReport = System.nanoTime();
                }
            }
            sweeps += componentSweeps;
            boolean solved = !diverged && residual <= tolerance;
            // Gain below 1, capacities ignored: proved in one pass from the solution when it
            // allows (subinvariance), else by a Collatz-Wielandt certificate on y = B y + 1
            // (solved directly, else by Gauss-Seidel), else by the upper bound of power
            // iteration, which otherwise names the loop of gain 1 or more.
            boolean belowOne = solved && subinvariant(system, from, to, x);
            if (!belowOne && elimination != null
                    && direct != FeedbackElimination.Outcome.NOT_BELOW_ONE
                    && elimination.solveUnitLoad(from, to, work)
                            == FeedbackElimination.Outcome.SOLVED) {
                belowOne = collatzWielandt(system, from, to, work);
            }
            if (!belowOne && direct != FeedbackElimination.Outcome.NOT_BELOW_ONE) {
                belowOne = certifiedBelowOne(system, from, to, work);
            }
            if (!belowOne) {
                double[] gain = gainBounds(system, from, to, work);
                if (!(gain[1] < 1 - GAIN_MARGIN)) {
                    loops.add(describeLoop(system, from, to, work, gain[0]));
                    continue;
                }
            }
            if (!solved) {
                slow.add(describeSlowLoop(system, from, to, componentSweeps,
                        diverged ? Double.POSITIVE_INFINITY : residual(system, from, to, x)));
                continue;
            }
            worstResidual = Math.max(worstResidual, residual);
        }
        if (elimination != null && cyclicComponents > 0) {
            LOG.debug("loops by elimination: {} components, {} feedback variables, {} entries of"
                    + " combinations and factors, {} fell back to Gauss-Seidel", cyclicComponents,
                    feedback, fill, fellBack);
        }
        if (!loops.isEmpty() || !slow.isEmpty()) {
            List<ParkIssue> problems = new ArrayList<>();
            loops.forEach(loop -> problems.add(ParkIssue.error("loop", loop)));
            slow.forEach(loop -> problems.add(ParkIssue.error("loop", loop)));
            throw new UnsolvableParkException(problems);
        }
        return new Convergence(sweeps, worstResidual, cyclicComponents, largest);
    }

    /**
     * A loop whose gain is below 1 but so close to it that the sweeps ran out: its figures
     * would be approximate, so none are given.
     */
    private String describeSlowLoop(BalanceSystem system, int from, int to, int sweeps,
            double residual) {
        Set<PlantId> plants = plantsOf(system, from, to);
        return String.format(Locale.ROOT, "The loop among plants %s did not settle in %d sweeps"
                + " (relative residual %.2e, tolerance %.1e): its gain is below 1 but so close to"
                + " it that each unit sent around comes back almost whole, so its flows would be"
                + " approximate and none are given. Lower the output coefficients, push shares or"
                + " pull covers on this loop, or raise the sweep limit.", plants, sweeps,
                residual, tolerance);
    }

    /** The plants of a component's variables, sorted. */
    private static Set<PlantId> plantsOf(BalanceSystem system, int from, int to) {
        Set<PlantId> plants = new TreeSet<>();
        for (int v = from; v < to; v++) {
            plants.add(system.index.plant(system.plantOf(v)));
        }
        return plants;
    }

    /**
     * Proves that the spectral radius of the component's block B of M is below 1, capacities
     * ignored, by solving {@code y = B y + 1} by Gauss-Seidel from {@code y = 1}: as soon as
     * {@code (B y)_i <= (1 - GAIN_MARGIN) y_i} for every i, the Collatz-Wielandt bound gives
     * {@code rho(B) <= max_i (B y)_i / y_i < 1}. No y > 0 satisfies that when rho(B) >= 1, so a
     * loop of gain 1 or more is never passed, whatever its capacities; one below 1 is proved in
     * about as many sweeps as its solve took. Returns false when the sweep limit is reached.
     */
    private boolean certifiedBelowOne(BalanceSystem system, int from, int to, double[] y) {
        java.util.Arrays.fill(y, from, to, 1);
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            double growth = 0;
            for (int v = from; v < to; v++) {
                double next = 1 + inside(system, v, from, to, y);
                growth = Math.max(growth, next / y[v]);
                y[v] = next;
            }
            if (!(growth < DIVERGED)) {
                return false;
            }
            if ((sweep & 7) == 0 || growth < 1 + 1e-6) {
                if (collatzWielandt(system, from, to, y)) {
                    return true;
                }
                double max = 0;
                for (int v = from; v < to; v++) {
                    max = Math.max(max, y[v]);
                }
                if (!(max < DIVERGED)) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code y > 0} and {@code (B y)_i <= (1 - GAIN_MARGIN) y_i} for every variable i of
     * the component: then {@code rho(B) <= max_i (B y)_i / y_i < 1} (Collatz-Wielandt), however
     * y was found. One pass.
     */
    private static boolean collatzWielandt(BalanceSystem system, int from, int to, double[] y) {
        for (int v = from; v < to; v++) {
            if (!(y[v] > 0) || !(inside(system, v, from, to, y) <= (1 - GAIN_MARGIN) * y[v])) {
                return false;
            }
        }
        return true;
    }

    /** {@code (M x)_row} over all the row's entries. */
    private static double full(BalanceSystem system, int row, double[] x) {
        double sum = 0;
        for (int e = system.rowStart[row]; e < system.rowStart[row + 1]; e++) {
            sum += system.value[e] * x[system.column[e]];
        }
        return sum;
    }

    /** {@code (B y)_row} over the entries of the row that lie inside the component. */
    private static double inside(BalanceSystem system, int row, int from, int to, double[] y) {
        double sum = 0;
        for (int e = system.rowStart[row]; e < system.rowStart[row + 1]; e++) {
            int col = system.column[e];
            if (col >= from && col < to) {
                sum += system.value[e] * y[col];
            }
        }
        return sum;
    }

    /**
     * Whether the converged solution x proves that the spectral radius of the component's block
     * B of M is below 1: if x > 0 and B x <= x with strict inequality in some row, then rho(B) <
     * 1 (subinvariance, B irreducible). Checked numerically: equality rows are accepted within
     * 1e-9 (the solve's rounding), and a strict row must be below 1 - 1e-6. A clipped row fails
     * the check (B x exceeds x there), as does a zero entry; the caller then tries a
     * Collatz-Wielandt certificate. One pass.
     */
    private static boolean subinvariant(BalanceSystem system, int from, int to, double[] x) {
        boolean strict = false;
        for (int row = from; row < to; row++) {
            double xi = x[row];
            if (!(xi > 0)) {
                return false;
            }
            // A clipped row proves nothing (its B x exceeds x by the clipped amount, up to
            // rounding): leave the component to the certificate.
            if (system.constant[row] + full(system, row, x) > system.upper[row]) {
                return false;
            }
            double ratio = inside(system, row, from, to, x) / xi;
            // Rows fed only from inside the loop hold with equality, up to the solve's tolerance.
            if (ratio > 1 + 1e-9) {
                return false;
            }
            strict |= ratio < 1 - 1e-6;
        }
        return strict;
    }

    /** {@code ||T(x) - x|| / ||x||} over one component, max norm. */
    private static double residual(BalanceSystem system, int from, int to, double[] x) {
        double worst = 0;
        double norm = 0;
        for (int v = from; v < to; v++) {
            worst = Math.max(worst, Math.abs(system.evaluate(v, x) - x[v]));
            norm = Math.max(norm, Math.abs(x[v]));
        }
        return norm == 0 ? worst : worst / norm;
    }

    /**
     * Lower and upper bounds of the spectral radius of the component's block of M, by power
     * iteration on the primitive matrix {@code B = (I + M) / 2} with Collatz-Wielandt bounds
     * {@code min (Bv)_i / v_i <= rho(B) <= max (Bv)_i / v_i}; {@code rho(M) = 2 rho(B) - 1}. Stops
     * as soon as the bounds decide {@code rho(M) < 1} or {@code >= 1}.
     */
    private static double[] gainBounds(BalanceSystem system, int from, int to, double[] v) {
        java.util.Arrays.fill(v, from, to, 1);
        double[] w = new double[to - from];
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
            lo = Double.POSITIVE_INFINITY;
            hi = 0;
            double max = 0;
            for (int row = from; row < to; row++) {
                double b = 0.5 * (v[row] + inside(system, row, from, to, v));
                w[row - from] = b;
                double ratio = b / v[row];
                lo = Math.min(lo, ratio);
                hi = Math.max(hi, ratio);
                max = Math.max(max, b);
            }
            // rho(M) = 2 rho(B) - 1: stop once M's bounds decide against 1 - GAIN_MARGIN.
            if (2 * hi - 1 < 1 - GAIN_MARGIN || (2 * lo - 1 >= 1 - GAIN_MARGIN
                    && hi - lo <= 1e-3 * hi)) {
                break;
            }
            for (int row = from; row < to; row++) {
                v[row] = w[row - from] / max;
            }
        }
        return new double[] {Math.max(0, 2 * lo - 1), 2 * hi - 1};
    }

    /**
     * Names the dominant cycle of a component whose spectral radius is 1 or more: starting at
     * the variable with the largest Perron weight {@code v}, each step goes to the dependency
     * contributing most ({@code max M[i,j] v_j}) until a variable repeats. The cycle's gain is the
     * product of its entries: what comes back per unit sent around it.
     */
    private static String describeLoop(BalanceSystem system, int from, int to, double[] v,
            double radius) {
        int startVariable = from;
        for (int i = from; i < to; i++) {
            if (v[i] > v[startVariable]) {
                startVariable = i;
            }
        }
        java.util.Map<Integer, Integer> seenAt = new java.util.HashMap<>();
        List<Integer> path = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int current = startVariable;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            int best = -1;
            double bestContribution = -1;
            double bestValue = 0;
            for (int e = system.rowStart[current]; e < system.rowStart[current + 1]; e++) {
                int col = system.column[e];
                if (col >= from && col < to && system.value[e] * v[col] > bestContribution) {
                    best = col;
                    bestContribution = system.value[e] * v[col];
                    bestValue = system.value[e];
                }
            }
            weights.add(bestValue);
            current = best;
        }
        int first = seenAt.get(current);
        double gain = 1;
        List<PlantId> plants = new ArrayList<>();
        for (int i = path.size() - 1; i >= first; i--) {
            gain *= weights.get(i);
            PlantId plant = system.index.plant(system.plantOf(path.get(i)));
            if (plants.isEmpty() || !plants.get(plants.size() - 1).equals(plant)) {
                plants.add(plant);
            }
        }
        if (plants.size() > 1 && plants.get(0).equals(plants.get(plants.size() - 1))) {
            plants.remove(plants.size() - 1);
        }
        List<String> elements = new ArrayList<>();
        for (int i = path.size() - 1; i >= first; i--) {
            int element = system.element(path.get(i));
            if (element >= 0) {
                elements.add("process '" + system.index.process(element).id() + "'");
            } else if (element != Integer.MIN_VALUE) {
                elements.add("link '" + system.index.link(-1 - element).id() + "'");
            }
        }
        if (gain < 1 - GAIN_MARGIN) {
            // No single cycle reaches 1; the loops of the component do so together.
            Set<PlantId> all = plantsOf(system, from, to);
            return String.format(Locale.ROOT, "The interlocking loops among plants %s together"
                    + " return more than they take (their growth per step, the spectral radius,"
                    + " is at least %.4g; the strongest single loop %s has a gain of %.4g):"
                    + " material is created from nothing. Lower the output coefficients, push"
                    + " shares or pull covers among these plants.", all, radius,
                    describeCycle(plants), gain);
        }
        return String.format(Locale.ROOT, "The loop %s (through %s) has a gain of %.4g (1 or"
                + " more): each unit sent around it comes back as %.4g, which creates material"
                + " from nothing (or, at exactly 1, leaves the amounts undetermined). Lower the"
                + " output coefficients, push shares or pull covers on this loop so that less"
                + " comes back than goes out.", describeCycle(plants), String.join(", ", elements),
                gain, gain);
    }

    private static String describeCycle(List<PlantId> plants) {
        StringBuilder cycle = new StringBuilder();
        for (PlantId plant : plants) {
            cycle.append(plant).append(" -> ");
        }
        cycle.append(plants.get(0));
        return cycle.toString();
    }
}
