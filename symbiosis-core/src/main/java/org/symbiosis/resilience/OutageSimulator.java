package org.symbiosis.resilience;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;
import org.symbiosis.internal.Suggestions;
import org.symbiosis.resilience.OutageResult.CarrierChange;
import org.symbiosis.resilience.OutageResult.CascadeStep;
import org.symbiosis.resilience.OutageResult.PlantImpact;
import org.symbiosis.resilience.OutageResult.Role;
import org.symbiosis.simulate.OutageResolver;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/**
 * Takes plants and links out of a park and re-simulates it with the simulate engine, by the
 * rules of docs/resilience.md:
 *
 * <ul>
 *   <li>a plant out: all its processes stand still (activity 0, fixed costs still paid) and all
 *       its links vanish, so that push shares into it stay at their sources (sold, released, or
 *       taken by a process there that follows the carrier) and its pull links no longer draw;
 *       </li>
 *   <li>a link out: the link vanishes (as if it were not in the park);</li>
 *   <li>a plant that then needs a carrier nothing supplies and no market sells, or has one it
 *       can neither route, sell nor release, cannot run: it is taken out in the next round, and
 *       the rounds go on until the park runs (the cascade). What can be bought is bought: a plant
 *       that loses a supplier of a carrier its market sells buys it instead.</li>
 * </ul>
 * Every round is a full re-simulation, loops included: the park's index is built, its rules
 * assembled and solved once, and each round re-solves that system from the intact solution with
 * the outage's links off and its processes held at zero, touching only the rows that change
 * ({@link OutageResolver}); where the structure does not allow it (a freed push share raises a
 * follower's coefficient) the rules are re-assembled for the round
 * ({@link Simulator#assemble(ParkIndex, boolean[], boolean[])}). To find the cascade
 * without stopping at the first error, the rounds run on a copy of the park whose markets may
 * also buy (at price 0) every carrier no market sells and take every carrier no market sells
 * or disposes of; such a purchase or sale beyond rounding is exactly the error the park itself
 * would raise, and the final round has none, so its figures are the park's.
 *
 * <p>Cost: per outage, per round, the rows downstream of the outage plus O(park) for the
 * settlement, the ledger and the comparison (a full assembly and solve where re-assembled);
 * outages are spread over threads. Results do not depend on the
 * thread count. Stateless and thread-safe.
 */
public final class OutageSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(OutageSimulator.class);

    /**
     * A purchase, sale or release counts as changed when it moves by more than this share of
     * its larger value (and more than this many units): smaller moves are the solve's rounding
     * or the faint echo of an outage around a long loop.
     */
    public static final double REPORTED_CHANGE = 1e-6;

    private final Simulator simulator;
    private final int threads;
    private final boolean detail;

    /** Default simulator, one thread per processor, with per-plant detail. */
    public OutageSimulator() {
        this(new Simulator(), Runtime.getRuntime().availableProcessors(), true);
    }

    /**
     * @param simulator the engine each outage is re-simulated with
     * @param threads   threads to spread the outages over, at least 1
     * @param detail    whether each result lists the plants that changed (without it, only the
     *                  totals and counts are kept: for very large sweeps)
     */
    public OutageSimulator(Simulator simulator, int threads, boolean detail) {
        this.simulator = checkNotNull(simulator, "simulator");
        checkArgument(threads >= 1, "The thread count (%s) must be at least 1.", threads);
        this.threads = threads;
        this.detail = detail;
    }

    /**
     * N-1: every plant out in turn (park order), then every existing link out in turn.
     *
     * @param park the park
     * @return one result per outage
     * @throws UnsolvableParkException if the intact park cannot be simulated
     */
    public ResilienceAnalysis nMinusOne(Park park) {
        List<Outage> outages = new ArrayList<>();
        park.plants().keySet().forEach(p -> outages.add(Outage.of(p)));
        for (Link link : park.links().values()) {
            if (link.status() == LinkStatus.EXISTING) {
                outages.add(Outage.of(link.id()));
            }
        }
        return analyse(park, outages);
    }

    /**
     * The given outages (each one plant or link, or a set: N-k), each re-simulated.
     *
     * @param park    the park
     * @param outages the outages, each simulated on its own
     * @return one result per outage, in the order given
     * @throws InvalidValueException    if an outage names a plant or link the park does not have
     * @throws UnsolvableParkException  if the intact park cannot be simulated
     */
    public ResilienceAnalysis analyse(Park park, List<Outage> outages) {
        checkNotNull(park, "park");
        for (Outage outage : outages) {
            for (PlantId plant : outage.plants()) {
                checkKnown(park.plants().containsKey(plant), "plant", plant.value(),
                        park.plants().keySet().stream().map(PlantId::value).toList());
            }
            for (LinkId link : outage.links()) {
                checkKnown(park.links().containsKey(link), "link", link.value(),
                        park.links().keySet().stream().map(LinkId::value).toList());
            }
        }
        long started = System.nanoTime();
        Context context = new Context(park, simulator);
        OutageResult[] results = new OutageResult[outages.size()];
        int used = Math.min(threads, Math.max(1, outages.size()));
        if (used == 1) {
            for (int i = 0; i < results.length; i++) {
                results[i] = run(context, outages.get(i));
            }
        } else {
            runParallel(context, outages, results, used);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.debug("{} outages of park '{}' ({} plants, {} links) re-simulated in {} ms on {}"
                + " threads", results.length, park.name(), park.plants().size(),
                park.links().size(), millis, used);
        return new ResilienceAnalysis(park, context.intactLedger.totals(), List.of(results),
                millis, used);
    }

    /**
     * One outage; see {@link #analyse}.
     *
     * @param park   the park
     * @param outage what is taken out
     * @return what it does
     * @throws InvalidValueException    if the outage names a plant or link the park does not
     *                                  have
     * @throws UnsolvableParkException  if the intact park cannot be simulated
     */
    public OutageResult simulate(Park park, Outage outage) {
        return analyse(park, List.of(outage)).outages().get(0);
    }

    private static void checkKnown(boolean known, String kind, String id, List<String> ids) {
        if (!known) {
            String closest = Suggestions.closest(id, ids);
            throw new InvalidValueException(kind + " '" + id + "'", id, String.format("The"
                    + " outage names %s '%s', which is not in the park: %s", kind, id,
                    closest == null ? "name one of its " + kind + "s." : "maybe '" + closest
                    + "'?"));
        }
    }

    private void runParallel(Context context, List<Outage> outages, OutageResult[] results,
            int used) {
        ExecutorService pool = Executors.newFixedThreadPool(used, new ThreadFactoryBuilder()
                .setDaemon(true).setNameFormat("outage-%d").build());
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < used; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < results.length;
                            i = next.getAndIncrement()) {
                        results[i] = run(context, outages.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The outage analysis was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Re-simulates rounds until no plant is left that cannot run. */
    private OutageResult run(Context c, Outage outage) {
        ParkIndex index = c.index;
        boolean[] out = new boolean[index.plantCount()];
        boolean[] removed = new boolean[index.linkCount()];
        for (PlantId plant : outage.plants()) {
            out[index.plantIndex(plant)] = true;
        }
        for (LinkId link : outage.links()) {
            removed[index.linkIndex(link)] = true;
        }
        boolean[] stoppedPlant = out.clone();
        List<CascadeStep> cascade = new ArrayList<>();
        for (int round = 1; ; round++) {
            boolean[] active = new boolean[index.linkCount()];
            for (int l = 0; l < active.length; l++) {
                active[l] = c.existing[l] && !removed[l] && !stoppedPlant[index.linkFrom(l)]
                        && !stoppedPlant[index.linkTo(l)];
            }
            boolean[] stopped = new boolean[index.processCount()];
            for (int r = 0; r < stopped.length; r++) {
                stopped[r] = stoppedPlant[index.processPlant(r)];
            }
            Simulation simulation;
            try {
                Optional<Simulation> local = c.resolver.without(active, stopped);
                simulation = local.isPresent() ? local.get()
                        : simulator.solve(Simulator.assemble(index, active, stopped));
            } catch (UnsolvableParkException e) {
                return OutageResult.unsolvable(outage, cascade, e.problems());
            }
            List<CascadeStep> failing = c.cannotRun(simulation.state(), stoppedPlant, round);
            if (failing.isEmpty()) {
                return compare(c, outage, out, cascade, simulation);
            }
            for (CascadeStep step : failing) {
                stoppedPlant[index.plantIndex(step.plant())] = true;
                cascade.add(step);
            }
        }
    }

    /** The outage's state against the intact one. */
    private OutageResult compare(Context c, Outage outage, boolean[] out,
            List<CascadeStep> cascade, Simulation simulation) {
        ParkIndex index = c.index;
        FlowState before = c.intact;
        FlowState after = simulation.state();
        Ledger.Totals intact = c.intactLedger.totals();
        Ledger.Totals now = simulation.ledger().totals();
        boolean[] stoppedByCascade = new boolean[index.plantCount()];
        cascade.forEach(s -> stoppedByCascade[index.plantIndex(s.plant())] = true);
        double knockOnResidual = 0;
        double knockOnLifecycle = 0;
        int losing = 0;
        int idle = 0;
        List<PlantImpact> impacts = new ArrayList<>();
        int[] pairStart = c.pairStart;
        // The ledger lists plants in park order, as the index does.
        Ledger.PlantLedger[] lines = simulation.ledger().plants().values()
                .toArray(new Ledger.PlantLedger[0]);
        for (int p = 0; p < index.plantCount(); p++) {
            PlantId plant = index.plant(p);
            Ledger.PlantLedger was = c.intactLines[p];
            Ledger.PlantLedger is = lines[p];
            double residual = is.residual() - was.residual();
            double lifecycle = is.lifecycle() - was.lifecycle();
            if (!out[p]) {
                knockOnResidual += residual;
                knockOnLifecycle += lifecycle;
            }
            List<CarrierChange> carriers = new ArrayList<>();
            boolean buysMore = false;
            for (int k = pairStart[p]; k < pairStart[p + 1]; k++) {
                double b0 = before.bought(k);
                double b1 = after.bought(k);
                double s0 = before.sold(k);
                double s1 = after.sold(k);
                double v0 = before.released(k);
                double v1 = after.released(k);
                if (changed(b0, b1) || changed(s0, s1) || changed(v0, v1)) {
                    carriers.add(new CarrierChange(index.carrier(index.pairCarrier(k)).id(), b0,
                            b1, s0, s1, v0, v1));
                    buysMore |= changed(b0, b1) && b1 > b0;
                }
            }
            List<ProcessId> processesStopped = new ArrayList<>();
            boolean ranBefore = false;
            boolean standsStill = true;
            for (int r = c.firstProcess[p]; r < c.firstProcess[p + 1]; r++) {
                double a0 = before.activity(r);
                double a1 = after.activity(r);
                ranBefore |= a0 > 0;
                standsStill &= !(a1 > REPORTED_CHANGE * a0) || a0 == 0 && a1 == 0;
                if (a0 > 0 && !(a1 > REPORTED_CHANGE * a0)) {
                    processesStopped.add(index.process(r).id());
                }
            }
            Role role;
            if (out[p]) {
                role = Role.OUT;
            } else if (stoppedByCascade[p]) {
                role = Role.CANNOT_RUN;
            } else if (ranBefore && standsStill) {
                role = Role.IDLE;
                idle++;
            } else if (!carriers.isEmpty() || !processesStopped.isEmpty()) {
                role = Role.AFFECTED;
            } else {
                continue;
            }
            if (buysMore && role != Role.OUT && role != Role.CANNOT_RUN) {
                losing++;
            }
            if (detail) {
                impacts.add(new PlantImpact(plant, role, residual, lifecycle,
                        is.cost() - was.cost(), role == Role.OUT || role == Role.CANNOT_RUN
                                ? List.of() : processesStopped, carriers));
            }
        }
        return new OutageResult(outage, OutageResult.Status.RUNS, List.of(), cascade,
                now.residual() - intact.residual(), now.lifecycle() - intact.lifecycle(),
                now.cost() - intact.cost(), knockOnResidual, knockOnLifecycle, losing, idle,
                impacts);
    }

    private static boolean changed(double before, double after) {
        double delta = Math.abs(after - before);
        return delta > REPORTED_CHANGE * Math.max(1, Math.max(Math.abs(before),
                Math.abs(after)));
    }

    /** What every outage of one park shares: the probing park, its index and the intact state. */
    private static final class Context {
        final ParkIndex index;
        final boolean[] existing;
        /** Per carrier: bought only through a probe (no market sells it). */
        final boolean[] probeBuy;
        /** Per carrier: taken only through a probe (no market sells or disposes of it). */
        final boolean[] probeSell;
        final int[] firstProcess;
        final int[] pairStart;
        final FlowState intact;
        final Ledger intactLedger;
        final OutageResolver resolver;
        /** The intact ledger's plant lines, in park (index) order. */
        final Ledger.PlantLedger[] intactLines;
        /** Per pair, intact: production and receipts, and consumption and sendings. */
        final double[] intactSupply;
        final double[] intactUse;

        Context(Park park, Simulator simulator) {
            // The park itself must run: its own error messages are the ones to show.
            simulator.simulate(park);
            Park.Builder probing = park.toBuilder();
            List<Boolean> buys = new ArrayList<>();
            List<Boolean> sells = new ArrayList<>();
            for (Carrier carrier : park.carriers().values()) {
                Optional<Market> market = park.market(carrier.id());
                boolean buy = market.isEmpty() || market.get().buy().isEmpty();
                boolean sell = market.isEmpty() || market.get().sell().isEmpty()
                        && market.get().disposal().isEmpty();
                buys.add(buy);
                sells.add(sell);
                if (buy || sell) {
                    Market probe = market.orElse(null);
                    if (buy) {
                        probe = probe == null ? Market.buy(carrier.id().value(), 0, 0)
                                : probe.withBuy(0, 0);
                    }
                    if (sell) {
                        probe = probe.withSell(0, 0);
                    }
                    probing.replaceMarket(probe);
                }
            }
            index = ParkIndex.of(probing.build());
            probeBuy = new boolean[index.carrierCount()];
            probeSell = new boolean[index.carrierCount()];
            for (int i = 0; i < probeBuy.length; i++) {
                probeBuy[i] = buys.get(i);
                probeSell[i] = sells.get(i);
            }
            existing = new boolean[index.linkCount()];
            for (int l = 0; l < existing.length; l++) {
                existing[l] = index.linkExists(l);
            }
            firstProcess = new int[index.plantCount() + 1];
            for (int r = 0; r < index.processCount(); r++) {
                firstProcess[index.processPlant(r) + 1]++;
            }
            for (int p = 0; p < index.plantCount(); p++) {
                firstProcess[p + 1] += firstProcess[p];
            }
            pairStart = new int[index.plantCount() + 1];
            for (int k = 0; k < index.pairCount(); k++) {
                pairStart[index.pairPlant(k) + 1]++;
            }
            for (int p = 0; p < index.plantCount(); p++) {
                pairStart[p + 1] += pairStart[p];
            }
            resolver = OutageResolver.of(simulator, index, existing);
            Simulation whole = resolver.base();
            intact = whole.state();
            intactLedger = whole.ledger();
            intactLines = intactLedger.plants().values().toArray(new Ledger.PlantLedger[0]);
            intactSupply = new double[index.pairCount()];
            intactUse = new double[index.pairCount()];
            accumulate(intact, intactSupply, intactUse);
        }

        private void accumulate(FlowState state, double[] supply, double[] use) {
            double[] activity = new double[index.processCount()];
            double[] flow = new double[index.linkCount()];
            boolean[] active = new boolean[index.linkCount()];
            for (int r = 0; r < activity.length; r++) {
                activity[r] = state.activity(r);
            }
            for (int l = 0; l < flow.length; l++) {
                flow[l] = state.flow(l);
                active[l] = state.linkActive(l);
            }
            FlowState.accumulate(index, activity, flow, active, supply, use);
        }

        /**
         * The plants (not yet stopped) that need a carrier only a probe sold them, or have one
         * only a probe took, beyond rounding: the errors the park itself would raise.
         */
        List<CascadeStep> cannotRun(FlowState state, boolean[] stoppedPlant, int round) {
            List<Integer> suspects = new ArrayList<>();
            for (int k = 0; k < index.pairCount(); k++) {
                int carrier = index.pairCarrier(k);
                if (probeBuy[carrier] && state.bought(k) > 0
                        || probeSell[carrier] && state.sold(k) > 0) {
                    suspects.add(k);
                }
            }
            if (suspects.isEmpty()) {
                return List.of();
            }
            double[] supply = new double[index.pairCount()];
            double[] use = new double[index.pairCount()];
            accumulate(state, supply, use);
            List<CascadeStep> steps = new ArrayList<>();
            boolean[] named = new boolean[index.plantCount()];
            for (int k : suspects) {
                int plant = index.pairPlant(k);
                int carrier = index.pairCarrier(k);
                // Rounding is judged against the pair's amounts intact as well as now: a loop
                // that the outage drains to zero leaves traces of the tolerance of the intact
                // amounts, not of the vanishing new ones.
                double scale = Math.max(Math.max(supply[k], use[k]),
                        Math.max(intactSupply[k], intactUse[k]));
                boolean shortfall = probeBuy[carrier] && state.bought(k) > 0;
                double amount = shortfall ? state.bought(k) : state.sold(k);
                if (stoppedPlant[plant] || named[plant] || amount <= Park.TOLERANCE * scale) {
                    continue;
                }
                named[plant] = true;
                steps.add(new CascadeStep(round, index.plant(plant), index.carrier(carrier).id(),
                        amount, shortfall));
            }
            return steps;
        }
    }
}
