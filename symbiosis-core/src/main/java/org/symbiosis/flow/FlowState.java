package org.symbiosis.flow;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;

/**
 * A solution of a park: the activity of every process, the flow on every link, and per plant and
 * carrier what is bought, sold and released. Both the simulator and the optimiser produce one; the
 * ledger and every report read it. Immutable. Every flow state satisfies the balance of
 * DESIGN.md at every plant and carrier:
 *
 * <pre>
 *   sum_r out[r,c] a_r + sum_l into (p,c) (1 - loss_l) f_l + b[p,c]
 *       = sum_r in[r,c] a_r + sum_l out of (p,c) f_l + s[p,c] + v[p,c]
 * </pre>
 * Units: activities in reference units per year, everything else in the carrier's unit per year.
 */
public final class FlowState {

    private final ParkIndex index;
    private final double[] activity;
    private final double[] flow;
    private final boolean[] linkActive;
    private final double[] bought;
    private final double[] sold;
    private final double[] released;
    /** Per market with origins, what each origin supplies, in the market's origin order. */
    private final Map<CarrierId, double[]> fromOrigins;

    /**
     * A flow state from its parts, copied, with purchases split over each market's origins by the
     * market's rule (shares, or in order up to capacities). Arrays are indexed as in {@code
     * index}: activities by process, flows and activeness by link, bought, sold and released by
     * pair.
     *
     * @param index      the park's index, which the arrays follow
     * @param activity   per process, reference units per year
     * @param flow       per link, what leaves the source (before losses), carrier unit per year
     * @param linkActive per link, whether it is in use; the balance ignores inactive links
     * @param bought     per pair, bought from the market, carrier unit per year
     * @param sold       per pair, sold to the market, carrier unit per year
     * @param released   per pair, released through the disposal route, carrier unit per year
     * @throws IllegalArgumentException if an array's length does not match {@code index}
     * @throws UnsolvableParkException if a market's origins cannot supply what is bought, or if a
     *                                 number is not finite (the park's numbers overflow),
     *                                 naming the process, link, or plant and carrier
     */
    public FlowState(ParkIndex index, double[] activity, double[] flow, boolean[] linkActive,
            double[] bought, double[] sold, double[] released) {
        this(index, activity, flow, linkActive, bought, sold, released,
                splitOverOrigins(index, bought));
    }

    /**
     * A flow state from its parts, copied, with the amount each origin supplies given (an
     * optimiser chooses them), per carrier in the market's origin order.
     *
     * @param index       the park's index, which the arrays follow
     * @param activity    per process, reference units per year
     * @param flow        per link, what leaves the source (before losses), carrier unit per year
     * @param linkActive  per link, whether it is in use; the balance ignores inactive links
     * @param bought      per pair, bought from the market, carrier unit per year
     * @param sold        per pair, sold to the market, carrier unit per year
     * @param released    per pair, released through the disposal route, carrier unit per year
     * @param fromOrigins per market carrier, what each origin supplies in the market's origin
     *                    order, carrier unit per year; a carrier left out has nothing from
     *                    origins. Neither checked against the origins nor against
     *                    {@code bought}
     * @throws IllegalArgumentException if an array's length does not match {@code index}
     * @throws UnsolvableParkException if a number is not finite (the park's numbers overflow),
     *                                 naming the process, link, or plant and carrier
     */
    public FlowState(ParkIndex index, double[] activity, double[] flow, boolean[] linkActive,
            double[] bought, double[] sold, double[] released,
            Map<CarrierId, double[]> fromOrigins) {
        checkArgument(activity.length == index.processCount(), "one activity per process");
        checkArgument(flow.length == index.linkCount() && linkActive.length == flow.length,
                "one flow per link");
        checkArgument(bought.length == index.pairCount() && sold.length == bought.length
                && released.length == bought.length, "one purchase, sale and release per pair");
        Overflow.checkState(index, activity, flow, bought, sold, released);
        this.index = index;
        this.activity = activity.clone();
        this.flow = flow.clone();
        this.linkActive = linkActive.clone();
        this.bought = bought.clone();
        this.sold = sold.clone();
        this.released = released.clone();
        Map<CarrierId, double[]> copy = new LinkedHashMap<>();
        fromOrigins.forEach((c, amounts) -> copy.put(c, amounts.clone()));
        this.fromOrigins = Collections.unmodifiableMap(copy);
    }

    /** Splits each market's total purchases over its origins; names any that cannot. */
    private static Map<CarrierId, double[]> splitOverOrigins(ParkIndex index, double[] bought) {
        Map<CarrierId, double[]> split = new LinkedHashMap<>();
        List<ParkIssue> problems = new ArrayList<>();
        double[] total = new double[index.carrierCount()];
        for (int k = 0; k < bought.length; k++) {
            total[index.pairCarrier(k)] += bought[k];
        }
        for (Market market : index.park().markets().values()) {
            if (market.buy().isEmpty() || market.buy().get().origins().isEmpty()) {
                continue;
            }
            Market.Purchase buy = market.buy().get();
            double amount = total[index.carrierIndex(market.carrier())];
            double[] amounts = buy.split(amount);
            if (amounts == null) {
                double capacity = buy.origins().stream().mapToDouble(Market.Origin::capacity)
                        .sum();
                problems.add(ParkIssue.error("market '" + market.carrier() + "'", String.format(
                        "The park buys %s %s of '%s', more than its origins"
                        + " can supply (%s in all): raise an origin's capacity, or add an origin"
                        + " without one.", amount(amount), index.park().carrier(market.carrier())
                        .unit(), market.carrier(), amount(capacity))));
                continue;
            }
            split.put(market.carrier(), amounts);
        }
        if (!problems.isEmpty()) {
            throw new UnsolvableParkException(problems);
        }
        return split;
    }

    /**
     * What each origin of the market for {@code carrier} supplies, in the market's origin
     * order; empty when the market has no origins.
     *
     * @param carrier the market's carrier
     * @return a copy, carrier unit per year; empty also when the park has no market for
     *         {@code carrier} or the market does not buy
     */
    public double[] fromOrigins(CarrierId carrier) {
        double[] amounts = fromOrigins.get(carrier);
        return amounts == null ? new double[0] : amounts.clone();
    }

    /**
     * Completes activities and link flows into a flow state: at each plant and carrier a surplus
     * is sold where the market buys it, else released where a disposal route exists; a shortfall
     * is bought. What a market cannot take beyond its sale limit is released, shared over the
     * sellers in proportion to their surplus. Imbalances within {@link Park#TOLERANCE} (relative) are rounding and are dropped
     * where no market could take them.
     *
     * @param index      the park's index, which the arrays follow
     * @param activity   per process, reference units per year
     * @param flow       per link, what leaves the source (before losses), carrier unit per year
     * @param linkActive per link, whether it is in use; inactive links carry nothing
     * @return the state, with purchases split over each market's origins
     * @throws UnsolvableParkException naming every plant and carrier whose shortfall cannot be
     *                                 bought or whose surplus cannot be sold or released, and
     *                                 every market whose sale limit is exceeded with no
     *                                 disposal route for the rest; or, as
     *                                 the constructor, when origins cannot supply what is bought
     *                                 or a number overflows
     */
    public static FlowState settle(ParkIndex index, double[] activity, double[] flow,
            boolean[] linkActive) {
        int pairs = index.pairCount();
        double[] supply = new double[pairs];
        double[] use = new double[pairs];
        accumulate(index, activity, flow, linkActive, supply, use);
        double[] bought = new double[pairs];
        double[] sold = new double[pairs];
        double[] released = new double[pairs];
        List<ParkIssue> problems = new ArrayList<>();
        Park park = index.park();
        for (int k = 0; k < pairs; k++) {
            double net = supply[k] - use[k];
            double scale = Math.max(supply[k], use[k]);
            boolean negligible = Math.abs(net) <= Park.TOLERANCE * scale;
            Carrier carrier = index.carrier(index.pairCarrier(k));
            PlantId plant = index.plant(index.pairPlant(k));
            Optional<Market> market = park.market(carrier.id());
            if (net < 0) {
                if (market.isPresent() && market.get().buy().isPresent()) {
                    bought[k] = -net;
                } else if (!negligible) {
                    problems.add(ParkIssue.error("plant '" + plant + "'", String.format(
                            "Plant '%s' needs %s %s of '%s' that nothing"
                            + " supplies and no market sells: add a link that brings it, or"
                            + " 'buy' to the market for '%s'.", plant, amount(-net),
                            carrier.unit(), carrier.id(), carrier.id())));
                }
            } else if (net > 0) {
                if (market.isPresent() && market.get().sell().isPresent()) {
                    sold[k] = net;
                } else if (market.isPresent() && market.get().disposal().isPresent()) {
                    released[k] = net;
                } else if (!negligible) {
                    problems.add(ParkIssue.error("plant '" + plant + "'", String.format(
                            "Plant '%s' has %s %s of '%s' that it can"
                            + " neither route, sell nor release: add a link that takes it, or"
                            + " 'sell' or 'disposal' to the market for '%s'.", plant,
                            amount(net), carrier.unit(), carrier.id(), carrier.id())));
                }
            }
        }
        holdSaleLimits(index, sold, released, problems);
        if (!problems.isEmpty()) {
            throw new UnsolvableParkException(problems);
        }
        return new FlowState(index, activity, flow, linkActive, bought, sold, released);
    }

    /**
     * Where the park would sell more of a carrier than its market takes ({@link
     * Market.Sale#maximum()}), each seller keeps its share of the limit, in proportion to its
     * surplus, and releases the rest where the market has a disposal route; without one, the
     * excess is a problem naming the market, its limit and the fix. O(pairs).
     */
    private static void holdSaleLimits(ParkIndex index, double[] sold, double[] released,
            List<ParkIssue> problems) {
        List<Market> limited = new ArrayList<>();
        for (Market market : index.park().markets().values()) {
            if (market.sell().isPresent() && Double.isFinite(market.sell().get().maximum())) {
                limited.add(market);
            }
        }
        if (limited.isEmpty()) {
            return;
        }
        double[] total = new double[index.carrierCount()];
        for (int k = 0; k < sold.length; k++) {
            total[index.pairCarrier(k)] += sold[k];
        }
        double[] keep = new double[total.length];
        java.util.Arrays.fill(keep, 1);
        boolean any = false;
        for (Market market : limited) {
            int c = index.carrierIndex(market.carrier());
            double maximum = market.sell().get().maximum();
            if (total[c] <= maximum * (1 + Park.TOLERANCE) + Park.TOLERANCE) {
                continue;
            }
            Carrier carrier = index.carrier(c);
            if (market.disposal().isEmpty()) {
                problems.add(ParkIssue.error("market '" + market.carrier() + "'", String.format(
                        "The park has %s %s of '%s' to sell, more than its market takes (%s%s):"
                        + " lower what the park makes of it, add a link that uses it, raise the"
                        + " limit with its source, or give the market a 'disposal' route for"
                        + " the rest.", amount(total[c]), carrier.unit(), carrier.id(),
                        amount(maximum), limitBasis(market.sell().get()))));
                continue;
            }
            keep[c] = maximum / total[c];
            any = true;
        }
        if (!any) {
            return;
        }
        for (int k = 0; k < sold.length; k++) {
            double share = keep[index.pairCarrier(k)];
            if (share < 1 && sold[k] > 0) {
                released[k] += sold[k] * (1 - share);
                sold[k] *= share;
            }
        }
    }

    /** How a sale's maximum comes about, for a message: " as a blending limit: 1 % of ...". */
    static String limitBasis(Market.Sale sale) {
        return sale.limitingBlend().map(b -> String.format(java.util.Locale.ROOT, ", %s %% of %s", amount(
                        100 * b.share()), b.into())).orElse("");
    }

    /**
     * Adds each pair's supply (production and receipts) and use (consumption and sendings). The
     * arrays are added to, not cleared. O(coefficients + links).
     *
     * @param index      the park's index, which the arrays follow
     * @param activity   per process, reference units per year
     * @param flow       per link, what leaves the source, carrier unit per year
     * @param linkActive per link, whether it is in use; inactive links are skipped
     * @param supply     per pair, to add to: output of processes and what active links deliver
     *                   (after losses)
     * @param use        per pair, to add to: input of processes and what active links take
     *                   (before losses)
     */
    public static void accumulate(ParkIndex index, double[] activity, double[] flow,
            boolean[] linkActive, double[] supply, double[] use) {
        for (int r = 0; r < index.processCount(); r++) {
            double a = activity[r];
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                supply[index.outPair(e)] += index.outCoefficient(e) * a;
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                use[index.inPair(e)] += index.inCoefficient(e) * a;
            }
        }
        for (int l = 0; l < index.linkCount(); l++) {
            if (linkActive[l]) {
                use[index.linkFromPair(l)] += flow[l];
                supply[index.linkToPair(l)] += (1 - index.linkLoss(l)) * flow[l];
            }
        }
    }

    static String amount(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    /**
     * The index the arrays of this state follow.
     *
     * @return the index, shared with the engine that made the state
     */
    public ParkIndex index() {
        return index;
    }

    /**
     * The park this state solves.
     *
     * @return the park of {@link #index()}
     */
    public Park park() {
        return index.park();
    }

    /**
     * The activity of a process.
     *
     * @param process the process's index
     * @return reference units per year
     */
    public double activity(int process) {
        return activity[process];
    }

    /**
     * The activity of a process.
     *
     * @param process the process's id
     * @return reference units per year
     * @throws IllegalArgumentException if the park has no such process
     */
    public double activity(ProcessId process) {
        return activity[index.processIndex(process)];
    }

    /**
     * The flow on a link: what leaves its source; {@code (1 - loss) * flow} arrives.
     *
     * @param link the link's index
     * @return carrier unit per year
     */
    public double flow(int link) {
        return flow[link];
    }

    /**
     * The flow on a link: what leaves its source; {@code (1 - loss) * flow} arrives.
     *
     * @param link the link's id
     * @return carrier unit per year
     * @throws IllegalArgumentException if the park has no such link
     */
    public double flow(LinkId link) {
        return flow[index.linkIndex(link)];
    }

    /**
     * Whether the link was in use in this state (switched-off and candidate links are not).
     *
     * @param link the link's index
     * @return true if the link was in use
     */
    public boolean linkActive(int link) {
        return linkActive[link];
    }

    /**
     * Amount lost on the link, {@code loss * flow}.
     *
     * @param link the link's index
     * @return carrier unit per year
     */
    public double linkLoss(int link) {
        return index.linkLoss(link) * flow[link];
    }

    /**
     * What a plant buys of a carrier from the market.
     *
     * @param pair the (plant, carrier) pair's index
     * @return carrier unit per year
     */
    public double bought(int pair) {
        return bought[pair];
    }

    /**
     * What a plant sells of a carrier to the market.
     *
     * @param pair the (plant, carrier) pair's index
     * @return carrier unit per year
     */
    public double sold(int pair) {
        return sold[pair];
    }

    /**
     * What a plant releases of a carrier through the market's disposal route.
     *
     * @param pair the (plant, carrier) pair's index
     * @return carrier unit per year
     */
    public double released(int pair) {
        return released[pair];
    }

    /**
     * What a plant buys of a carrier from the market.
     *
     * @param plant   the plant
     * @param carrier the carrier
     * @return carrier unit per year; 0 when the plant never touches the carrier
     * @throws IllegalArgumentException if the park has no such plant or carrier
     */
    public double bought(PlantId plant, CarrierId carrier) {
        int k = pairOf(plant, carrier);
        return k < 0 ? 0 : bought[k];
    }

    /**
     * What a plant sells of a carrier to the market.
     *
     * @param plant   the plant
     * @param carrier the carrier
     * @return carrier unit per year; 0 when the plant never touches the carrier
     * @throws IllegalArgumentException if the park has no such plant or carrier
     */
    public double sold(PlantId plant, CarrierId carrier) {
        int k = pairOf(plant, carrier);
        return k < 0 ? 0 : sold[k];
    }

    /**
     * What a plant releases of a carrier through the market's disposal route.
     *
     * @param plant   the plant
     * @param carrier the carrier
     * @return carrier unit per year; 0 when the plant never touches the carrier
     * @throws IllegalArgumentException if the park has no such plant or carrier
     */
    public double released(PlantId plant, CarrierId carrier) {
        int k = pairOf(plant, carrier);
        return k < 0 ? 0 : released[k];
    }

    private int pairOf(PlantId plant, CarrierId carrier) {
        return index.pair(index.plantIndex(plant), index.carrierIndex(carrier));
    }

    /**
     * The largest violation of the balance over all plants and carriers, relative to the larger
     * side of that balance (0 for a perfect state). The shared invariant check of every engine.
     * O(coefficients + links).
     *
     * @return the worst relative imbalance, 0 or more
     */
    public double maxBalanceError() {
        int pairs = index.pairCount();
        double[] supply = new double[pairs];
        double[] use = new double[pairs];
        accumulate(index, activity, flow, linkActive, supply, use);
        double worst = 0;
        for (int k = 0; k < pairs; k++) {
            double in = supply[k] + bought[k];
            double out = use[k] + sold[k] + released[k];
            double scale = Math.max(Math.max(in, out), Double.MIN_NORMAL);
            worst = Math.max(worst, Math.abs(in - out) / scale);
        }
        return worst;
    }
}
