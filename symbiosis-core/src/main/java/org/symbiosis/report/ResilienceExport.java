package org.symbiosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiosis.discovery.Synergy;
import org.symbiosis.graph.PlantNetwork;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;
import org.symbiosis.resilience.OutageResult;
import org.symbiosis.resilience.OutageResult.CarrierChange;
import org.symbiosis.resilience.OutageResult.PlantImpact;
import org.symbiosis.resilience.ResilienceAnalysis;

/**
 * The data of a resilience report as JSON (one document) or CSV (outages, impacts, network,
 * candidates), full precision, for other tools. The same figures as {@link ResilienceReport}.
 * Non-finite numbers (an outage that cannot be simulated, an unknown distance) are written as
 * JSON null and as empty CSV cells.
 */
public final class ResilienceExport {

    /** The files {@link #writeCsv} writes. */
    public static final List<String> CSV_FILES = List.of("outages.csv", "impacts.csv",
            "network.csv", "candidates.csv");

    private ResilienceExport() {
    }

    /**
     * The whole analysis as one JSON document.
     *
     * @param analysis  the outages
     * @param network   the plant network
     * @param synergies candidate links; empty when discovery did not run
     * @return the document
     */
    public static String toJson(ResilienceAnalysis analysis, PlantNetwork network,
            List<Synergy> synergies) {
        Park park = analysis.park();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", park.name());
        root.put("semantics", ResilienceReport.SEMANTICS);
        root.put("currency", park.finance().currency());
        // Each carrier's unit, so that a reader (the HTML page) can say "MWh/yr of electricity".
        Map<String, Object> units = new LinkedHashMap<>();
        park.carriers().forEach((id, carrier) -> units.put(id.value(), carrier.unit()));
        root.put("units", units);
        Map<String, Object> intact = new LinkedHashMap<>();
        intact.put("residual", analysis.intact().residual());
        intact.put("lifecycle", analysis.intact().lifecycle());
        intact.put("cost", analysis.intact().cost());
        root.put("intact", intact);
        root.put("millis", analysis.millis());
        root.put("threads", analysis.threads());
        root.put("keystones", analysis.keystones().stream().map(r -> r.outage().plants().get(0)
                .value()).toList());
        root.put("criticalLinks", analysis.criticalLinks().stream().map(r -> r.outage().links()
                .get(0).value()).toList());
        List<Map<String, Object>> outages = new ArrayList<>();
        for (OutageResult r : analysis.outages()) {
            outages.add(outage(r));
        }
        root.put("outages", outages);
        root.put("network", network(network));
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Synergy s : synergies) {
            candidates.add(candidate(s));
        }
        root.put("candidates", candidates);
        try {
            return SimulationExport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A resilience analysis could not be written as JSON",
                    e);
        }
    }

    private static Object number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, Object> outage(OutageResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind(r));
        row.put("plants", r.outage().plants().stream().map(PlantId::value).toList());
        row.put("links", r.outage().links().stream().map(LinkId::value).toList());
        row.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        row.put("problems", r.problems());
        row.put("impact", number(r.impact()));
        row.put("residualChange", number(r.residualChange()));
        row.put("lifecycleChange", number(r.lifecycleChange()));
        row.put("costChange", number(r.costChange()));
        row.put("knockOnResidual", number(r.knockOnResidual()));
        row.put("knockOnLifecycle", number(r.knockOnLifecycle()));
        row.put("plantsLosingInputs", r.plantsLosingInputs());
        row.put("plantsIdle", r.plantsIdle());
        List<Map<String, Object>> cascade = new ArrayList<>();
        for (OutageResult.CascadeStep step : r.cascade()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("round", step.round());
            s.put("plant", step.plant().value());
            s.put("carrier", step.carrier().value());
            s.put("amount", step.amount());
            s.put("shortfall", step.shortfall());
            cascade.add(s);
        }
        row.put("cascade", cascade);
        List<Map<String, Object>> plants = new ArrayList<>();
        for (PlantImpact p : r.plants()) {
            Map<String, Object> plant = new LinkedHashMap<>();
            plant.put("plant", p.plant().value());
            plant.put("role", p.role().name().toLowerCase(java.util.Locale.ROOT));
            plant.put("residualChange", p.residualChange());
            plant.put("lifecycleChange", p.lifecycleChange());
            plant.put("costChange", p.costChange());
            plant.put("processesStopped", p.processesStopped().stream().map(ProcessId::value)
                    .toList());
            List<Map<String, Object>> carriers = new ArrayList<>();
            for (CarrierChange c : p.carriers()) {
                Map<String, Object> carrier = new LinkedHashMap<>();
                carrier.put("carrier", c.carrier().value());
                carrier.put("boughtBefore", c.boughtBefore());
                carrier.put("boughtAfter", c.boughtAfter());
                carrier.put("soldBefore", c.soldBefore());
                carrier.put("soldAfter", c.soldAfter());
                carrier.put("releasedBefore", c.releasedBefore());
                carrier.put("releasedAfter", c.releasedAfter());
                carriers.add(carrier);
            }
            plant.put("carriers", carriers);
            plants.add(plant);
        }
        row.put("plantImpacts", plants);
        return row;
    }

    private static String kind(OutageResult r) {
        return r.outage().singlePlant() ? "plant" : r.outage().singleLink() ? "link" : "set";
    }

    private static Map<String, Object> network(PlantNetwork network) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<List<String>> clusters = new ArrayList<>();
        for (Set<PlantId> cluster : network.circularClusters()) {
            clusters.add(cluster.stream().map(PlantId::value).toList());
        }
        map.put("circularClusters", clusters);
        Map<String, Object> betweenness = new LinkedHashMap<>();
        network.betweenness().forEach((p, v) -> betweenness.put(p.value(), v));
        map.put("betweenness", betweenness);
        return map;
    }

    private static Map<String, Object> candidate(Synergy s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("link", s.linkId());
        row.put("from", s.from().value());
        row.put("to", s.to().value());
        row.put("carrier", s.offered().value());
        // A same-carrier candidate replaces nothing else: null, as the text table's blank.
        row.put("replaces", s.substitution() ? s.replaced().value() : null);
        row.put("substitution", s.substitution());
        row.put("amount", s.amount());
        row.put("fromReleased", s.fromReleased());
        row.put("distanceKm", number(s.distanceKm()));
        row.put("avoidedLifecycle", s.avoidedLifecycle());
        row.put("transportCostPerUnit", number(s.transportCost()));
        row.put("costChange", number(s.costChange()));
        row.put("share", s.share());
        row.put("shareAlone", s.shareAlone());
        return row;
    }

    /**
     * Writes {@link #CSV_FILES} into a directory.
     *
     * @param analysis  the outages
     * @param network   the plant network
     * @param synergies candidate links; empty when discovery did not run
     * @param dir       the directory, which must exist
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void writeCsv(ResilienceAnalysis analysis, PlantNetwork network,
            List<Synergy> synergies, Path dir) {
        List<String> outages = new ArrayList<>();
        outages.add("kind,plants,links,status,impact,residual_change,lifecycle_change,"
                + "cost_change,knock_on_residual,knock_on_lifecycle,plants_losing_inputs,"
                + "plants_cannot_run,plants_idle,problems");
        List<String> impacts = new ArrayList<>();
        impacts.add("outage,plant,role,carrier,bought_before,bought_after,sold_before,"
                + "sold_after,released_before,released_after,plant_lifecycle_change");
        for (OutageResult r : analysis.outages()) {
            String plants = String.join(" ", r.outage().plants().stream().map(PlantId::value)
                    .toList());
            String links = String.join(" ", r.outage().links().stream().map(LinkId::value)
                    .toList());
            outages.add(String.join(",", kind(r), SimulationExport.csv(plants),
                    SimulationExport.csv(links), r.status().name().toLowerCase(
                            java.util.Locale.ROOT), d(r.impact()), d(r.residualChange()),
                    d(r.lifecycleChange()), d(r.costChange()), d(r.knockOnResidual()),
                    d(r.knockOnLifecycle()), Integer.toString(r.plantsLosingInputs()),
                    Integer.toString(r.cascade().size()), Integer.toString(r.plantsIdle()),
                    SimulationExport.csv(String.join(" | ", r.problems()))));
            String label = SimulationExport.csv(r.outage().label());
            for (PlantImpact p : r.plants()) {
                String role = p.role().name().toLowerCase(java.util.Locale.ROOT);
                if (p.carriers().isEmpty()) {
                    impacts.add(String.join(",", label, p.plant().value(), role, "", "", "", "",
                            "", "", "", d(p.lifecycleChange())));
                }
                for (CarrierChange c : p.carriers()) {
                    impacts.add(String.join(",", label, p.plant().value(), role,
                            c.carrier().value(), d(c.boughtBefore()), d(c.boughtAfter()),
                            d(c.soldBefore()), d(c.soldAfter()), d(c.releasedBefore()),
                            d(c.releasedAfter()), d(p.lifecycleChange())));
                }
            }
        }
        List<String> net = new ArrayList<>();
        net.add("plant,component,circular,betweenness");
        Map<PlantId, Double> betweenness = network.betweenness();
        for (Map.Entry<PlantId, Double> e : betweenness.entrySet()) {
            Set<PlantId> component = network.componentOf(e.getKey());
            net.add(String.join(",", e.getKey().value(), Integer.toString(
                    network.components().indexOf(component)),
                    Boolean.toString(component.size() > 1), d(e.getValue())));
        }
        List<String> candidates = new ArrayList<>();
        candidates.add("link,from,to,carrier,replaces,substitution,amount,from_released,"
                + "distance_km,avoided_lifecycle,transport_cost_per_unit,cost_change,share,"
                + "share_alone");
        for (Synergy s : synergies) {
            candidates.add(String.join(",", s.linkId(), s.from().value(), s.to().value(),
                    s.offered().value(), s.substitution() ? s.replaced().value() : "",
                    Boolean.toString(s.substitution()), d(s.amount()), d(s.fromReleased()),
                    d(s.distanceKm()), d(s.avoidedLifecycle()), d(s.transportCost()),
                    d(s.costChange()), d(s.share()), d(s.shareAlone())));
        }
        try {
            write(dir.resolve("outages.csv"), outages);
            write(dir.resolve("impacts.csv"), impacts);
            write(dir.resolve("network.csv"), net);
            write(dir.resolve("candidates.csv"), candidates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files to " + dir, e);
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String d(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
