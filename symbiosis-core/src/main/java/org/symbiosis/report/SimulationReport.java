package org.symbiosis.report;

import static org.symbiosis.report.TextTable.amount;
import static org.symbiosis.report.TextTable.change;
import static org.symbiosis.report.TextTable.percent;

import java.util.List;
import java.util.Locale;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Calibration;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.ledger.Sites;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.Reported;
import org.symbiosis.model.Target;
import org.symbiosis.pathway.MeasureEffects;
import org.symbiosis.simulate.Convergence;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.SimulationResult;

/**
 * The readable report of a simulation: the summary "with symbiosis vs without" first, then tables
 * per plant, per link, per process and per carrier, units in the headers.
 */
public final class SimulationReport {

    /**
     * The conventions every report states, with the park's CCU attribution.
     *
     * @param park the park, for its accounting settings
     * @return one paragraph, not wrapped
     */
    public static String conventions(Park park) {
        String ccu = switch (park.accounting().ccuLabel()) {
            case "emitter" -> "the park, which captured it, keeps the credit and the buyer's"
                    + " emission is in category 11 or 12";
            case "user" -> "the buyer claims it, so the park books it in scope 1";
            default -> "the park keeps " + park.accounting().ccuLabel().replace(" to the"
                    + " emitter", "") + " of the credit and books the rest in scope 1";
        };
        return "Conventions: scope 1 = releases to air of carriers with a GWP (GWP-weighted, link"
                + " losses included); scope 2 = purchased electricity and heat x location-based"
                + " factors (market-based shown apart); residual = scope 1 + 2. Scope 3 upstream"
                + " = category 1 (purchased materials), 3 (purchased fuels, cradle to gate) and 4"
                + " (transport from each origin); life cycle = residual + upstream. Carbon in"
                + " sold fuels (category 11) and products (category 12), net of what the park"
                + " buys back, and emissions avoided outside are memos, never netted nor added"
                + " to a saving. Recycled carbon in sold CCU products is credited once (" + ccu
                + "). Biogenic CO2 counts 0 (memo); biogenic CO2 put in storage is a removal."
                + " Circularity = share of by-product output kept in the complex (not released,"
                + " sold or lost). \"Without symbiosis\" = the same park with its symbiosis"
                + " links off: needs bought, by-products released.";
    }

    private SimulationReport() {
    }

    /**
     * The report of a simulation, without measures.
     *
     * @param result the simulation, with and without symbiosis
     * @return the report, lines ending with a newline
     */
    public static String text(SimulationResult result) {
        return text(result, List.of());
    }

    /**
     * Rows of each table the report shows by default: every row of the bundled examples (at
     * most 38), the top of a large park's tables.
     */
    public static final int DEFAULT_ROWS = 40;

    /**
     * The report with a section on what each of the park's measures does, each table cut to
     * its {@value #DEFAULT_ROWS} largest rows. Sections for targets, calibration and sites
     * appear only when the park has any.
     *
     * @param result  the simulation, with and without symbiosis
     * @param effects the effect of each measure, or an empty list to leave the section out
     * @return the report, lines ending with a newline
     */
    public static String text(SimulationResult result, List<MeasureEffects.Effect> effects) {
        return text(result, effects, DEFAULT_ROWS);
    }

    /**
     * The report with a section on what each of the park's measures does. A table with more
     * than {@code rows} rows shows only its {@code rows} largest, largest first (plants and sites
     * by residual emissions with symbiosis, links by flow, processes by activity, carriers by
     * scope 1, each in absolute value; equal sizes in park order), followed by a line that
     * says how many rows are hidden and where the full tables go ({@code --csv}, {@code --json},
     * {@code --html}); a table that fits is shown whole, in park order. So the report of a park
     * of any size has at most about {@code 6 x rows} table rows. O(park x log rows).
     *
     * @param result  the simulation, with and without symbiosis
     * @param effects the effect of each measure, or an empty list to leave the section out
     * @param rows    the most rows shown per table; {@link Integer#MAX_VALUE} for all
     * @return the report, lines ending with a newline
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public static String text(SimulationResult result, List<MeasureEffects.Effect> effects,
            int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("A report shows at least 1 row per table, not "
                    + rows + ".");
        }
        Simulation with = result.withSymbiosis();
        Simulation without = result.baseline();
        Park park = with.state().park();
        StringBuilder sb = new StringBuilder();
        sb.append("Park: ").append(park.name()).append('\n');
        if (!park.description().isEmpty()) {
            sb.append(wrap(park.description(), 100)).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%d plants, %d processes, %d links, %d carriers."
                + " %s%n%n", park.plants().size(), park.processes().size(), park.links().size(),
                park.carriers().size(), solveLine(with.convergence())));
        sb.append(summary(with.ledger().totals(), without.ledger().totals())).append('\n');
        sb.append(verdict(with.ledger().totals(), without.ledger().totals())).append("\n\n");
        if (!effects.isEmpty()) {
            sb.append("Measures (each against the same park without it)\n")
                    .append(measures(effects)).append('\n');
        }
        if (!park.targets().isEmpty()) {
            sb.append("Targets\n").append(targets(park, with.ledger().totals())).append('\n');
        }
        if (!park.reported().isEmpty()) {
            sb.append("Calibration: model vs reported (with symbiosis)\n")
                    .append(calibration(park, Calibration.of(with.state(), with.ledger())))
                    .append('\n');
        }
        sb.append(wrap(conventions(park), 100)).append("\n\n");
        if (Sites.any(park)) {
            sb.append("Sites (each site's plants added up)\n").append(sites(result, rows))
                    .append('\n');
        }
        sb.append("Plants\n").append(plants(result, rows)).append('\n');
        if (!park.links().isEmpty()) {
            sb.append("Links\n").append(links(with.state(), rows)).append('\n');
        }
        sb.append("Processes\n").append(processes(with.state(), rows)).append('\n');
        sb.append("Carriers at the boundary (with symbiosis)\n").append(carriers(with, rows))
                .append('\n');
        String limits = saleLimits(with);
        if (!limits.isEmpty()) {
            sb.append("Markets with a sale limit (with symbiosis)\n").append(limits).append('\n');
        }
        List<Ledger.ProcessCarbon> unbalanced = with.ledger().unbalancedProcesses();
        for (Ledger.ProcessCarbon pc : unbalanced.subList(0, Math.min(rows,
                unbalanced.size()))) {
            sb.append(String.format(Locale.ROOT, "Note: the recipe of process '%s' does not"
                    + " balance carbon (%.4g t C in, %.4g t C out per unit); it %s %s t C/yr.%n",
                    pc.process(), pc.carbonInPerUnit(), pc.carbonOutPerUnit(),
                    pc.imbalance() > 0 ? "creates" : "destroys", amount(Math.abs(pc.imbalance()))));
        }
        if (unbalanced.size() > rows) {
            sb.append(String.format(Locale.ROOT, "... and %,d more processes whose recipes do"
                    + " not balance carbon (the %,d that create or destroy most are above).%n",
                    unbalanced.size() - rows, rows));
        }
        return sb.toString();
    }

    /**
     * The line under a table cut to its largest rows: how many are hidden, and where the whole
     * table is written.
     */
    static String hidden(int shown, int total, String what, String by) {
        return String.format(Locale.ROOT, "... %,d more %s not shown (%,d of %,d shown: the"
                + " largest by %s). Full tables: --csv DIR, --json FILE or --html FILE.%n",
                total - shown, what, shown, total, by);
    }

    private static String solveLine(Convergence c) {
        if (c.cyclicComponents() == 0) {
            return "No loops: solved in one pass.";
        }
        String loops = c.cyclicComponents() + " loop" + (c.cyclicComponents() == 1 ? "" : "s");
        return c.sweeps() == 0
                ? String.format(Locale.ROOT, "%s solved directly, by elimination (residual %.1e).",
                        loops, c.residual())
                : String.format(Locale.ROOT, "%s solved in %d sweeps (residual %.1e).", loops,
                        c.sweeps(), c.residual());
    }

    static String summary(Ledger.Totals w, Ledger.Totals wo) {
        TextTable t = new TextTable().text("Summary").text("unit").number("with symbiosis", "")
                .number("without", "").number("change", "");
        row(t, "Scope 1 (direct releases)", "t CO2e/yr", w.scope1(), wo.scope1());
        if (w.ccuInScope1() != 0 || wo.ccuInScope1() != 0) {
            row(t, "  of which CCU carbon booked here", "t CO2/yr", w.ccuInScope1(),
                    wo.ccuInScope1());
        }
        row(t, "Scope 2, location-based", "t CO2e/yr", w.scope2(), wo.scope2());
        row(t, "Scope 2, market-based (apart)", "t CO2e/yr", w.scope2Market(),
                wo.scope2Market());
        row(t, "Residual emissions (scope 1 + 2)", "t CO2e/yr", w.residual(), wo.residual());
        row(t, "Removals (biogenic CO2 stored)", "t CO2/yr", w.removals(), wo.removals());
        row(t, "Net (residual - removals)", "t CO2e/yr", w.net(), wo.net());
        row(t, "Scope 3 cat. 1, purchased materials", "t CO2e/yr", w.purchasedGoods(),
                wo.purchasedGoods());
        row(t, "Scope 3 cat. 3, fuels upstream", "t CO2e/yr", w.fuelAndEnergy(),
                wo.fuelAndEnergy());
        row(t, "Scope 3 cat. 4, transport", "t CO2e/yr", w.transport(), wo.transport());
        row(t, "Life cycle (residual + cat. 1, 3, 4)", "t CO2e/yr", w.lifecycle(),
                wo.lifecycle());
        row(t, "CO2 stored permanently", "t CO2/yr", w.stored(), wo.stored());
        row(t, "Memo: cat. 11, CO2 in sold fuels", "t CO2/yr", w.soldFuels(), wo.soldFuels());
        row(t, "Memo: cat. 12, CO2 in sold products", "t CO2/yr", w.soldProducts(),
                wo.soldProducts());
        row(t, "Memo: avoided outside (not netted)", "t CO2e/yr", w.avoided(), wo.avoided());
        row(t, "Memo: biogenic CO2 released", "t CO2/yr", w.biogenicMemo(), wo.biogenicMemo());
        row(t, "Cost (purchases + operation - sales)", "currency/yr", w.cost(), wo.cost());
        t.row("Circularity", "%", percent(w.circularity()), percent(wo.circularity()),
                String.format(Locale.ROOT, "%+.1f pts", 100 * (w.circularity()
                        - wo.circularity())));
        t.row("Carbon closure error", "relative", String.format(Locale.ROOT, "%.1e",
                w.carbonClosureError()), String.format(Locale.ROOT, "%.1e",
                wo.carbonClosureError()), "");
        return t.render();
    }

    /**
     * What symbiosis does, in one plain sentence per metric: the saving is the change of the
     * residual and of the life cycle, never with avoided emissions added.
     */
    static String verdict(Ledger.Totals with, Ledger.Totals without) {
        return wrap(String.format(Locale.ROOT, "Symbiosis %s residual emissions by %s t CO2e/yr"
                + " and %s life-cycle emissions by %s t CO2e/yr (avoided emissions outside the"
                + " park are a memo and are not part of either).",
                with.residual() <= without.residual() ? "lowers" : "raises",
                amount(Math.abs(without.residual() - with.residual())),
                with.lifecycle() <= without.lifecycle() ? "lowers" : "raises",
                amount(Math.abs(without.lifecycle() - with.lifecycle()))), 100);
    }

    /**
     * A table of the measures' effects and one plain sentence each, saying whether the measure
     * lowers or raises residual and life-cycle emissions and by how much.
     *
     * @param effects the effect of each measure, in the order to show
     * @return the table (changes in t CO2e per year) and the sentences, a rise in capitals
     */
    public static String measures(List<MeasureEffects.Effect> effects) {
        TextTable t = new TextTable().text("measure").number("residual change", "t CO2e/yr")
                .number("life-cycle change", "t CO2e/yr");
        StringBuilder sentences = new StringBuilder();
        for (MeasureEffects.Effect e : effects) {
            t.row(e.measure().id(), String.format(Locale.ROOT, "%+,.1f", e.residualChange()),
                    String.format(Locale.ROOT, "%+,.1f", e.lifecycleChange()));
            boolean lowersResidual = e.residualChange() <= 0;
            boolean lowersLife = e.lifecycleChange() <= 0;
            sentences.append(wrap(String.format(Locale.ROOT, "%s%s %s residual emissions by %s"
                    + " t CO2e/yr and %s life-cycle emissions by %s t CO2e/yr%s.",
                    e.measure().id(), e.measure().description().isEmpty() ? ""
                            : " (" + e.measure().description() + ")",
                    lowersResidual ? "lowers" : "RAISES",
                    amount(Math.abs(e.residualChange())), lowersLife ? "lowers" : "RAISES",
                    amount(Math.abs(e.lifecycleChange())), lowersResidual && !lowersLife
                            ? ": it cuts the park's own emissions but adds more upstream than"
                            + " it saves" : ""), 100)).append('\n');
        }
        return t.render() + sentences;
    }

    static String targets(Park park, Ledger.Totals totals) {
        TextTable t = new TextTable().text("target").number("base", "t CO2e/yr")
                .number("goal", "t CO2e/yr").number("with symbiosis", "t CO2e/yr")
                .number("vs base", "").text("verdict");
        StringBuilder notes = new StringBuilder();
        for (Target target : park.targets()) {
            double value = totals.of(target.metric());
            double gap = value - target.goal();
            boolean met = gap <= Park.TOLERANCE * Math.max(target.baseEmissions(), 1);
            t.row(target.id(), amount(target.baseEmissions()), amount(target.goal()),
                    amount(value), target.baseEmissions() == 0 ? "n/a"
                            : String.format(Locale.ROOT, "%+.1f %%", 100 * (value
                                    / target.baseEmissions() - 1)),
                    met ? "met (" + amount(-gap) + " to spare)" : "missed by " + amount(gap));
            if (!target.description().isEmpty()) {
                notes.append(wrap(target.id() + " (" + target.metric().name().toLowerCase(Locale.ROOT)
                    + "): " + target.description(), 100)).append('\n');
            }
        }
        return t.render() + notes;
    }

    /**
     * Each reported figure beside the model's for the same plants, the difference in percent
     * and the verdict against its tolerance; then each figure's source and note.
     */
    static String calibration(Park park, List<Calibration.Row> rows) {
        TextTable t = new TextTable().text("reported figure").text("quantity").text("year")
                .text("unit").number("reported", "").number("model", "")
                .number("difference", "").number("tolerance", "").text("verdict");
        StringBuilder notes = new StringBuilder();
        for (Calibration.Row row : rows) {
            Reported r = row.reported();
            t.row(r.id(), r.quantity().label() + (r.carrier() == null ? "" : " " + r.carrier()),
                    Integer.toString(r.year()), row.unit(park), amount(r.value()),
                    amount(row.model()), Double.isNaN(row.difference()) ? "n/a"
                            : String.format(Locale.ROOT, "%+.1f %%", 100 * row.difference()),
                    r.held() ? String.format(Locale.ROOT, "%.1f %%", 100 * r.tolerance()) : "-",
                    switch (row.verdict()) {
                        case "within" -> "within";
                        case "outside" -> "OUTSIDE its tolerance";
                        default -> "shown, not held";
                    });
            notes.append(wrap(r.id() + " (" + String.join(", ", r.plants().stream()
                    .map(PlantId::value).toList()) + "): " + r.source()
                    + (r.note().isEmpty() ? "" : ". " + r.note()), 100)).append('\n');
        }
        return t.render() + notes;
    }

    private static void row(TextTable t, String label, String unit, double with, double without) {
        t.row(label, unit, amount(with), amount(without), change(without, with));
    }

    static String plants(SimulationResult result, int limit) {
        Ledger with = result.withSymbiosis().ledger();
        Ledger without = result.baseline().ledger();
        Park park = result.withSymbiosis().state().park();
        TextTable t = new TextTable().text("plant").text("sector")
                .number("scope 1", "t CO2e/yr").number("scope 2", "t CO2e/yr")
                .number("upstream", "t CO2e/yr").number("residual", "t CO2e/yr")
                .number("without", "t CO2e/yr").number("change", "t CO2e/yr")
                .number("life cycle", "t CO2e/yr").number("without", "t CO2e/yr")
                .number("stored", "t CO2/yr");
        List<Plant> plants = List.copyOf(park.plants().values());
        List<Ledger.PlantLedger> lines = List.copyOf(with.plants().values());
        int[] shown = TopRows.of(plants.size(), limit,
                i -> Math.abs(lines.get(i).residual()));
        for (int i : shown) {
            Plant plant = plants.get(i);
            PlantId id = plant.id();
            Ledger.PlantLedger w = with.plants().get(id);
            Ledger.PlantLedger wo = without.plants().get(id);
            t.row(id.value(), plant.sector(), amount(w.scope1()), amount(w.scope2()),
                    amount(w.upstream()), amount(w.residual()), amount(wo.residual()),
                    change(wo.residual(), w.residual()), amount(w.lifecycle()),
                    amount(wo.lifecycle()), amount(w.stored()));
        }
        Ledger.Totals w = with.totals();
        t.row("total", "", amount(w.scope1()), amount(w.scope2()), amount(w.upstream()),
                amount(w.residual()), amount(without.totals().residual()),
                change(without.totals().residual(), w.residual()), amount(w.lifecycle()),
                amount(without.totals().lifecycle()), amount(w.stored()));
        return t.render() + (shown.length < plants.size() ? hidden(shown.length, plants.size(),
                "plants", "residual emissions with symbiosis") : "");
    }

    /**
     * Residual and life-cycle emissions per site, with and without symbiosis; the plants with no
     * site as "(no site)", and the park's total.
     */
    static String sites(SimulationResult result, int limit) {
        Ledger with = result.withSymbiosis().ledger();
        Ledger without = result.baseline().ledger();
        Park park = result.withSymbiosis().state().park();
        TextTable t = new TextTable().text("site").number("plants", "")
                .number("residual", "t CO2e/yr").number("without", "t CO2e/yr")
                .number("change", "t CO2e/yr").number("life cycle", "t CO2e/yr")
                .number("without", "t CO2e/yr").number("change", "t CO2e/yr");
        List<Sites.Site> all = Sites.of(park, with, without);
        int[] shown = TopRows.of(all.size(), limit, i -> Math.abs(all.get(i).residual()));
        for (int i : shown) {
            Sites.Site s = all.get(i);
            t.row(s.site(), Integer.toString(s.plants().size()), amount(s.residual()),
                    amount(s.residualWithout()), change(s.residualWithout(), s.residual()),
                    amount(s.lifecycle()), amount(s.lifecycleWithout()),
                    change(s.lifecycleWithout(), s.lifecycle()));
        }
        Ledger.Totals w = with.totals();
        Ledger.Totals wo = without.totals();
        t.row("total", Integer.toString(park.plants().size()), amount(w.residual()),
                amount(wo.residual()), change(wo.residual(), w.residual()),
                amount(w.lifecycle()), amount(wo.lifecycle()),
                change(wo.lifecycle(), w.lifecycle()));
        return t.render() + (shown.length < all.size() ? hidden(shown.length, all.size(),
                "sites", "residual emissions with symbiosis") : "");
    }

    static String links(FlowState state, int limit) {
        ParkIndex index = state.index();
        TextTable t = new TextTable().text("link").text("carrier").text("from -> to")
                .text("rule").number("flow", "unit/yr").text("unit").number("capacity used", "")
                .number("lost", "unit/yr").text("kind");
        int[] shown = TopRows.of(index.linkCount(), limit, l -> Math.abs(state.flow(l)));
        for (int l : shown) {
            Link link = index.link(l);
            Carrier carrier = index.carrier(index.linkCarrier(l));
            String rule = link.rule() instanceof LinkRule.Push ? "push " : "pull ";
            rule += String.format(Locale.ROOT, "%.3g", link.rule().fraction());
            String kind = !state.linkActive(l) ? link.status().name().toLowerCase(Locale.ROOT)
                    : link.symbiosis() ? "symbiosis" : "utility";
            t.row(link.id().value(), carrier.id().value(), link.from() + " -> " + link.to(), rule,
                    amount(state.flow(l)), carrier.unit(),
                    Double.isInfinite(link.capacity()) ? "-" : percent(state.flow(l)
                            / link.capacity()), amount(state.linkLoss(l)), kind);
        }
        return t.render() + (shown.length < index.linkCount() ? hidden(shown.length,
                index.linkCount(), "links", "flow, each in its carrier's unit") : "");
    }

    static String processes(FlowState state, int limit) {
        ParkIndex index = state.index();
        TextTable t = new TextTable().text("process").text("plant").text("rule")
                .number("activity", "per yr").text("unit").number("capacity", "per yr")
                .number("used", "");
        int[] shown = TopRows.of(index.processCount(), limit, r -> Math.abs(state.activity(r)));
        for (int r : shown) {
            Process p = index.process(r);
            Carrier reference = index.park().carrier(p.reference());
            String rule = p.rule().toString().replaceAll("^(\\w+)\\[.*$", "$1")
                    .replace("FollowsInput", "follows").replace("MeetsDemand", "meets")
                    .replace("Fixed", "fixed");
            t.row(p.id().value(), index.plant(index.processPlant(r)).value(), rule,
                    amount(state.activity(r)), reference.unit() + " " + reference.id(),
                    amount(p.capacity()), Double.isInfinite(p.capacity()) || p.capacity() == 0
                            ? "-" : percent(state.activity(r) / p.capacity()));
        }
        return t.render() + (shown.length < index.processCount() ? hidden(shown.length,
                index.processCount(), "processes", "activity, each in its reference unit")
                : "");
    }

    static String carriers(Simulation simulation, int limit) {
        TextTable t = new TextTable().text("carrier").text("unit").number("produced", "unit/yr")
                .number("bought", "unit/yr").number("sold", "unit/yr")
                .number("released", "unit/yr").number("scope 1", "t CO2e/yr");
        Park park = simulation.state().park();
        List<Ledger.CarrierLedger> all = List.copyOf(simulation.ledger().carriers().values());
        int[] shown = TopRows.of(all.size(), limit, i -> Math.abs(all.get(i).scope1()));
        for (int i : shown) {
            Ledger.CarrierLedger c = all.get(i);
            Carrier carrier = park.carrier(c.carrier());
            t.row(c.carrier().value(), carrier.unit(), amount(c.produced()), amount(c.bought()),
                    amount(c.sold()), amount(c.released()), amount(c.scope1()));
        }
        return t.render() + (shown.length < all.size() ? hidden(shown.length, all.size(),
                "carriers", "scope 1") : "");
    }

    /**
     * Per market with a sale limit: what the park sells, the limit, the share of it used and
     * where the limit comes from; empty when no market has a limit.
     */
    static String saleLimits(Simulation simulation) {
        Park park = simulation.state().park();
        TextTable t = new TextTable().text("carrier").text("unit").number("sold", "unit/yr")
                .number("limit", "unit/yr").number("used", "").text("limit from");
        boolean any = false;
        for (Market m : park.markets().values()) {
            if (m.sell().isEmpty() || Double.isInfinite(m.sell().get().maximum())) {
                continue;
            }
            any = true;
            Market.Sale sale = m.sell().get();
            Ledger.CarrierLedger c = simulation.ledger().carriers().get(m.carrier());
            double sold = c == null ? 0 : c.sold();
            String basis = sale.limitingBlend().map(b -> String.format(Locale.ROOT, "blend: %s of %s", percent(b.share()),
                            b.into())).orElse("limit");
            t.row(m.carrier().value(), park.carrier(m.carrier()).unit(), amount(sold),
                    amount(sale.maximum()), sale.maximum() == 0 ? "-"
                            : percent(sold / sale.maximum()), basis);
        }
        return any ? t.render() : "";
    }

    static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (String word : text.split("\\s+")) {
            if (column > 0 && column + 1 + word.length() > width) {
                sb.append('\n');
                column = 0;
            } else if (column > 0) {
                sb.append(' ');
                column++;
            }
            sb.append(word);
            column += word.length();
        }
        return sb.toString();
    }
}
