package org.symbiosis.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiosis.internal.Suggestions;

/**
 * The cross-element rules of a park: errors (unknown references, shares over 1, two processes
 * following the same input) and warnings (recipes that do not balance carbon, outputs with no
 * route, inputs with no source). Collects everything; throws nothing.
 */
final class ParkRules {

    private final Map<CarrierId, Carrier> carriers;
    private final Map<PlantId, Plant> plants;
    private final Map<LinkId, Link> links;
    private final Map<CarrierId, Market> markets;
    private final List<ParkIssue> errors = new ArrayList<>();
    private final List<ParkIssue> warnings = new ArrayList<>();

    ParkRules(Map<CarrierId, Carrier> carriers, Map<PlantId, Plant> plants,
            Map<LinkId, Link> links, Map<CarrierId, Market> markets) {
        this.carriers = carriers;
        this.plants = plants;
        this.links = links;
        this.markets = markets;
        checkProcesses();
        checkLinks();
        checkMarkets();
        if (errors.isEmpty()) {
            warnAboutCarbon();
            warnAboutElements();
            warnAboutRoutes();
            warnAboutLosses();
            warnAboutSinks();
        }
    }

    /** A (plant, carrier) key without string building. */
    private record At(PlantId plant, CarrierId carrier) {
    }

    List<ParkIssue> errors() {
        return errors;
    }

    List<ParkIssue> warnings() {
        return warnings;
    }

    private void checkProcesses() {
        for (Plant plant : plants.values()) {
            Map<CarrierId, ProcessId> follows = new HashMap<>();
            Map<CarrierId, ProcessId> meets = new HashMap<>();
            for (Process process : plant.processes()) {
                String element = "process '" + process.id() + "'";
                checkCarriers(process.inputs().keySet(), "input", element);
                checkCarriers(process.outputs().keySet(), "output", element);
                if (process.rule() instanceof OperatingRule.FollowsInput f) {
                    ProcessId other = follows.putIfAbsent(f.carrier(), process.id());
                    if (other != null) {
                        errors.add(ParkIssue.error(element, String.format(
                                "The processes '%s' and '%s' of plant '%s' both follow '%s':"
                                        + " only one process per plant may follow a carrier;"
                                        + " give the other a fixed or meets rule.", other,
                                process.id(), plant.id(), f.carrier())));
                    }
                } else if (process.rule() instanceof OperatingRule.MeetsDemand m) {
                    ProcessId other = meets.putIfAbsent(m.carrier(), process.id());
                    if (other != null) {
                        errors.add(ParkIssue.error(element, String.format(
                                "The processes '%s' and '%s' of plant '%s' both meet the demand"
                                        + " for '%s': only one process per plant may meet a"
                                        + " carrier's demand; give the other a fixed rule.",
                                other, process.id(), plant.id(), m.carrier())));
                    }
                }
            }
        }
    }

    private void checkCarriers(Set<CarrierId> used, String side, String element) {
        for (CarrierId c : used) {
            if (!carriers.containsKey(c)) {
                errors.add(ParkIssue.error(element, String.format(
                        "The %s '%s' of %s is not a known carrier: declare it under"
                                + " 'carriers'%s.", side, c, element, knownCarriersHint(c))));
            }
        }
    }

    private String knownCarriersHint(CarrierId unknown) {
        String closest = Suggestions.closest(unknown.value(),
                carriers.keySet().stream().map(CarrierId::value).toList());
        return closest == null ? "" : " or use '" + closest + "'";
    }

    private void checkLinks() {
        // Sums only: the links behind a sum over 1 are gathered again for its message, so a
        // park of millions of links holds one entry per (plant, carrier), not a list of links.
        Map<At, double[]> pushShares = new HashMap<>();
        Map<At, double[]> pullCovers = new HashMap<>();
        for (Link link : links.values()) {
            String element = "link '" + link.id() + "'";
            for (PlantId end : List.of(link.from(), link.to())) {
                if (!plants.containsKey(end)) {
                    String closest = Suggestions.closest(end.value(),
                            plants.keySet().stream().map(PlantId::value).toList());
                    errors.add(ParkIssue.error(element, String.format(
                            "The %s '%s' of %s is not a known plant: declare it under 'plants'%s.",
                            end == link.from() ? "source plant ('from')" : "target plant ('to')",
                            end, element, closest == null ? "" : " or use '" + closest + "'")));
                }
            }
            if (!carriers.containsKey(link.carrier())) {
                errors.add(ParkIssue.error(element, String.format(
                        "The carrier '%s' of %s is not a known carrier: declare it under"
                                + " 'carriers'%s.", link.carrier(), element,
                        knownCarriersHint(link.carrier()))));
            }
            if (link.transportFactor() > 0) {
                Carrier carried = carriers.get(link.carrier());
                if (link.distanceKm() == 0) {
                    errors.add(ParkIssue.error(element, String.format("The %s has a transport"
                            + " factor (%s t CO2e per t·km) but no 'distance': give the length of"
                            + " the leg in km.", element, link.transportFactor())));
                } else if (carried != null && Double.isNaN(carried.massPerUnit())) {
                    errors.add(ParkIssue.error(element, String.format("The %s has a transport"
                            + " factor, but the unit of its carrier '%s' is '%s', not t: give the"
                            + " carrier 'tonnesPerUnit' so that t·km can be counted.", element,
                            link.carrier(), carried.unit())));
                }
            }
            if (link.status() != LinkStatus.EXISTING) {
                continue;
            }
            boolean push = link.rule() instanceof LinkRule.Push;
            (push ? pushShares : pullCovers).computeIfAbsent(at(link, push),
                    k -> new double[1])[0] += link.rule().fraction();
        }
        // Over 1: reported in the order of each sum's first link, naming its links.
        Map<At, List<LinkId>> pushOver = new LinkedHashMap<>();
        Map<At, List<LinkId>> pullOver = new LinkedHashMap<>();
        if (anyOver(pushShares) || anyOver(pullCovers)) {
            for (Link link : links.values()) {
                if (link.status() != LinkStatus.EXISTING) {
                    continue;
                }
                boolean push = link.rule() instanceof LinkRule.Push;
                At key = at(link, push);
                if ((push ? pushShares : pullCovers).get(key)[0] > 1 + Park.TOLERANCE) {
                    (push ? pushOver : pullOver).computeIfAbsent(key, k -> new ArrayList<>())
                            .add(link.id());
                }
            }
        }
        pushOver.forEach((key, over) -> errors.add(ParkIssue.error("plant '" + key.plant() + "'",
                String.format("The push shares of '%s' out of plant '%s' add up to %s over links"
                        + " %s: a plant cannot send more than all it has; make them add up to 1"
                        + " or less.", key.carrier(), key.plant(),
                        round(pushShares.get(key)[0]), over))));
        pullOver.forEach((key, over) -> errors.add(ParkIssue.error("plant '" + key.plant() + "'",
                String.format("The pull covers of '%s' into plant '%s' add up to %s over links"
                        + " %s: links cannot cover more than the whole need; make them add up"
                        + " to 1 or less.", key.carrier(), key.plant(),
                        round(pullCovers.get(key)[0]), over))));
    }

    /** Where a link's rule is summed: its source for a push share, its target for a pull. */
    private static At at(Link link, boolean push) {
        return new At(push ? link.from() : link.to(), link.carrier());
    }

    private static boolean anyOver(Map<At, double[]> sums) {
        for (double[] sum : sums.values()) {
            if (sum[0] > 1 + Park.TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private void checkMarkets() {
        for (Market market : markets.values()) {
            if (!carriers.containsKey(market.carrier())) {
                errors.add(ParkIssue.error("market '" + market.carrier() + "'", String.format(
                        "The market for '%s' names no known carrier: declare it under"
                                + " 'carriers'%s.", market.carrier(),
                        knownCarriersHint(market.carrier()))));
                continue;
            }
            Carrier carrier = carriers.get(market.carrier());
            String element = "market '" + market.carrier() + "'";
            market.buy().ifPresent(buy -> {
                boolean energy = carrier.kind() == CarrierKind.ELECTRICITY
                        || carrier.kind() == CarrierKind.HEAT;
                if (energy && !buy.origins().isEmpty()) {
                    errors.add(ParkIssue.error(element, String.format("The market for '%s' (%s)"
                            + " has origins, but purchases of electricity and heat are scope 2:"
                            + " give 'factor' (location-based) and 'marketFactor' (contractual)"
                            + " instead.", market.carrier(), carrier.kind().name().toLowerCase(
                                    java.util.Locale.ROOT))));
                }
                if (!energy && !Double.isNaN(buy.marketFactor())) {
                    errors.add(ParkIssue.error(element, String.format("The market for '%s' has a"
                            + " 'marketFactor', which is for electricity and heat (scope 2)"
                            + " only: leave it out, or set the carrier's kind.",
                            market.carrier())));
                }
                String shares = buy.sharesProblem();
                if (shares != null) {
                    errors.add(ParkIssue.error(element, "The market for '" + market.carrier()
                            + "': " + shares + "."));
                }
                for (Market.Origin origin : buy.origins()) {
                    if (origin.transport().isPresent() && Double.isNaN(carrier.massPerUnit())) {
                        errors.add(ParkIssue.error(element, String.format("The origin '%s' of"
                                + " the market for '%s' has a transport leg, but the carrier's"
                                + " unit is '%s', not t: give the carrier 'tonnesPerUnit' so"
                                + " that t·km can be counted.", origin.id(), market.carrier(),
                                carrier.unit())));
                    }
                }
            });
        }
    }

    /** Element names for messages; other symbols are named by their symbol. */
    private static final Map<String, String> ELEMENT_NAMES = Map.ofEntries(Map.entry("H",
            "hydrogen"), Map.entry("N", "nitrogen"), Map.entry("O", "oxygen"), Map.entry("S",
            "sulphur"), Map.entry("Ca", "calcium"), Map.entry("Mg", "magnesium"), Map.entry("Cl",
            "chlorine"), Map.entry("Na", "sodium"), Map.entry("Si", "silicon"), Map.entry("Fe",
            "iron"));

    /**
     * Every element a carrier of the park declares must balance in every recipe, as carbon
     * does: a carrier that does not declare it contains none. So a mineralisation recipe whose
     * product declares calcium needs a calcium source among its inputs (the co-reactant), and a
     * methanation recipe that declares hydrogen needs its water.
     */
    private void warnAboutElements() {
        Set<String> declared = new java.util.TreeSet<>();
        carriers.values().forEach(c -> declared.addAll(c.elements().keySet()));
        for (String symbol : declared) {
            String name = ELEMENT_NAMES.getOrDefault(symbol, symbol);
            for (Plant plant : plants.values()) {
                for (Process process : plant.processes()) {
                    double in = content(process.inputs(), symbol);
                    double out = content(process.outputs(), symbol);
                    if (Math.abs(in - out) > 1e-6 * Math.max(in, out)) {
                        warnings.add(ParkIssue.warning("element-balance", "process '"
                                + process.id() + "'", String.format("The recipe of process '%s'"
                                + " does not balance %s (%s): %s t %s in and %s t %s out per unit"
                                + " of activity (%s t %s %s). Add the missing %s (a co-reactant"
                                + " or by-product that carries it) or correct the carriers'"
                                + " 'elements'.", process.id(), name, symbol, round(in), symbol,
                                round(out), symbol, round(Math.abs(in - out)), symbol, in > out
                                        ? "vanishes" : "appears from nothing",
                                in > out ? "output" : "input")));
                    }
                }
            }
        }
    }

    private double content(Map<CarrierId, Double> flows, String symbol) {
        double sum = 0;
        for (Map.Entry<CarrierId, Double> e : flows.entrySet()) {
            Carrier c = carriers.get(e.getKey());
            if (c != null) {
                sum += e.getValue() * c.content(symbol);
            }
        }
        return sum;
    }

    private void warnAboutCarbon() {
        for (Plant plant : plants.values()) {
            for (Process process : plant.processes()) {
                double in = process.carbonIn(carriers);
                double out = process.carbonOut(carriers);
                if (Math.abs(in - out) > 1e-6 * Math.max(in, out)) {
                    warnings.add(ParkIssue.warning("carbon-balance", "process '" + process.id()
                            + "'", String.format(
                            "The recipe of process '%s' does not balance carbon: %s t C in and"
                                    + " %s t C out per unit of activity (%s t C %s). Add the"
                                    + " missing %s or correct the carbon contents.", process.id(),
                            round(in), round(out), round(Math.abs(in - out)),
                            in > out ? "vanishes" : "appears from nothing",
                            in > out ? "output (for example CO2)" : "input")));
                }
            }
        }
    }

    private void warnAboutRoutes() {
        Set<At> linkedOut = new HashSet<>();
        Set<At> linkedIn = new HashSet<>();
        for (Link link : links.values()) {
            if (link.status() == LinkStatus.EXISTING) {
                linkedOut.add(new At(link.from(), link.carrier()));
                linkedIn.add(new At(link.to(), link.carrier()));
            }
        }
        for (Plant plant : plants.values()) {
            Set<CarrierId> produced = new HashSet<>();
            Set<CarrierId> consumed = new HashSet<>();
            for (Process process : plant.processes()) {
                produced.addAll(process.outputs().keySet());
                consumed.addAll(process.inputs().keySet());
            }
            for (CarrierId c : produced) {
                Market m = markets.get(c);
                boolean routed = consumed.contains(c) || linkedOut.contains(new At(plant.id(), c))
                        || (m != null && (m.sell().isPresent() || m.disposal().isPresent()));
                if (!routed) {
                    warnings.add(ParkIssue.warning("no-route", "plant '" + plant.id() + "'",
                            String.format("The output '%s' of plant '%s' has no route: no link"
                                    + " takes it, no"
                                    + " process of the plant uses it, and it can be neither sold"
                                    + " nor released. Add a link, or 'sell' or 'disposal' to the"
                                    + " market for '%s'.", c, plant.id(), c)));
                }
            }
            for (CarrierId c : consumed) {
                Market m = markets.get(c);
                boolean supplied = produced.contains(c) || linkedIn.contains(new At(plant.id(), c))
                        || (m != null && m.buy().isPresent());
                if (!supplied) {
                    warnings.add(ParkIssue.warning("no-supplier", "plant '" + plant.id() + "'",
                            String.format("The input '%s' of plant '%s' has no supplier: no"
                                    + " link brings it, no"
                                    + " process of the plant makes it, and it cannot be bought."
                                    + " Add a link, or 'buy' to the market for '%s'.", c,
                            plant.id(), c)));
                }
            }
        }
    }

    /**
     * A link's loss goes to air at its source whatever the carrier's disposal route (a leak or
     * spill): worth a warning where it emits or carries carbon and the market would not release
     * the carrier to air, since the file then says two things.
     */
    private void warnAboutLosses() {
        for (Link link : links.values()) {
            Carrier carrier = carriers.get(link.carrier());
            if (link.loss() == 0 || carrier == null
                    || (carrier.gwpPerUnit() == 0 && carrier.carbonPerUnit() == 0)) {
                continue;
            }
            Market m = markets.get(link.carrier());
            boolean toAir = m != null && m.disposal().map(d -> d.kind() == DisposalKind.AIR)
                    .orElse(false);
            if (!toAir) {
                warnings.add(ParkIssue.warning("lossy-link", "link '" + link.id() + "'",
                        String.format(
                        "Link '%s' loses %s of its '%s', and losses go to air at its source"
                                + " (scope 1 at GWP %s, carbon %s t C per %s), though the market"
                                + " for '%s' does not release it to air. Set the loss to 0 if it"
                                + " is not lost to air, or give the market 'disposal' to 'air'.",
                        link.id(), link.loss(), link.carrier(), carrier.gwpPerUnit(),
                        carrier.carbonPerUnit(), carrier.unit(), link.carrier())));
            }
        }
    }

    /**
     * A sink is a process with an output that its market puts in permanent storage (disposal to
     * {@code storage}: mineralised or geological) or that is recycled-carbon fuel the market buys
     * (an e-fuel into a gas grid) without a sale limit. Nothing else bounds how much a sink
     * takes, so one without a capacity is worth a warning: storage sites, the concrete that can take CO2 and the share
     * of a grid that may be blended are all finite.
     */
    private void warnAboutSinks() {
        for (Plant plant : plants.values()) {
            for (Process process : plant.processes()) {
                if (!Double.isInfinite(process.capacity())) {
                    continue;
                }
                for (CarrierId c : process.outputs().keySet()) {
                    Market m = markets.get(c);
                    if (m == null) {
                        continue;
                    }
                    boolean stored = m.disposal().map(d -> d.kind() == DisposalKind.STORAGE)
                            .orElse(false);
                    boolean eFuel = carriers.get(c).recycledCarbon() && m.sell().isPresent()
                            && Double.isInfinite(m.sell().get().maximum());
                    if (stored || eFuel) {
                        warnings.add(ParkIssue.warning("unbounded-sink", "process '"
                                + process.id() + "'", String.format("Process '%s' of plant '%s'"
                                + " is a sink without a capacity: its output '%s' %s, and nothing"
                                + " bounds how much it takes. %s, or explain it in the park's"
                                + " 'accepts'.", process.id(), plant.id(), c, stored
                                        ? "is put in permanent storage"
                                        : "is recycled-carbon fuel sold to the market", stored
                                        ? "Give the process a 'capacity' with its source (a"
                                        + " storage site's injection rate, the concrete it can go"
                                        + " into)"
                                        : "Give the market for '" + c + "' a sale 'limit' or a"
                                        + " 'blend' with its source (the share of the gas grid"
                                        + " it may blend into), or the process a 'capacity'")));
                        break;
                    }
                }
            }
        }
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 1e6) / 1e6);
    }
}
