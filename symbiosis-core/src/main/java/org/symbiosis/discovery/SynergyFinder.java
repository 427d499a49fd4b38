package org.symbiosis.discovery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Location;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;

/**
 * Proposes new links from a simulated park: wherever plant S releases or sells a carrier c and
 * another plant T buys c, or buys a carrier r that c may replace by a declared
 * {@link Substitution} and T has a recipe taking c, and no link of c already joins S to T, and
 * the plants are within the distance (haversine between their locations; a pair whose distance
 * is unknown is kept and said so), the link S -> T of c is a candidate. Per candidate, first
 * order, on its own:
 *
 * <pre>
 *   amount   q = min(released + sold of c at S, bought of r at T / ratio)
 *   avoided    = q x ratio x lifecycle factor of r   (scope 2 factor for electricity and heat,
 *                                                     else cradle to gate + transport)
 *              + min(q, released at S) x GWP of c     (when c is released to air)
 *   transport  = distance x rate per unit and km
 *   cost       = q x transport + sold part x sale price of c
 *              - q x ratio x purchase price of r - released part x disposal cost of c
 * </pre>
 * Ranked by avoided life-cycle emissions, then by amount. O(offers x buyers of each carrier).
 * Stateless and thread-safe.
 */
public final class SynergyFinder {

    private static final Logger LOG = LoggerFactory.getLogger(SynergyFinder.class);

    /** Mean Earth radius, km (IUGG), for haversine distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private final double maxDistanceKm;
    private final double costPerUnitKm;
    private final List<Substitution> substitutions;

    /**
     * @param maxDistanceKm the longest link proposed, km (pairs without locations are kept)
     * @param costPerUnitKm rough transport cost per unit of carrier and km, in the park's
     *                      currency
     * @param substitutions declared substitutions (the same carrier is always proposed)
     */
    public SynergyFinder(double maxDistanceKm, double costPerUnitKm,
            List<Substitution> substitutions) {
        checkArgument(maxDistanceKm >= 0 && !Double.isNaN(maxDistanceKm), "The largest distance"
                + " (%s km) must be 0 or more.", maxDistanceKm);
        checkArgument(costPerUnitKm >= 0 && Double.isFinite(costPerUnitKm), "The transport cost"
                + " (%s per unit and km) must be a number of 0 or more.", costPerUnitKm);
        this.maxDistanceKm = maxDistanceKm;
        this.costPerUnitKm = costPerUnitKm;
        this.substitutions = List.copyOf(substitutions);
    }

    /**
     * The great-circle distance between two locations (haversine).
     *
     * @param a one location
     * @param b the other
     * @return the distance, km
     */
    public static double distanceKm(Location a, Location b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The candidates of a simulated state (the park with symbiosis), best first.
     *
     * @param state the simulated state
     * @return the candidates, ranked
     * @throws IllegalArgumentException if a substitution names a carrier the park does not have
     */
    public List<Synergy> find(FlowState state) {
        checkNotNull(state, "state");
        ParkIndex index = state.index();
        Park park = state.park();
        for (Substitution s : substitutions) {
            for (CarrierId c : List.of(s.offered(), s.replaced())) {
                checkArgument(park.carriers().containsKey(c), "The substitution of '%s' for '%s'"
                        + " names carrier '%s', which is not in the park; its carriers are %s.",
                        s.offered(), s.replaced(), c, park.carriers().keySet());
            }
        }
        double[] has = has(state);
        Set<String> joined = new HashSet<>();
        for (Link link : park.links().values()) {
            joined.add(link.from() + "\n" + link.to() + "\n" + link.carrier());
        }
        Map<String, Double> pushed = pushShares(park);
        // The pairs that buy each carrier: an offer is matched against its carrier's buyers
        // only, not every pair of the park.
        List<List<Integer>> buyers = new ArrayList<>();
        for (int c = 0; c < index.carrierCount(); c++) {
            buyers.add(new ArrayList<>());
        }
        for (int q = 0; q < index.pairCount(); q++) {
            if (state.bought(q) > 0) {
                buyers.get(index.pairCarrier(q)).add(q);
            }
        }
        List<Synergy> found = new ArrayList<>();
        for (int k = 0; k < index.pairCount(); k++) {
            double released = state.released(k);
            double available = released + state.sold(k);
            if (!(available > 0)) {
                continue;
            }
            int source = index.pairPlant(k);
            Carrier offered = index.carrier(index.pairCarrier(k));
            List<Synergy> group = new ArrayList<>();
            List<Substitution> ways = new ArrayList<>();
            ways.add(null);
            substitutions.stream().filter(s -> s.offered().equals(offered.id()))
                    .forEach(ways::add);
            for (Substitution way : ways) {
                CarrierId replaced = way == null ? offered.id() : way.replaced();
                double ratio = way == null ? 1 : way.ratio();
                int r = index.carrierIndex(replaced);
                for (int q : buyers.get(r)) {
                    if (index.pairPlant(q) == source) {
                        continue;
                    }
                    Plant from = park.plant(index.plant(source));
                    Plant to = park.plant(index.plant(index.pairPlant(q)));
                    if (joined.contains(from.id() + "\n" + to.id() + "\n" + offered.id())
                            || way != null && !takes(to, offered.id())) {
                        continue;
                    }
                    double distance = from.location().isPresent() && to.location().isPresent()
                            ? distanceKm(from.location().get(), to.location().get())
                            : Double.NaN;
                    if (distance > maxDistanceKm) {
                        continue;
                    }
                    group.add(synergy(state, k, q, from, to, offered, replaced, ratio, available,
                            released, distance, has[k], pushed));
                }
            }
            found.addAll(fitShares(group, index.plant(source), offered.id(), pushed, has[k],
                    available));
        }
        found.sort(Comparator.comparingDouble(Synergy::avoidedLifecycle).reversed()
                .thenComparing(Comparator.comparingDouble(Synergy::amount).reversed())
                .thenComparing(Synergy::linkId));
        LOG.debug("{} candidate links found in park '{}'", found.size(), park.name());
        return List.copyOf(found);
    }

    private Synergy synergy(FlowState state, int offerPair, int needPair, Plant from, Plant to,
            Carrier offered, CarrierId replaced, double ratio, double available, double released,
            double distance, double has, Map<String, Double> pushed) {
        Park park = state.park();
        double amount = Math.min(available, state.bought(needPair) / ratio);
        double fromReleased = Math.min(amount, released);
        double fromSold = amount - fromReleased;
        Market offeredMarket = park.market(offered.id()).orElseThrow();
        Market replacedMarket = park.market(replaced).orElseThrow();
        Market.Purchase purchase = replacedMarket.buy().orElseThrow();
        Optional<Market.Disposal> disposal = offeredMarket.disposal();
        double gwp = disposal.isPresent() && disposal.get().kind() == DisposalKind.AIR
                ? offered.netGwpPerUnit() : 0;
        double avoided = amount * ratio * lifecycleFactor(state, park.carrier(replaced),
                purchase) + fromReleased * gwp;
        double transport = Double.isNaN(distance) ? Double.NaN : distance * costPerUnitKm;
        double salePrice = offeredMarket.sell().map(Market.Sale::price).orElse(0.0);
        double disposalCost = disposal.map(Market.Disposal::costPerUnit).orElse(0.0);
        double costChange = amount * transport + fromSold * salePrice
                - amount * ratio * purchase.price() - fromReleased * disposalCost;
        double alone = Math.max(0, Math.min(1 - pushed(pushed, from.id(), offered.id()),
                has > 0 ? amount / has : 0));
        return new Synergy(from.id(), to.id(), offered.id(), replaced, amount, fromReleased,
                distance, avoided, transport, costChange, alone, alone);
    }

    /**
     * The push shares of the links of {@code carrier} out of {@code plant}, existing and
     * candidate (a plan may build any candidate together with the existing links).
     */
    private static double pushed(Map<String, Double> sums, PlantId plant, CarrierId carrier) {
        return sums.getOrDefault(plant + "\n" + carrier, 0.0);
    }

    /** The push shares out of each plant and carrier, keyed {@code plant\ncarrier}: one pass. */
    private static Map<String, Double> pushShares(Park park) {
        Map<String, Double> sums = new HashMap<>();
        for (Link link : park.links().values()) {
            if (link.rule() instanceof LinkRule.Push push) {
                sums.merge(link.from() + "\n" + link.carrier(), push.share(), Double::sum);
            }
        }
        return sums;
    }

    /**
     * Splits one supply (what {@code plant} releases and sells of {@code carrier}) among its
     * candidates: where the shares their amounts need alone add up to more than what is free
     * (the share of what the plant has that it releases or sells, and at most 1 less the push
     * shares of its links of the carrier), each share is scaled by the same factor, so that
     * together they fit. Written all, the candidates never push more than the plant has.
     */
    private static List<Synergy> fitShares(List<Synergy> group, PlantId plant,
            CarrierId carrier, Map<String, Double> pushed, double has, double available) {
        double free = Math.max(0, Math.min(1 - pushed(pushed, plant, carrier),
                has > 0 ? available / has : 0));
        double total = 0;
        for (Synergy s : group) {
            total += s.shareAlone();
        }
        if (total <= free) {
            return group;
        }
        List<Synergy> fitted = new ArrayList<>(group.size());
        for (Synergy s : group) {
            fitted.add(s.withShare(s.shareAlone() * free / total));
        }
        return fitted;
    }

    /** Whether a process of the plant takes the carrier as an input. */
    private static boolean takes(Plant plant, CarrierId carrier) {
        for (Process p : plant.processes()) {
            if (p.inputs().containsKey(carrier)) {
                return true;
            }
        }
        return false;
    }

    /**
     * t CO2e per unit bought on the life-cycle metric: the scope 2 factor for electricity and
     * heat; else the cradle-to-gate factor plus transport, averaged over the origins in the
     * proportions the state buys from them (their shares, or the first origin, if it buys none).
     */
    static double lifecycleFactor(FlowState state, Carrier carrier, Market.Purchase purchase) {
        if (carrier.kind() == CarrierKind.ELECTRICITY || carrier.kind() == CarrierKind.HEAT
                || purchase.origins().isEmpty()) {
            return purchase.emissionFactor();
        }
        double[] amounts = state.fromOrigins(carrier.id());
        double total = 0;
        for (double a : amounts) {
            total += a;
        }
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < purchase.origins().size(); i++) {
            Market.Origin o = purchase.origins().get(i);
            double w = total > 0 && i < amounts.length ? amounts[i]
                    : !Double.isNaN(o.share()) ? o.share() : i == 0 ? 1 : 0;
            double mass = carrier.massPerUnit();
            weighted += w * (o.factor() + o.transportPerUnit(Double.isNaN(mass) ? 0 : mass));
            weights += w;
        }
        return weights > 0 ? weighted / weights : purchase.emissionFactor();
    }

    /** What each plant has of each carrier: its processes' output plus what it receives. */
    private static double[] has(FlowState state) {
        ParkIndex index = state.index();
        double[] activity = new double[index.processCount()];
        for (int r = 0; r < activity.length; r++) {
            activity[r] = state.activity(r);
        }
        double[] flow = new double[index.linkCount()];
        boolean[] active = new boolean[index.linkCount()];
        for (int l = 0; l < flow.length; l++) {
            flow[l] = state.flow(l);
            active[l] = state.linkActive(l);
        }
        double[] supply = new double[index.pairCount()];
        FlowState.accumulate(index, activity, flow, active, supply,
                new double[index.pairCount()]);
        return supply;
    }

    /**
     * {@code park} with each synergy as a candidate link to build ({@code "status":
     * "candidate"}, its amount as capacity, its transport cost and distance; 0 where unknown)
     * and a build candidate with no capital cost over 20 years: put the real capital costs in
     * before planning. Each link pushes the synergy's share; where the synergies of one plant
     * and carrier would push, with the park's push links of that carrier (existing and
     * candidate), more than all the plant has, their shares are scaled down by the same factor
     * so that they add up to at most 1: every candidate may be built with all the others. The
     * link's note says where its share is smaller than its amount alone needs. Link ids are
     * {@link Synergy#linkId()}, with a suffix where the park already has one.
     *
     * @param park      the park
     * @param synergies the candidates to write
     * @return the park with them
     */
    public static Park withCandidates(Park park, List<Synergy> synergies) {
        Map<String, Double> wanted = new LinkedHashMap<>();
        Map<String, Integer> sharing = new LinkedHashMap<>();
        for (Synergy s : synergies) {
            wanted.merge(supply(s), s.share(), Double::sum);
            sharing.merge(supply(s), 1, Integer::sum);
        }
        Park.Builder b = park.toBuilder();
        Set<LinkId> taken = new HashSet<>(park.links().keySet());
        Map<String, Double> pushed = pushShares(park);
        for (Synergy s : synergies) {
            LinkId id = LinkId.of(s.linkId());
            for (int n = 2; taken.contains(id); n++) {
                id = LinkId.of(s.linkId() + "-" + n);
            }
            taken.add(id);
            double free = Math.max(0, 1 - pushed(pushed, s.from(), s.offered()));
            double total = wanted.get(supply(s));
            double share = total > free ? s.share() * free / total : s.share();
            String unit = park.carrier(s.offered()).unit();
            String note = String.format(Locale.ROOT, "Proposed by synergy discovery:"
                    + " %.6g %s/yr %s of what '%s' %s; avoids about %.6g t CO2e/yr on the life"
                    + " cycle. %s%s Rough: no capital cost yet.", s.amount(), unit,
                    s.substitution() ? "replacing '" + s.replaced() + "'"
                            : "instead of buying it", s.from(),
                    s.fromReleased() > 0 ? "releases" : "sells", s.avoidedLifecycle(),
                    Double.isNaN(s.distanceKm()) ? "Distance unknown (a plant has no"
                            + " location)." : String.format(Locale.ROOT, "%.1f km.",
                                    s.distanceKm()),
                    share < s.shareAlone() * (1 - 1e-9) ? String.format(Locale.ROOT, " It"
                            + " pushes %.6g of the '%s' that '%s' has, not the %.6g its amount"
                            + " alone needs: %d candidates share that supply, so their shares"
                            + " are split in proportion to their amounts and add up, with the"
                            + " plant's other push links of '%s', to at most 1. Built alone, it"
                            + " carries less than its amount by its rules; plan sizes it within"
                            + " its capacity.", share, s.offered(), s.from(),
                            s.shareAlone(), sharing.get(supply(s)), s.offered()) : "");
            b.link(new Link(id, s.from(), s.to(), s.offered(), LinkRule.push(share),
                    s.amount(), 0, Double.isNaN(s.transportCost()) ? 0 : s.transportCost(),
                    Double.isNaN(s.distanceKm()) ? 0 : s.distanceKm(), LinkStatus.CANDIDATE,
                    true, note));
            b.candidate(new Candidate("link:" + id.value(), Candidate.Kind.BUILD, 0, 0, 20, 0,
                    Double.NaN, "Proposed by synergy discovery; capital cost not estimated."));
        }
        return b.build();
    }

    private static String supply(Synergy s) {
        return s.from().value() + "\n" + s.offered().value();
    }
}
