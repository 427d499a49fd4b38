package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.Process;
import org.symbiosis.model.Severity;
import org.symbiosis.optimize.lp.MinCostFlowNetwork;
import org.symbiosis.optimize.lp.MinCostFlowSolver;
import org.symbiosis.optimize.lp.Solvers;

/**
 * Single-carrier allocation as a min-cost flow (the {@link MinCostFlowSolver} of the classpath's
 * solver provider, OR-Tools' network simplex with {@code symbiosis-ortools}): where should each
 * unit of one carrier (captured CO2, say) go? Given a flow state, the processes that take the
 * carrier in and are not fixed become <em>sinks</em> whose activity is free within capacity;
 * every other process keeps its activity, so each plant has a fixed surplus (a source) or need of
 * the carrier. The carrier moves on its links (existing and candidate; lossless), is absorbed by
 * sinks, and what is left at a plant is sold or released; a need is bought. Costs per unit follow
 * the {@link Objective}: link costs, the sink's process cost and its other inputs and outputs at
 * market terms, release and purchase costs with their emissions.
 *
 * <p>Network simplex works on integers: amounts are rounded to 1/1000 of a unit and unit costs to
 * 1/1000 of the objective's unit, which bounds the result's precision. The objective value counts
 * only what the allocation decides (link, sink, purchase and release costs). The same problem as
 * a linear program (the park LP with the non-sink activities fixed) gives the same optimum; the
 * tests check it.
 * Shadow prices are not produced here (use the LP). Cost: O(arcs log) per augmentation.
 */
public final class MinCostFlowAllocator {

    static final double AMOUNT_SCALE = 1e3;
    static final double COST_SCALE = 1e6;

    private final Objective objective;
    private final MinCostFlowSolver solver;

    /**
     * An allocator with the classpath's min-cost-flow solver.
     *
     * @param objective what a unit costs
     * @throws org.symbiosis.optimize.lp.NoSolverException if no solver provider offers one
     */
    public MinCostFlowAllocator(Objective objective) {
        this(objective, Solvers.minCostFlow());
    }

    /**
     * An allocator with the given solver.
     *
     * @param objective what a unit costs
     * @param solver    the min-cost-flow solver
     */
    public MinCostFlowAllocator(Objective objective, MinCostFlowSolver solver) {
        this.objective = checkNotNull(objective);
        this.solver = checkNotNull(solver);
    }

    /**
     * Re-allocates {@code carrier} in {@code base}; the rest of the state is kept.
     *
     * @param base    the state to start from, e.g. a simulation's
     * @param carrier the carrier to re-allocate
     * @return the allocation, with its state and ledger when optimal; infeasible or not solved
     *         with a diagnosis otherwise (no shadow prices or capacity values either way)
     * @throws InvalidValueException   if a link of the carrier has a loss
     * @throws UnsolvableParkException if a sink has another input that no market sells or
     *                                 another output that can be neither sold nor released
     */
    public OptimizationResult allocate(FlowState base, CarrierId carrier) {
        long t0 = System.nanoTime();
        ParkIndex index = base.index();
        int c = index.carrierIndex(carrier);
        Carrier carrierSpec = index.carrier(c);
        int plants = index.plantCount();
        double perTonne = objective.perTonne();
        double perMoney = objective.costWeight();

        boolean[] sink = new boolean[index.processCount()];
        double[] net = new double[plants];
        for (int r = 0; r < index.processCount(); r++) {
            Process p = index.process(r);
            int plant = index.processPlant(r);
            double in = p.input(carrier);
            if (in > 0 && !(p.rule() instanceof OperatingRule.Fixed)) {
                sink[r] = true;
                continue;
            }
            net[plant] += (p.output(carrier) - in) * base.activity(r);
        }
        // "Unlimited" must stay far from overflow: no arc ever needs to carry more than all the
        // supplies and needs together.
        long supplies = 0;
        long needs = 0;
        for (int p = 0; p < plants; p++) {
            long a = supplyAmount(net[p]);
            supplies += Math.max(0, a);
            needs += Math.max(0, -a);
        }
        final long unlimited = supplies + needs + 1;
        MinCostFlowNetwork flow = new MinCostFlowNetwork(plants + 2);
        int superSink = plants;
        List<int[]> linkArcs = new ArrayList<>();
        long totalSupply = 0;
        for (int l = 0; l < index.linkCount(); l++) {
            if (index.linkCarrier(l) != c) {
                continue;
            }
            Link link = index.link(l);
            if (link.loss() != 0) {
                throw new InvalidValueException("link '" + link.id() + "'",
                        String.valueOf(link.loss()), String.format("The link '%s' loses %s of its"
                        + " flow; a min-cost flow cannot carry losses. Use the linear program"
                        + " (symbiosis optimize) for this carrier.", link.id(), link.loss()));
            }
            int arc = flow.addArc(index.linkFrom(l), index.linkTo(l),
                    Math.min(unlimited, amount(link.capacity())),
                    cost(perMoney * link.costPerUnit()));
            linkArcs.add(new int[] {l, arc});
        }
        Optional<Market> market = index.park().market(carrier);
        double saleLimit = market.flatMap(Market::sell).map(Market.Sale::maximum)
                .orElse(Double.POSITIVE_INFINITY);
        checkArgument(Double.isInfinite(saleLimit), "The market for '%s' takes at most %s per"
                + " year; a min-cost flow has no bound shared by all sellers. Use the linear"
                + " program (symbiosis optimize without --allocate) for this carrier.", carrier,
                saleLimit);
        double leaveCost = Double.NaN;
        if (market.isPresent() && market.get().sell().isPresent()) {
            leaveCost = -perMoney * market.get().sell().get().price();
        } else if (market.isPresent() && market.get().disposal().isPresent()) {
            Market.Disposal d = market.get().disposal().get();
            leaveCost = perMoney * d.costPerUnit() + perTonne * (d.kind() == DisposalKind.AIR
                    ? carrierSpec.netGwpPerUnit() : 0);
        }
        double buyCost = Double.NaN;
        if (market.isPresent() && market.get().buy().isPresent()) {
            Market.Purchase b = market.get().buy().get();
            buyCost = perMoney * b.price() + perTonne * (carrierSpec.kind() == CarrierKind.MATERIAL
                    ? 0 : b.emissionFactor());
        }
        int superSource = plants + 1;
        List<int[]> sinkArcs = new ArrayList<>();
        for (int p = 0; p < plants; p++) {
            long supply = supplyAmount(net[p]);
            flow.setSupply(p, supply);
            totalSupply += supply;
            if (!Double.isNaN(leaveCost)) {
                flow.addArc(p, superSink, unlimited, cost(leaveCost));
            }
            if (!Double.isNaN(buyCost)) {
                flow.addArc(superSource, p, unlimited, cost(buyCost));
            }
        }
        for (int r = 0; r < index.processCount(); r++) {
            if (!sink[r]) {
                continue;
            }
            Process p = index.process(r);
            double in = p.input(carrier);
            int arc = flow.addArc(index.processPlant(r), superSink,
                    Math.min(unlimited, amount(p.capacity() * in)),
                    cost(sinkCostPerActivity(index, p, carrier) / in));
            sinkArcs.add(new int[] {r, arc});
        }
        // The super-source may supply anything; the super-sink takes the balance.
        long sourceCapacity = needs + 1;
        flow.setSupply(superSource, sourceCapacity);
        flow.setSupply(superSink, -(totalSupply + sourceCapacity));
        flow.addArc(superSource, superSink, sourceCapacity, 0);
        long t1 = System.nanoTime();
        MinCostFlowSolver.Result solved = solver.solve(flow);
        MinCostFlowSolver.Status status = solved.status();
        long t2 = System.nanoTime();
        if (status != MinCostFlowSolver.Status.OPTIMAL) {
            String diagnosis = status == MinCostFlowSolver.Status.INFEASIBLE
                    ? String.format(Locale.ROOT, "The '%s' cannot all be placed: links, sinks and"
                            + " the market together cannot take it (or a need cannot be bought)."
                            + " Add 'disposal' or 'sell' to the market for '%s', or capacity.",
                            carrier, carrier)
                    : "The min-cost flow solver stopped without an answer ("
                            + solved.note() + ").";
            return new OptimizationResult(status == MinCostFlowSolver.Status.INFEASIBLE
                    ? OptimizationStatus.INFEASIBLE : OptimizationStatus.NOT_SOLVED, diagnosis,
                    Optional.empty(), Optional.empty(), Double.NaN, List.of(), List.of(),
                    t1 - t0, t2 - t1, solver.name());
        }
        double[] activity = new double[index.processCount()];
        for (int r = 0; r < activity.length; r++) {
            activity[r] = sink[r] ? 0 : base.activity(r);
        }
        for (int[] sa : sinkArcs) {
            activity[sa[0]] = solved.flow(sa[1]) / AMOUNT_SCALE / index.process(sa[0])
                    .input(carrier);
        }
        double[] flows = new double[index.linkCount()];
        boolean[] active = new boolean[index.linkCount()];
        for (int l = 0; l < flows.length; l++) {
            flows[l] = base.flow(l);
            active[l] = base.linkActive(l);
        }
        for (int[] la : linkArcs) {
            flows[la[0]] = solved.flow(la[1]) / AMOUNT_SCALE;
            active[la[0]] = true;
        }
        FlowState state = FlowState.settle(index, activity, flows, active);
        double objectiveValue = solved.optimalCost() / COST_SCALE;
        return new OptimizationResult(OptimizationStatus.OPTIMAL, "", Optional.of(state),
                Optional.of(Ledger.of(state)), objectiveValue, List.of(), List.of(), t1 - t0,
                t2 - t1, solver.name());
    }

    /**
     * Objective cost of one unit of a sink's activity apart from the carrier itself: its variable
     * cost, its other inputs bought and its other outputs sold or released at market terms.
     */
    private double sinkCostPerActivity(ParkIndex index, Process p, CarrierId carrier) {
        double perTonne = objective.perTonne();
        double perMoney = objective.costWeight();
        double total = perMoney * p.variableCost();
        for (var e : p.inputs().entrySet()) {
            if (e.getKey().equals(carrier)) {
                continue;
            }
            Carrier other = index.park().carrier(e.getKey());
            Market.Purchase b = index.park().market(other.id()).flatMap(Market::buy)
                    .orElseThrow(() -> unpriced(p, other, String.format("The sink process '%s'"
                            + " needs '%s', which no market sells; the allocation prices a"
                            + " sink's other inputs at market terms: give '%s' a market that"
                            + " sells it, or use the linear program (symbiosis optimize).",
                            p.id(), other.id(), other.id())));
            total += e.getValue() * (perMoney * b.price() + perTonne * (other.kind()
                    == CarrierKind.MATERIAL ? 0 : b.emissionFactor()));
        }
        for (var e : p.outputs().entrySet()) {
            Carrier other = index.park().carrier(e.getKey());
            Optional<Market> m = index.park().market(other.id());
            if (m.isPresent() && m.get().sell().isPresent()) {
                total -= e.getValue() * perMoney * m.get().sell().get().price();
            } else if (m.isPresent() && m.get().disposal().isPresent()) {
                Market.Disposal d = m.get().disposal().get();
                total += e.getValue() * (perMoney * d.costPerUnit() + perTonne
                        * (d.kind() == DisposalKind.AIR ? other.netGwpPerUnit() : 0));
            } else {
                throw unpriced(p, other, String.format("The sink process '%s' makes '%s',"
                        + " which can be neither sold nor released; the allocation prices a"
                        + " sink's other outputs at market terms: give '%s' a market that buys"
                        + " it or a disposal route, or use the linear program (symbiosis"
                        + " optimize).", p.id(), other.id(), other.id()));
            }
        }
        return total;
    }

    private static UnsolvableParkException unpriced(Process p, Carrier other, String message) {
        return new UnsolvableParkException(List.of(new ParkIssue(Severity.ERROR, "process '"
                + p.id() + "'", message, "", "", other.id().value())));
    }

    /**
     * A plant's net supply in integer units, rounded towards a shortfall (a source offers a
     * little less than it has, a consumer asks a little more than it needs), so that the rounded
     * flows never take more from a plant than it has: the rest, under one unit of 10^-3, stays
     * at the source and is sold or released there.
     */
    private static long supplyAmount(double units) {
        return (long) Math.floor(units * AMOUNT_SCALE);
    }

    private static long amount(double units) {
        return Double.isInfinite(units) ? Long.MAX_VALUE : Math.round(units * AMOUNT_SCALE);
    }

    private static long cost(double perUnit) {
        return Math.round(perUnit * COST_SCALE / AMOUNT_SCALE);
    }
}
