package org.symbiosis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.symbiosis.discovery.Synergy;
import org.symbiosis.graph.PlantNetwork;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.resilience.OutageResult;
import org.symbiosis.resilience.OutageResult.CarrierChange;
import org.symbiosis.resilience.OutageResult.PlantImpact;
import org.symbiosis.resilience.ResilienceAnalysis;

/**
 * The text report of an outage analysis: the keystone plants and critical links ranked by
 * impact, what the worst outages do plant by plant, the network's circular clusters, cycles and
 * centrality, and candidate links where discovery ran. The same figures as
 * {@link ResilienceExport}.
 */
public final class ResilienceReport {

    /** The rules every resilience report states. */
    public static final String SEMANTICS = "Outages: a plant out stands still (activity 0, its"
            + " fixed costs still paid) and all its links vanish; a link out vanishes; each is a"
            + " full re-simulation. A plant that then needs a carrier nothing supplies and no"
            + " market sells, or has one it can neither route, sell nor release, cannot run and"
            + " is taken out in the next round (the cascade); whatever a market sells is bought"
            + " instead. Changes are outage minus intact, per year. Impact = change in the"
            + " life-cycle emissions of the plants not taken out (the knock-on; the plant's own"
            + " emissions stop with it and are in the park's change only).";

    private ResilienceReport() {
    }

    /**
     * The report.
     *
     * @param analysis  the outages
     * @param network   the park's plant network (circular clusters, centrality)
     * @param synergies candidate links found by discovery; empty when it did not run
     * @param top       rows per ranking
     * @param detail    outages of each ranking described plant by plant
     * @return the report
     */
    public static String text(ResilienceAnalysis analysis, PlantNetwork network,
            List<Synergy> synergies, int top, int detail) {
        Park park = analysis.park();
        String currency = park.finance().currency();
        StringBuilder sb = new StringBuilder();
        long plantOutages = analysis.outages().stream().filter(r -> r.outage().singlePlant())
                .count();
        long linkOutages = analysis.outages().stream().filter(r -> r.outage().singleLink())
                .count();
        long combined = analysis.outages().size() - plantOutages - linkOutages;
        sb.append(String.format(Locale.ROOT, "Resilience of park '%s': %d plants, %d links;"
                + " %d plant outage%s, %d link outage%s%s, each re-simulated (%d ms on %d"
                + " thread%s).%n", park.name(), park.plants().size(), park.links().size(),
                plantOutages, plantOutages == 1 ? "" : "s", linkOutages,
                linkOutages == 1 ? "" : "s", combined == 0 ? "" : ", " + combined
                        + " combined outage" + (combined == 1 ? "" : "s"), analysis.millis(),
                analysis.threads(), analysis.threads() == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "Intact park: residual %s t CO2e/yr, life cycle %s"
                + " t CO2e/yr, cost %s %s/yr.%n%n", TextTable.amount(analysis.intact()
                .residual()), TextTable.amount(analysis.intact().lifecycle()),
                TextTable.amount(analysis.intact().cost()), currency));
        sb.append(SimulationReport.wrap(SEMANTICS, 100)).append("\n\n");
        List<OutageResult> keystones = analysis.keystones();
        if (!keystones.isEmpty()) {
            sb.append("Keystone plants, by impact\n");
            sb.append(ranking(keystones, top, currency)).append('\n');
        }
        List<OutageResult> links = analysis.criticalLinks();
        if (!links.isEmpty()) {
            sb.append("Links, by impact\n");
            sb.append(ranking(links, top, currency)).append('\n');
        }
        List<OutageResult> sets = analysis.combined();
        if (!sets.isEmpty()) {
            sb.append("Combined outages (N-k), by impact\n");
            sb.append(ranking(sets, top, currency)).append('\n');
        }
        List<OutageResult> described = new ArrayList<>();
        described.addAll(sets.subList(0, Math.min(detail, sets.size())));
        described.addAll(keystones.subList(0, Math.min(detail, keystones.size())));
        described.addAll(links.subList(0, Math.min(detail, links.size())));
        if (!described.isEmpty()) {
            sb.append("What the outages do (the first ").append(detail)
                    .append(" of each ranking; --detail N for more)\n");
            for (OutageResult r : described) {
                sb.append(detail(park, r));
            }
            sb.append('\n');
        }
        sb.append(network(network, keystones, top));
        if (synergies != null && !synergies.isEmpty()) {
            sb.append('\n').append(candidates(park, synergies, top));
        }
        return sb.toString();
    }

    private static String ranking(List<OutageResult> results, int top, String currency) {
        TextTable table = new TextTable().number("rank", "").text("out")
                .number("impact", "t CO2e/yr").number("park residual", "t CO2e/yr")
                .number("park life cycle", "t CO2e/yr").number("park cost", currency + "/yr")
                .number("lose inputs", "plants").number("cannot run", "plants")
                .number("idle", "plants");
        int rank = 0;
        for (OutageResult r : results.subList(0, Math.min(top, results.size()))) {
            rank++;
            String label = r.outage().singlePlant() ? r.outage().plants().get(0).value()
                    : r.outage().singleLink() ? r.outage().links().get(0).value()
                    : r.outage().label();
            if (!r.runs()) {
                table.row(Integer.toString(rank), label, "cannot simulate", "", "", "", "", "",
                        "");
                continue;
            }
            table.row(Integer.toString(rank), label, signed(r.impact()),
                    signed(r.residualChange()), signed(r.lifecycleChange()),
                    signed(r.costChange()), Integer.toString(r.plantsLosingInputs()),
                    Integer.toString(r.cascade().size()), Integer.toString(r.plantsIdle()));
        }
        String rendered = table.render();
        if (results.size() > top) {
            rendered += String.format(Locale.ROOT, "(%d more; --top N shows more)%n",
                    results.size() - top);
        }
        return rendered;
    }

    private static String detail(Park park, OutageResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("- ").append(r.outage().label()).append(" out: ");
        if (!r.runs()) {
            sb.append("the park cannot be simulated without it:\n");
            for (String problem : r.problems()) {
                sb.append("    ").append(problem).append('\n');
            }
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "impact %s t CO2e/yr (park life cycle %s)%n",
                signed(r.impact()), signed(r.lifecycleChange())));
        for (OutageResult.CascadeStep step : r.cascade()) {
            sb.append(String.format(Locale.ROOT, "    %s cannot run (round %d): it %s%n",
                    step.plant(), step.round(), step.reason(park.carrier(step.carrier())
                            .unit())));
        }
        for (PlantImpact plant : r.plants()) {
            if (plant.role() == OutageResult.Role.OUT
                    || plant.role() == OutageResult.Role.CANNOT_RUN) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (plant.role() == OutageResult.Role.IDLE) {
                parts.add("idle");
            } else if (!plant.processesStopped().isEmpty()) {
                parts.add("stops " + String.join(", ", plant.processesStopped().stream()
                        .map(Object::toString).toList()));
            }
            for (CarrierChange c : plant.carriers()) {
                String unit = park.carrier(c.carrier()).unit();
                parts.addAll(moves(c.boughtChange(), "buys", c.carrier().value(), unit));
                parts.addAll(moves(c.soldChange(), "sells", c.carrier().value(), unit));
                parts.addAll(moves(c.releasedChange(), "releases", c.carrier().value(), unit));
            }
            String lifecycle = Math.abs(plant.lifecycleChange()) < 0.05 ? ""
                    : " (life cycle " + signed(plant.lifecycleChange()) + " t CO2e/yr)";
            sb.append(String.format(Locale.ROOT, "    %s: %s%s%n", plant.plant(),
                    String.join("; ", parts), lifecycle));
        }
        return sb.toString();
    }

    private static List<String> moves(double change, String verb, String carrier, String unit) {
        if (Math.abs(change) < 0.05) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "%s %s %s/yr %s %s", verb,
                TextTable.amount(Math.abs(change)), unit, change > 0 ? "more" : "less", carrier));
    }

    /** Plants of a circular cluster the text names; the rest are counted. */
    static final int CLUSTER_NAMES = 20;

    /**
     * A loop as text, back to its first plant; one of more than {@link #CLUSTER_NAMES} plants
     * (round a large park) as its first ten and last two plants and its length.
     */
    static String loop(List<PlantId> cycle) {
        List<String> names = cycle.stream().map(PlantId::value).toList();
        if (names.size() > CLUSTER_NAMES) {
            List<String> cut = new java.util.ArrayList<>(names.subList(0, CLUSTER_NAMES / 2));
            cut.add(String.format(Locale.ROOT, "... (%d plants in all) ...", names.size()));
            cut.addAll(names.subList(names.size() - 2, names.size()));
            names = cut;
        }
        return String.join(" -> ", names) + " -> " + cycle.get(0).value();
    }

    private static String network(PlantNetwork network, List<OutageResult> keystones, int top) {
        StringBuilder sb = new StringBuilder("Network (existing links, material direction)\n");
        List<Set<PlantId>> clusters = network.circularClusters();
        if (clusters.isEmpty()) {
            sb.append("No circular cluster: no material can go round a loop of plants.\n");
        } else {
            for (Set<PlantId> cluster : clusters) {
                // A large park's cluster may hold thousands of plants: the first ones named.
                List<PlantId> named = cluster.stream().limit(CLUSTER_NAMES).toList();
                String more = cluster.size() > CLUSTER_NAMES ? String.format(Locale.ROOT,
                        " and %d more (all in --json and --csv)", cluster.size() - CLUSTER_NAMES)
                        : "";
                sb.append(String.format(Locale.ROOT, "Circular cluster of %d plants: %s%s%n",
                        cluster.size(), named, more));
            }
        }
        Map<PlantId, Double> betweenness = network.betweenness();
        List<Map.Entry<PlantId, Double>> central = betweenness.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<PlantId, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top).toList();
        if (!central.isEmpty()) {
            sb.append("Betweenness (shortest supply paths between other plants through each):");
            for (Map.Entry<PlantId, Double> e : central) {
                sb.append(String.format(Locale.ROOT, " %s %.4g;", e.getKey(), e.getValue()));
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        for (OutageResult r : keystones.subList(0, Math.min(3, keystones.size()))) {
            PlantId plant = r.outage().plants().get(0);
            List<List<PlantId>> cycles = network.cyclesThrough(plant, 5);
            if (!cycles.isEmpty()) {
                sb.append("Loops through ").append(plant).append(':');
                for (List<PlantId> cycle : cycles) {
                    sb.append(' ').append(loop(cycle)).append(';');
                }
                sb.setLength(sb.length() - 1);
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String candidates(Park park, List<Synergy> synergies, int top) {
        String currency = park.finance().currency();
        TextTable table = new TextTable().number("rank", "").text("from").text("to")
                .text("carrier").text("replaces").number("amount", "unit/yr")
                .number("distance", "km").number("avoided", "t CO2e/yr")
                .number("cost change", currency + "/yr");
        int rank = 0;
        for (Synergy s : synergies.subList(0, Math.min(top, synergies.size()))) {
            rank++;
            table.row(Integer.toString(rank), s.from().value(), s.to().value(),
                    s.offered().value(), s.substitution() ? s.replaced().value() : "",
                    TextTable.amount(s.amount()) + " " + park.carrier(s.offered()).unit(),
                    Double.isNaN(s.distanceKm()) ? "unknown" : TextTable.amount(s.distanceKm()),
                    TextTable.amount(s.avoidedLifecycle()), Double.isNaN(s.costChange())
                            ? "n/a" : signed(s.costChange()));
        }
        String text = "Candidate links (first-order estimates, each on its own; candidates that"
                + " share a supply or a need compete, and plan decides between them)\n"
                + table.render();
        if (synergies.size() > top) {
            text += String.format(Locale.ROOT, "(%d more; --top N shows more)%n",
                    synergies.size() - top);
        }
        return text;
    }

    private static String signed(double value) {
        String amount = TextTable.amount(value);
        return value > 0 && !amount.equals("0.0") ? "+" + amount : amount;
    }
}
