package org.symbiosis.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Optional;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.OperatingRule;

/**
 * Re-solves a solved park after an outage (processes held at zero, links switched off) without
 * re-assembling it, touching only what changes. The park's system {@code x = min(cap, M x + d)}
 * is assembled, condensed and solved once; an outage only lowers bounds (a stopped process's
 * activity and constant, a dead link's flow, to 0), so the new map {@code T'} is below the old
 * one everywhere and, both being monotone, iterating {@code T'} from the old solution {@code x*}
 * descends to the new fixed point, loops included, and no loop can gain (its gain is at most the
 * intact one, which the first solve proved below 1). Rows are re-evaluated from a worklist in
 * condensation order (dependencies first); a row is revisited only when the changes of the
 * variables it reads, weighted by its coefficients, could move it by more than the tolerance
 * times the size of its component in {@code x*}, which also bounds its final residual.
 *
 * <p>An outage that frees a push share at a plant where a process follows the carrier raises
 * that process's coefficient: the map is then not below the old one, and {@link #without}
 * declines (the caller re-assembles the park, {@link Simulator#assemble(ParkIndex, boolean[],
 * boolean[])}). It declines too when the worklist exceeds 50 evaluations per variable (the
 * outage then reaches most of a loop that needs many sweeps, and a fresh solve is as quick).
 *
 * <p>Cost: the rows downstream of the outage whose change exceeds the tolerance, each a few
 * times, plus O(park) for settlement and the ledger. Immutable after construction; {@link
 * #without} is thread-safe.
 */
public final class OutageResolver {

    private static final int BUDGET_PER_VARIABLE = 50;

    private final ParkIndex index;
    private final boolean[] linkActive;
    private final double tolerance;
    private final BalanceSystem system;
    private final double[] solution;
    /** The variable of each process. */
    private final int[] processPosition;
    /** The variable of each assembled link's flow; -1 for links not assembled. */
    private final int[] linkPosition;
    private final double[] threshold;
    private final int[] dependentStart;
    private final int[] dependent;
    private final double[] dependentWeight;
    /** Per pair: the process following it, -1 if none. */
    private final int[] follower;
    private final Simulation base;

    private OutageResolver(ParkIndex index, boolean[] linkActive, double tolerance,
            Simulator.Assembly assembly, Simulation base) {
        this.index = index;
        this.linkActive = linkActive.clone();
        this.tolerance = tolerance;
        this.base = base;
        this.system = assembly.system();
        int n = system.size;
        // Where each process and each assembled link is among the system's variables.
        processPosition = new int[index.processCount()];
        linkPosition = new int[index.linkCount()];
        Arrays.fill(linkPosition, -1);
        // x* in the system's order: activities and flows from the state; the auxiliary has and
        // need rows read only those, so one evaluation each restores them.
        solution = new double[n];
        for (int p = 0; p < n; p++) {
            int element = system.element(p);
            if (element >= 0) {
                processPosition[element] = p;
                solution[p] = base.state().activity(element);
            } else if (element != Integer.MIN_VALUE) {
                linkPosition[-1 - element] = p;
                solution[p] = base.state().flow(-1 - element);
            }
        }
        for (int p = 0; p < n; p++) {
            if (system.element(p) == Integer.MIN_VALUE) {
                solution[p] = system.evaluate(p, solution);
            }
        }
        // The system is renumbered in condensation order: component c is the variables
        // start[c] .. start[c+1]-1.
        Condensation condensation = assembly.condensation();
        threshold = new double[n];
        for (int c = 0; c < condensation.components(); c++) {
            double norm = 0;
            for (int i = condensation.start[c]; i < condensation.start[c + 1]; i++) {
                norm = Math.max(norm, Math.abs(solution[i]));
            }
            for (int i = condensation.start[c]; i < condensation.start[c + 1]; i++) {
                threshold[i] = tolerance * norm;
            }
        }
        // The transpose of M: for each variable, the rows that read it.
        int[] count = new int[n + 1];
        for (int e = 0; e < system.column.length; e++) {
            count[system.column[e] + 1]++;
        }
        for (int j = 0; j < n; j++) {
            count[j + 1] += count[j];
        }
        dependentStart = count.clone();
        dependent = new int[system.column.length];
        dependentWeight = new double[system.column.length];
        int[] fill = Arrays.copyOf(count, n);
        for (int i = 0; i < n; i++) {
            for (int e = system.rowStart[i]; e < system.rowStart[i + 1]; e++) {
                int at = fill[system.column[e]]++;
                dependent[at] = i;
                dependentWeight[at] = Math.abs(system.value[e]);
            }
        }
        follower = new int[index.pairCount()];
        Arrays.fill(follower, -1);
        for (int r = 0; r < index.processCount(); r++) {
            if (index.process(r).rule() instanceof OperatingRule.FollowsInput f) {
                follower[index.pair(index.processPlant(r), index.carrierIndex(f.carrier()))] = r;
            }
        }
    }

    /**
     * Assembles and solves the park with the links marked active, to re-solve outages from.
     * Engine level: for the resilience engine and benchmarks, not the supported API.
     *
     * @param simulator  the engine (its tolerance is kept)
     * @param index      the park's index
     * @param linkActive one flag per link
     * @return the resolver, holding the solved park
     * @throws org.symbiosis.flow.UnsolvableParkException if the park cannot be simulated
     */
    public static OutageResolver of(Simulator simulator, ParkIndex index, boolean[] linkActive) {
        Simulator.Assembly assembly = Simulator.assemble(index, linkActive);
        Simulation base = simulator.solve(assembly);
        return new OutageResolver(index, linkActive, simulator.tolerance(), assembly, base);
    }

    /**
     * The park as assembled, solved.
     *
     * @return its simulation
     */
    public Simulation base() {
        return base;
    }

    /**
     * The park with the links marked in {@code active} (a subset of the assembled ones) and
     * with the processes marked in {@code stopped} held at zero; empty when the outage raises a
     * coefficient (see the class comment) or the worklist runs over its budget.
     *
     * @param active  one flag per link: a subset of the assembled ones
     * @param stopped one flag per process: held at zero
     * @return the simulation, or empty where the caller must re-assemble
     * @throws org.symbiosis.flow.UnsolvableParkException if the settlement fails (an input no
     *                                                    market sells, an origin over capacity)
     */
    public Optional<Simulation> without(boolean[] active, boolean[] stopped) {
        checkArgument(active.length == index.linkCount(), "one flag per link");
        checkArgument(stopped.length == index.processCount(), "one flag per process");
        int n = system.size;
        double[] upper = system.upper.clone();
        double[] constant = system.constant.clone();
        int[] heap = new int[16];
        int heapSize = 0;
        boolean[] queued = new boolean[n];
        for (int r = 0; r < stopped.length; r++) {
            if (stopped[r]) {
                int p = processPosition[r];
                upper[p] = 0;
                constant[p] = 0;
                heap = push(heap, heapSize++, p);
                queued[p] = true;
            }
        }
        for (int l = 0; l < active.length; l++) {
            checkArgument(!active[l] || linkActive[l], "link %s was not assembled", l);
            if (linkActive[l] && !active[l]) {
                if (index.linkPushes(l)) {
                    int own = follower[index.linkFromPair(l)];
                    if (own >= 0 && !stopped[own]) {
                        return Optional.empty();
                    }
                }
                int p = linkPosition[l];
                upper[p] = 0;
                heap = push(heap, heapSize++, p);
                queued[p] = true;
            }
        }
        double[] x = solution.clone();
        double[] pending = new double[n];
        long evaluations = 0;
        long budget = (long) BUDGET_PER_VARIABLE * n;
        while (heapSize > 0) {
            int i = heap[0];
            heapSize = pop(heap, heapSize);
            queued[i] = false;
            pending[i] = 0;
            double sum = constant[i];
            for (int e = system.rowStart[i]; e < system.rowStart[i + 1]; e++) {
                sum += system.value[e] * x[system.column[e]];
            }
            double next = Math.min(upper[i], sum);
            double delta = Math.abs(next - x[i]);
            x[i] = next;
            if (++evaluations > budget) {
                return Optional.empty();
            }
            if (delta == 0) {
                continue;
            }
            for (int e = dependentStart[i]; e < dependentStart[i + 1]; e++) {
                int row = dependent[e];
                pending[row] += dependentWeight[e] * delta;
                if (!queued[row] && pending[row] > threshold[row]) {
                    heap = push(heap, heapSize++, row);
                    queued[row] = true;
                }
            }
        }
        double[] activity = new double[index.processCount()];
        double[] flow = new double[index.linkCount()];
        for (int r = 0; r < activity.length; r++) {
            activity[r] = x[processPosition[r]];
        }
        for (int l = 0; l < flow.length; l++) {
            flow[l] = active[l] ? x[linkPosition[l]] : 0;
        }
        FlowState state = FlowState.settle(index, activity, flow, active);
        return Optional.of(new Simulation(state, Ledger.of(state), new Convergence(
                evaluations / Math.max(1, n), tolerance, base.convergence().cyclicComponents(),
                base.convergence().largestCyclicComponent())));
    }

    /** Adds {@code v} to the binary min-heap of {@code size} entries (grown if full). */
    private static int[] push(int[] heap, int size, int v) {
        int[] h = size < heap.length ? heap : Arrays.copyOf(heap, 2 * heap.length);
        h[size] = v;
        siftUp(h, size);
        return h;
    }

    private static void siftUp(int[] h, int at) {
        int v = h[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (h[parent] <= v) {
                break;
            }
            h[at] = h[parent];
            at = parent;
        }
        h[at] = v;
    }

    /** Removes the smallest entry; returns the new size. */
    private static int pop(int[] h, int size) {
        int last = h[--size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && h[child + 1] < h[child]) {
                child++;
            }
            if (h[child] >= last) {
                break;
            }
            h[at] = h[child];
            at = child;
        }
        if (size > 0) {
            h[at] = last;
        }
        return size;
    }
}
