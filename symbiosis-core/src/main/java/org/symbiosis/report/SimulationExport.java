package org.symbiosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.ledger.Sites;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.SimulationResult;

/**
 * The data of a simulation report as JSON (one document) or CSV (one file per table), full
 * precision, for other tools. The same figures as {@link SimulationReport}.
 */
public final class SimulationExport {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private SimulationExport() {
    }

    /**
     * The whole result as one JSON document.
     *
     * @param result the simulation, with and without symbiosis
     * @return the document, indented, ending with a newline
     * @throws IllegalStateException if Jackson cannot write it
     */
    public static String toJson(SimulationResult result) {
        return toJson(result, List.of());
    }

    /**
     * The whole result as one JSON document, with the effect of each measure.
     *
     * @param result  the simulation, with and without symbiosis
     * @param effects the effect of each measure (t CO2e per year), or an empty list to leave
     *                them out
     * @return the document, indented, ending with a newline
     * @throws IllegalStateException if Jackson cannot write it
     */
    public static String toJson(SimulationResult result,
            List<org.symbiosis.pathway.MeasureEffects.Effect> effects) {
        Map<String, Object> root = new LinkedHashMap<>();
        FlowState with = result.withSymbiosis().state();
        root.put("park", with.park().name());
        root.put("conventions", SimulationReport.conventions(with.park()));
        root.put("elements", elements(with.park()));
        root.put("withSymbiosis", outcome(result.withSymbiosis()));
        root.put("withoutSymbiosis", outcome(result.baseline()));
        if (!with.park().reported().isEmpty()) {
            root.put("calibration", calibration(result.withSymbiosis()));
        }
        root.put("sites", sites(result));
        if (!effects.isEmpty()) {
            List<Map<String, Object>> measures = new ArrayList<>();
            for (org.symbiosis.pathway.MeasureEffects.Effect e : effects) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("measure", e.measure().id());
                row.put("description", e.measure().description());
                row.put("residualWith", e.residualWith());
                row.put("residualWithout", e.residualWithout());
                row.put("residualChange", e.residualChange());
                row.put("lifecycleWith", e.lifecycleWith());
                row.put("lifecycleWithout", e.lifecycleWithout());
                row.put("lifecycleChange", e.lifecycleChange());
                measures.add(row);
            }
            root.put("measures", measures);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A simulation result could not be written as JSON", e);
        }
    }

    /**
     * Residual and life-cycle emissions per site, with and without symbiosis, as in the text
     * report's "Sites" table; the plants with no site as "(no site)".
     */
    static List<Map<String, Object>> sites(SimulationResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sites.Site s : Sites.of(result.withSymbiosis().state().park(),
                result.withSymbiosis().ledger(), result.baseline().ledger())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("site", s.site());
            row.put("plants", s.plants().stream().map(p -> p.value()).toList());
            row.put("residualWith", s.residual());
            row.put("residualWithout", s.residualWithout());
            row.put("residualChange", s.residual() - s.residualWithout());
            row.put("lifecycleWith", s.lifecycle());
            row.put("lifecycleWithout", s.lifecycleWithout());
            row.put("lifecycleChange", s.lifecycle() - s.lifecycleWithout());
            rows.add(row);
        }
        return rows;
    }

    /** Each reported figure beside the model's (with symbiosis), as in the text report. */
    static List<Map<String, Object>> calibration(org.symbiosis.simulate.Simulation with) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (org.symbiosis.ledger.Calibration.Row c
                : org.symbiosis.ledger.Calibration.of(with.state(), with.ledger())) {
            org.symbiosis.model.Reported r = c.reported();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("plants", r.plants().stream().map(p -> p.value()).toList());
            row.put("quantity", r.quantity().label());
            if (r.carrier() != null) {
                row.put("carrier", r.carrier().value());
            }
            row.put("year", r.year());
            row.put("unit", c.unit(with.state().park()));
            row.put("reported", r.value());
            row.put("model", c.model());
            row.put("difference", Double.isNaN(c.difference()) ? null : c.difference());
            row.put("tolerance", r.held() ? r.tolerance() : null);
            row.put("verdict", c.verdict());
            row.put("source", r.source());
            row.put("note", r.note());
            rows.add(row);
        }
        return rows;
    }

    /**
     * What the figures refer to: carriers (unit, carbon and GWP per unit), plants (name, sector,
     * location where given), links (ends, carrier, symbiosis or utility, existing or candidate)
     * and markets (what each carrier can be bought, sold or released as). Readers such as the
     * HTML report weigh flows with these: a link's carbon is its flow x its carrier's carbon.
     */
    static Map<String, Object> elements(Park park) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Map<String, Object>> carriers = new ArrayList<>();
        for (Carrier c : park.carriers().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("carrier", c.id().value());
            row.put("name", c.name());
            row.put("unit", c.unit());
            row.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            row.put("carbonPerUnit", c.carbonPerUnit());
            row.put("gwpPerUnit", c.gwpPerUnit());
            row.put("biogenic", c.biogenic());
            carriers.add(row);
        }
        map.put("carriers", carriers);
        List<Map<String, Object>> plants = new ArrayList<>();
        for (Plant p : park.plants().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plant", p.id().value());
            row.put("name", p.name());
            row.put("sector", p.sector());
            row.put("site", p.site());
            p.location().ifPresent(l -> {
                row.put("latitude", l.latitude());
                row.put("longitude", l.longitude());
            });
            plants.add(row);
        }
        map.put("plants", plants);
        List<Map<String, Object>> links = new ArrayList<>();
        for (Link l : park.links().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("link", l.id().value());
            row.put("carrier", l.carrier().value());
            row.put("from", l.from().value());
            row.put("to", l.to().value());
            row.put("loss", l.loss());
            row.put("distanceKm", l.distanceKm());
            row.put("status", l.status().name().toLowerCase(Locale.ROOT));
            row.put("symbiosis", l.symbiosis());
            links.add(row);
        }
        map.put("links", links);
        List<Map<String, Object>> markets = new ArrayList<>();
        for (Market m : park.markets().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("carrier", m.carrier().value());
            row.put("buy", m.buy().isPresent());
            row.put("sell", m.sell().isPresent());
            row.put("disposal", m.disposal().map(d -> d.kind().name().toLowerCase(Locale.ROOT))
                    .orElse(null));
            markets.add(row);
        }
        map.put("markets", markets);
        return map;
    }

    private static Map<String, Object> outcome(Simulation simulation) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("convergence", simulation.convergence());
        map.putAll(outcome(simulation.state(), simulation.ledger()));
        return map;
    }

    /** Totals, plants, links, processes, boundary and carriers of one flow state. */
    static Map<String, Object> outcome(FlowState state, Ledger ledger) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("totals", ledger.totals());
        List<Map<String, Object>> plants = new ArrayList<>();
        for (Ledger.PlantLedger p : ledger.plants().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plant", p.plant().value());
            row.put("scope1", p.scope1());
            row.put("ccuInScope1", p.ccuInScope1());
            row.put("scope2", p.scope2());
            row.put("scope2Market", p.scope2Market());
            row.put("purchasedGoods", p.purchasedGoods());
            row.put("fuelAndEnergy", p.fuelAndEnergy());
            row.put("transport", p.transport());
            row.put("upstream", p.upstream());
            row.put("residual", p.residual());
            row.put("lifecycle", p.lifecycle());
            row.put("removals", p.removals());
            row.put("biogenicMemo", p.biogenicMemo());
            row.put("stored", p.stored());
            row.put("soldFuels", p.soldFuels());
            row.put("soldProducts", p.soldProducts());
            row.put("avoided", p.avoided());
            row.put("cost", p.cost());
            plants.add(row);
        }
        map.put("plants", plants);
        ParkIndex index = state.index();
        List<Map<String, Object>> links = new ArrayList<>();
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.link(l);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("link", link.id().value());
            row.put("carrier", link.carrier().value());
            row.put("from", link.from().value());
            row.put("to", link.to().value());
            row.put("active", state.linkActive(l));
            row.put("flow", state.flow(l));
            row.put("lost", state.linkLoss(l));
            links.add(row);
        }
        map.put("links", links);
        List<Map<String, Object>> processes = new ArrayList<>();
        for (int r = 0; r < index.processCount(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("process", index.process(r).id().value());
            row.put("plant", index.plant(index.processPlant(r)).value());
            row.put("activity", state.activity(r));
            processes.add(row);
        }
        map.put("processes", processes);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int k = 0; k < index.pairCount(); k++) {
            if (state.bought(k) == 0 && state.sold(k) == 0 && state.released(k) == 0) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plant", index.plant(index.pairPlant(k)).value());
            row.put("carrier", index.carrier(index.pairCarrier(k)).id().value());
            row.put("bought", state.bought(k));
            row.put("sold", state.sold(k));
            row.put("released", state.released(k));
            pairs.add(row);
        }
        map.put("boundary", pairs);
        List<Object> carriers = new ArrayList<>(ledger.carriers().values().stream()
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("carrier", c.carrier().value());
                    row.put("produced", c.produced());
                    row.put("consumed", c.consumed());
                    row.put("exchanged", c.exchanged());
                    row.put("lost", c.lost());
                    row.put("bought", c.bought());
                    row.put("sold", c.sold());
                    row.put("released", c.released());
                    row.put("scope1", c.scope1());
                    return row;
                }).toList());
        map.put("carriers", carriers);
        return map;
    }

    /**
     * Writes {@code summary.csv}, {@code plants.csv}, {@code sites.csv}, {@code links.csv},
     * {@code processes.csv} and {@code carriers.csv} into {@code dir}, creating it if needed.
     * Numbers at full precision; an infinite one (an unlimited capacity) is an empty cell.
     *
     * @param result the simulation, with and without symbiosis
     * @param dir    the directory
     * @throws UncheckedIOException if a file cannot be written, naming the directory
     */
    public static void writeCsv(SimulationResult result, Path dir) {
        Ledger with = result.withSymbiosis().ledger();
        Ledger without = result.baseline().ledger();
        try {
            Files.createDirectories(dir);
            List<String> summary = new ArrayList<>();
            summary.add("quantity,unit,with_symbiosis,without_symbiosis");
            Ledger.Totals w = with.totals();
            Ledger.Totals wo = without.totals();
            String[][] rows = {
                {"scope1", "t CO2e/yr", d(w.scope1()), d(wo.scope1())},
                {"ccu_in_scope1", "t CO2/yr", d(w.ccuInScope1()), d(wo.ccuInScope1())},
                {"scope2", "t CO2e/yr", d(w.scope2()), d(wo.scope2())},
                {"scope2_market", "t CO2e/yr", d(w.scope2Market()), d(wo.scope2Market())},
                {"residual", "t CO2e/yr", d(w.residual()), d(wo.residual())},
                {"removals", "t CO2/yr", d(w.removals()), d(wo.removals())},
                {"net", "t CO2e/yr", d(w.net()), d(wo.net())},
                {"scope3_cat1_purchased_goods", "t CO2e/yr", d(w.purchasedGoods()),
                    d(wo.purchasedGoods())},
                {"scope3_cat3_fuel_and_energy", "t CO2e/yr", d(w.fuelAndEnergy()),
                    d(wo.fuelAndEnergy())},
                {"scope3_cat4_transport", "t CO2e/yr", d(w.transport()), d(wo.transport())},
                {"upstream", "t CO2e/yr", d(w.upstream()), d(wo.upstream())},
                {"lifecycle", "t CO2e/yr", d(w.lifecycle()), d(wo.lifecycle())},
                {"stored", "t CO2/yr", d(w.stored()), d(wo.stored())},
                {"scope3_cat11_sold_fuels_memo", "t CO2/yr", d(w.soldFuels()),
                    d(wo.soldFuels())},
                {"scope3_cat12_sold_products_memo", "t CO2/yr", d(w.soldProducts()),
                    d(wo.soldProducts())},
                {"avoided_memo", "t CO2e/yr", d(w.avoided()), d(wo.avoided())},
                {"biogenic_memo", "t CO2/yr", d(w.biogenicMemo()), d(wo.biogenicMemo())},
                {"cost", "currency/yr", d(w.cost()), d(wo.cost())},
                {"circularity", "fraction", d(w.circularity()), d(wo.circularity())},
                {"carbon_closure_error", "relative", d(w.carbonClosureError()),
                    d(wo.carbonClosureError())}};
            for (String[] row : rows) {
                summary.add(String.join(",", row));
            }
            write(dir.resolve("summary.csv"), summary);

            List<String> plants = new ArrayList<>();
            plants.add("plant,sector,scope1_t_co2e,scope2_t_co2e,scope2_market_t_co2e,"
                    + "cat1_t_co2e,cat3_t_co2e,cat4_t_co2e,upstream_t_co2e,residual_t_co2e,"
                    + "lifecycle_t_co2e,residual_without_t_co2e,lifecycle_without_t_co2e,"
                    + "stored_t_co2,cat11_t_co2,cat12_t_co2,avoided_t_co2e,cost");
            for (Plant plant : result.withSymbiosis().state().park().plants().values()) {
                Ledger.PlantLedger p = with.plants().get(plant.id());
                Ledger.PlantLedger base = without.plants().get(plant.id());
                plants.add(String.join(",", csv(plant.id().value()), csv(plant.sector()),
                        d(p.scope1()), d(p.scope2()), d(p.scope2Market()), d(p.purchasedGoods()),
                        d(p.fuelAndEnergy()), d(p.transport()), d(p.upstream()), d(p.residual()),
                        d(p.lifecycle()), d(base.residual()), d(base.lifecycle()), d(p.stored()),
                        d(p.soldFuels()), d(p.soldProducts()), d(p.avoided()), d(p.cost())));
            }
            write(dir.resolve("plants.csv"), plants);

            List<String> sites = new ArrayList<>();
            sites.add("site,plants,residual_t_co2e,residual_without_t_co2e,lifecycle_t_co2e,"
                    + "lifecycle_without_t_co2e");
            for (Sites.Site s : Sites.of(result.withSymbiosis().state().park(), with, without)) {
                sites.add(String.join(",", csv(s.site()), Integer.toString(s.plants().size()),
                        d(s.residual()), d(s.residualWithout()), d(s.lifecycle()),
                        d(s.lifecycleWithout())));
            }
            write(dir.resolve("sites.csv"), sites);

            FlowState state = result.withSymbiosis().state();
            FlowState base = result.baseline().state();
            ParkIndex index = state.index();
            List<String> links = new ArrayList<>();
            links.add("link,carrier,from,to,unit,flow,flow_without,lost,capacity,symbiosis");
            for (int l = 0; l < index.linkCount(); l++) {
                Link link = index.link(l);
                links.add(String.join(",", csv(link.id().value()), csv(link.carrier().value()),
                        csv(link.from().value()), csv(link.to().value()),
                        csv(index.carrier(index.linkCarrier(l)).unit()), d(state.flow(l)),
                        d(base.flow(l)), d(state.linkLoss(l)), d(link.capacity()),
                        String.valueOf(link.symbiosis())));
            }
            write(dir.resolve("links.csv"), links);

            List<String> processes = new ArrayList<>();
            processes.add("process,plant,reference,activity,activity_without,capacity");
            for (int r = 0; r < index.processCount(); r++) {
                processes.add(String.join(",", csv(index.process(r).id().value()),
                        csv(index.plant(index.processPlant(r)).value()),
                        csv(index.process(r).reference().value()), d(state.activity(r)),
                        d(base.activity(r)), d(index.process(r).capacity())));
            }
            write(dir.resolve("processes.csv"), processes);

            List<String> carriers = new ArrayList<>();
            carriers.add("carrier,unit,produced,consumed,exchanged,lost,bought,sold,released,"
                    + "scope1_t_co2e");
            for (Ledger.CarrierLedger c : with.carriers().values()) {
                carriers.add(String.join(",", csv(c.carrier().value()),
                        csv(index.park().carrier(c.carrier()).unit()), d(c.produced()),
                        d(c.consumed()), d(c.exchanged()), d(c.lost()), d(c.bought()),
                        d(c.sold()), d(c.released()), d(c.scope1())));
            }
            write(dir.resolve("carriers.csv"), carriers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files to " + dir, e);
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String d(double value) {
        return Double.isInfinite(value) ? "" : Double.toString(value);
    }

    static String csv(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
