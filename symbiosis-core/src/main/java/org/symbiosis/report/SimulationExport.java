package org.symbiosis.report;

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
     * The whole result as one JSON document, with the effect of each measure: what {@link
     * #writeJson} writes, as one string. For a large park write to a file instead: a string
     * holds the whole document (and Java's strings end at 2^31 characters, about 6.5 x 10^5
     * plants).
     *
     * @param result  the simulation, with and without symbiosis
     * @param effects the effect of each measure (t CO2e per year), or an empty list to leave
     *                them out
     * @return the document, indented, ending with a newline
     * @throws IllegalStateException if Jackson cannot write it
     */
    public static String toJson(SimulationResult result,
            List<org.symbiosis.pathway.MeasureEffects.Effect> effects) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            writeJson(result, effects, out);
        } catch (IOException e) {
            throw new IllegalStateException("A simulation result could not be written as JSON", e);
        }
        return out.toString();
    }

    /**
     * Writes the whole result as one JSON document to {@code out}, streaming: each table is
     * written row by row from the result's arrays, so the memory this needs beyond the result
     * does not grow with the park. The document is the one {@link #toJson(SimulationResult,
     * List)} returns, indented and ending with a newline. {@code out} is flushed, not closed.
     * O(park).
     *
     * @param result  the simulation, with and without symbiosis
     * @param effects the effect of each measure (t CO2e per year), or an empty list to leave
     *                them out
     * @param out     where to write (buffer it: the generator writes small pieces)
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeJson(SimulationResult result,
            List<org.symbiosis.pathway.MeasureEffects.Effect> effects, java.io.Writer out)
            throws IOException {
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
        write(root, out);
    }

    /**
     * Writes a document of maps, lists, records and {@link Rows} to {@code out}, indented, with
     * a final newline; flushes and leaves {@code out} open.
     */
    static void write(Map<String, Object> root, java.io.Writer out) throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature
                .AUTO_CLOSE_TARGET).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    /**
     * A JSON list written row by row when it is serialised, straight from a result's arrays:
     * never held as a list of maps. The body writes each item whole (an object, or a value).
     */
    static final class Rows extends com.fasterxml.jackson.databind.JsonSerializable.Base {
        /** Writes the items of the list to the generator. */
        interface Body {
            void write(com.fasterxml.jackson.core.JsonGenerator gen) throws IOException;
        }

        private final Body body;

        Rows(Body body) {
            this.body = body;
        }

        @Override
        public void serialize(com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            body.write(gen);
            gen.writeEndArray();
        }

        @Override
        public void serializeWithType(com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider,
                com.fasterxml.jackson.databind.jsontype.TypeSerializer type) throws IOException {
            serialize(gen, provider);
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
            List<org.symbiosis.model.PlantId> ids = s.plants();
            row.put("plants", new Rows(gen -> {
                for (org.symbiosis.model.PlantId id : ids) {
                    gen.writeString(id.value());
                }
            }));
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
        map.put("plants", new Rows(gen -> {
            for (Plant p : park.plants().values()) {
                gen.writeStartObject();
                gen.writeStringField("plant", p.id().value());
                gen.writeStringField("name", p.name());
                gen.writeStringField("sector", p.sector());
                gen.writeStringField("site", p.site());
                if (p.location().isPresent()) {
                    gen.writeNumberField("latitude", p.location().get().latitude());
                    gen.writeNumberField("longitude", p.location().get().longitude());
                }
                gen.writeEndObject();
            }
        }));
        map.put("links", new Rows(gen -> {
            for (Link l : park.links().values()) {
                gen.writeStartObject();
                gen.writeStringField("link", l.id().value());
                gen.writeStringField("carrier", l.carrier().value());
                gen.writeStringField("from", l.from().value());
                gen.writeStringField("to", l.to().value());
                gen.writeNumberField("loss", l.loss());
                gen.writeNumberField("distanceKm", l.distanceKm());
                gen.writeStringField("status", l.status().name().toLowerCase(Locale.ROOT));
                gen.writeBooleanField("symbiosis", l.symbiosis());
                gen.writeEndObject();
            }
        }));
        List<Map<String, Object>> markets = new ArrayList<>();
        for (Market m : park.markets().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("carrier", m.carrier().value());
            row.put("buy", m.buy().isPresent());
            row.put("sell", m.sell().isPresent());
            double saleLimit = m.sell().map(Market.Sale::maximum).orElse(Double.POSITIVE_INFINITY);
            if (Double.isFinite(saleLimit)) {
                row.put("saleLimit", saleLimit);
            }
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
        map.put("plants", new Rows(gen -> {
            for (Ledger.PlantLedger p : ledger.plants().values()) {
                gen.writeStartObject();
                gen.writeStringField("plant", p.plant().value());
                gen.writeNumberField("scope1", p.scope1());
                gen.writeNumberField("ccuInScope1", p.ccuInScope1());
                gen.writeNumberField("scope2", p.scope2());
                gen.writeNumberField("scope2Market", p.scope2Market());
                gen.writeNumberField("purchasedGoods", p.purchasedGoods());
                gen.writeNumberField("fuelAndEnergy", p.fuelAndEnergy());
                gen.writeNumberField("transport", p.transport());
                gen.writeNumberField("upstream", p.upstream());
                gen.writeNumberField("residual", p.residual());
                gen.writeNumberField("lifecycle", p.lifecycle());
                gen.writeNumberField("removals", p.removals());
                gen.writeNumberField("biogenicMemo", p.biogenicMemo());
                gen.writeNumberField("stored", p.stored());
                gen.writeNumberField("soldFuels", p.soldFuels());
                gen.writeNumberField("soldProducts", p.soldProducts());
                gen.writeNumberField("avoided", p.avoided());
                gen.writeNumberField("cost", p.cost());
                gen.writeEndObject();
            }
        }));
        ParkIndex index = state.index();
        map.put("links", new Rows(gen -> {
            for (int l = 0; l < index.linkCount(); l++) {
                Link link = index.link(l);
                gen.writeStartObject();
                gen.writeStringField("link", link.id().value());
                gen.writeStringField("carrier", link.carrier().value());
                gen.writeStringField("from", link.from().value());
                gen.writeStringField("to", link.to().value());
                gen.writeBooleanField("active", state.linkActive(l));
                gen.writeNumberField("flow", state.flow(l));
                gen.writeNumberField("lost", state.linkLoss(l));
                gen.writeEndObject();
            }
        }));
        map.put("processes", new Rows(gen -> {
            for (int r = 0; r < index.processCount(); r++) {
                gen.writeStartObject();
                gen.writeStringField("process", index.process(r).id().value());
                gen.writeStringField("plant", index.plant(index.processPlant(r)).value());
                gen.writeNumberField("activity", state.activity(r));
                gen.writeEndObject();
            }
        }));
        map.put("boundary", new Rows(gen -> {
            for (int k = 0; k < index.pairCount(); k++) {
                if (state.bought(k) == 0 && state.sold(k) == 0 && state.released(k) == 0) {
                    continue;
                }
                gen.writeStartObject();
                gen.writeStringField("plant", index.plant(index.pairPlant(k)).value());
                gen.writeStringField("carrier", index.carrier(index.pairCarrier(k)).id().value());
                gen.writeNumberField("bought", state.bought(k));
                gen.writeNumberField("sold", state.sold(k));
                gen.writeNumberField("released", state.released(k));
                gen.writeEndObject();
            }
        }));
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
            try (CsvFile summary = new CsvFile(dir.resolve("summary.csv"),
                    "quantity,unit,with_symbiosis,without_symbiosis")) {
                for (String[] row : rows) {
                    summary.row(row);
                }
            }

            Park park = result.withSymbiosis().state().park();
            try (CsvFile plants = new CsvFile(dir.resolve("plants.csv"), "plant,sector,"
                    + "scope1_t_co2e,scope2_t_co2e,scope2_market_t_co2e,cat1_t_co2e,cat3_t_co2e,"
                    + "cat4_t_co2e,upstream_t_co2e,residual_t_co2e,lifecycle_t_co2e,"
                    + "residual_without_t_co2e,lifecycle_without_t_co2e,stored_t_co2,"
                    + "cat11_t_co2,cat12_t_co2,avoided_t_co2e,cost")) {
                for (Plant plant : park.plants().values()) {
                    Ledger.PlantLedger p = with.plants().get(plant.id());
                    Ledger.PlantLedger base = without.plants().get(plant.id());
                    plants.row(csv(plant.id().value()), csv(plant.sector()), d(p.scope1()),
                            d(p.scope2()), d(p.scope2Market()), d(p.purchasedGoods()),
                            d(p.fuelAndEnergy()), d(p.transport()), d(p.upstream()),
                            d(p.residual()), d(p.lifecycle()), d(base.residual()),
                            d(base.lifecycle()), d(p.stored()), d(p.soldFuels()),
                            d(p.soldProducts()), d(p.avoided()), d(p.cost()));
                }
            }

            try (CsvFile sites = new CsvFile(dir.resolve("sites.csv"), "site,plants,"
                    + "residual_t_co2e,residual_without_t_co2e,lifecycle_t_co2e,"
                    + "lifecycle_without_t_co2e")) {
                for (Sites.Site s : Sites.of(park, with, without)) {
                    sites.row(csv(s.site()), Integer.toString(s.plants().size()),
                            d(s.residual()), d(s.residualWithout()), d(s.lifecycle()),
                            d(s.lifecycleWithout()));
                }
            }

            FlowState state = result.withSymbiosis().state();
            FlowState base = result.baseline().state();
            ParkIndex index = state.index();
            try (CsvFile links = new CsvFile(dir.resolve("links.csv"),
                    "link,carrier,from,to,unit,flow,flow_without,lost,capacity,symbiosis")) {
                for (int l = 0; l < index.linkCount(); l++) {
                    Link link = index.link(l);
                    links.row(csv(link.id().value()), csv(link.carrier().value()),
                            csv(link.from().value()), csv(link.to().value()),
                            csv(index.carrier(index.linkCarrier(l)).unit()), d(state.flow(l)),
                            d(base.flow(l)), d(state.linkLoss(l)), d(link.capacity()),
                            String.valueOf(link.symbiosis()));
                }
            }

            try (CsvFile processes = new CsvFile(dir.resolve("processes.csv"),
                    "process,plant,reference,activity,activity_without,capacity")) {
                for (int r = 0; r < index.processCount(); r++) {
                    processes.row(csv(index.process(r).id().value()),
                            csv(index.plant(index.processPlant(r)).value()),
                            csv(index.process(r).reference().value()), d(state.activity(r)),
                            d(base.activity(r)), d(index.process(r).capacity()));
                }
            }

            try (CsvFile carriers = new CsvFile(dir.resolve("carriers.csv"), "carrier,unit,"
                    + "produced,consumed,exchanged,lost,bought,sold,released,scope1_t_co2e")) {
                for (Ledger.CarrierLedger c : with.carriers().values()) {
                    carriers.row(csv(c.carrier().value()),
                            csv(index.park().carrier(c.carrier()).unit()), d(c.produced()),
                            d(c.consumed()), d(c.exchanged()), d(c.lost()), d(c.bought()),
                            d(c.sold()), d(c.released()), d(c.scope1()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files to " + dir, e);
        }
    }

    /**
     * One CSV file written row by row through a buffer: a header line, then one line per row,
     * each ending with the platform's line separator (as {@code Files.write} ends lines).
     */
    static final class CsvFile implements java.io.Closeable {
        private final java.io.Writer out;

        CsvFile(Path file, String header) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            line(header);
        }

        /** Writes one row of already quoted cells, joined by commas. */
        void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cells[i]);
            }
            out.write(System.lineSeparator());
        }

        private void line(String text) throws IOException {
            out.write(text);
            out.write(System.lineSeparator());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
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
