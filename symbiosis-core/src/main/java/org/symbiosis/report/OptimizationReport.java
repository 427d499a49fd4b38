package org.symbiosis.report;

import static org.symbiosis.report.TextTable.amount;
import static org.symbiosis.report.TextTable.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Link;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.CapacityValue;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.ShadowPrice;

/**
 * The readable report of an optimisation against the simulated state: what changed (emissions,
 * cost, the flows and activities that moved most), the largest shadow prices and the capacities
 * that would be worth most.
 */
public final class OptimizationReport {

    private OptimizationReport() {
    }

    /**
     * The report of an optimisation against a simulated state of the same park. Without an
     * optimum, the report is the status line and the diagnosis.
     *
     * @param simulated      the park's simulated state, with symbiosis
     * @param result         the optimisation
     * @param objectiveLabel what was minimised, in words
     * @param unit           the objective's unit, e.g. {@code t CO2e} or {@code currency}
     * @param top            how many rows in each ranking
     * @return the report, lines ending with a newline
     */
    public static String text(FlowState simulated, OptimizationResult result,
            String objectiveLabel, String unit, int top) {
        return text(simulated.park(), simulated, result, objectiveLabel, unit, top);
    }

    /**
     * As {@link #text(FlowState, OptimizationResult, String, String, int)}; {@code simulated}
     * may be {@code null} when the park cannot run by its rules, and the report then shows the
     * optimum alone.
     *
     * @param park            the park that was optimised
     * @param simulatedOrNull its simulated state, with symbiosis, or {@code null}
     * @param result          the optimisation
     * @param objectiveLabel  what was minimised, in words
     * @param unit            the objective's unit, e.g. {@code t CO2e} or {@code currency}
     * @param top             how many rows in each ranking
     * @return the report, lines ending with a newline
     */
    public static String text(Park park, FlowState simulatedOrNull, OptimizationResult result,
            String objectiveLabel, String unit, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append("Park: ").append(park.name()).append('\n');
        sb.append(String.format(Locale.ROOT, "Objective: %s. Status: %s. Model built in %.0f ms,"
                + " solved in %.0f ms by %s.%n%n", objectiveLabel, result.status().name()
                        .toLowerCase(Locale.ROOT), result.buildNanos() / 1e6,
                result.solveNanos() / 1e6, result.solver()));
        if (!result.optimal()) {
            sb.append(result.diagnosis()).append('\n');
            return sb.toString();
        }
        FlowState optimised = result.state().orElseThrow();
        Ledger after = result.ledger().orElseThrow();
        if (simulatedOrNull == null) {
            sb.append("The park cannot run by its operating rules, so there is no simulated state"
                    + " to compare with; the optimum alone:\n");
        }
        FlowState simulated = simulatedOrNull == null ? optimised : simulatedOrNull;
        Ledger before = Ledger.of(simulated);
        TextTable t = new TextTable().text("Summary").text("unit").number("simulated", "")
                .number("optimised", "").number("change", "");
        row(t, "Scope 1", "t CO2e/yr", before.totals().scope1(), after.totals().scope1());
        row(t, "Scope 2", "t CO2e/yr", before.totals().scope2(), after.totals().scope2());
        row(t, "Residual emissions (scope 1 + 2)", "t CO2e/yr", before.totals().residual(),
                after.totals().residual());
        row(t, "Net (residual - removals)", "t CO2e/yr", before.totals().net(),
                after.totals().net());
        row(t, "Scope 3 upstream (cat. 1, 3, 4)", "t CO2e/yr", before.totals().upstream(),
                after.totals().upstream());
        row(t, "Life cycle (residual + upstream)", "t CO2e/yr", before.totals().lifecycle(),
                after.totals().lifecycle());
        row(t, "CO2 stored permanently", "t CO2/yr", before.totals().stored(),
                after.totals().stored());
        row(t, "Cost", "currency/yr", before.totals().cost(), after.totals().cost());
        sb.append(t.render()).append('\n');
        if (simulatedOrNull != null) {
            java.util.List<String> leaks = org.symbiosis.optimize.Deliveries.leaks(simulatedOrNull,
                    optimised);
            sb.append(leaks.isEmpty() ? "Leakage: none; the optimum buys from outside nothing that"
                    + " the simulated park makes inside.\n\n" : "Leakage: the optimum "
                    + String.join("; ", leaks) + ".\n\n");
        }

        sb.append("Where: plants whose residual emissions changed most\n");
        TextTable plants = new TextTable().text("plant").number("simulated", "t CO2e/yr")
                .number("optimised", "t CO2e/yr").number("change", "t CO2e/yr");
        park.plants().keySet().stream()
                .sorted(Comparator.comparingDouble(p -> -Math.abs(after.plants().get(p).residual()
                        - before.plants().get(p).residual())))
                .limit(top)
                .filter(p -> Math.abs(after.plants().get(p).residual()
                        - before.plants().get(p).residual()) > 0.05)
                .forEach(p -> plants.row(p.value(), amount(before.plants().get(p).residual()),
                        amount(after.plants().get(p).residual()),
                        change(before.plants().get(p).residual(),
                                after.plants().get(p).residual())));
        sb.append(plants.render()).append('\n');

        sb.append("Why: flows that moved most\n");
        ParkIndex index = simulated.index();
        List<Integer> links = new ArrayList<>();
        for (int l = 0; l < index.linkCount(); l++) {
            if (Math.abs(optimised.flow(l) - simulated.flow(l)) > 1e-6) {
                links.add(l);
            }
        }
        links.sort(Comparator.comparingDouble(l -> -Math.abs(optimised.flow(l)
                - simulated.flow(l))));
        TextTable flows = new TextTable().text("link").text("carrier").text("from -> to")
                .text("status").number("simulated", "unit/yr").number("optimised", "unit/yr")
                .text("unit");
        for (int l : links.subList(0, Math.min(top, links.size()))) {
            Link link = index.link(l);
            flows.row(link.id().value(), link.carrier().value(), link.from() + " -> " + link.to(),
                    link.status().name().toLowerCase(Locale.ROOT), amount(simulated.flow(l)),
                    amount(optimised.flow(l)), index.carrier(index.linkCarrier(l)).unit());
        }
        sb.append(flows.render()).append('\n');

        sb.append("Activities that moved most\n");
        List<Integer> processes = new ArrayList<>();
        for (int r = 0; r < index.processCount(); r++) {
            if (Math.abs(optimised.activity(r) - simulated.activity(r)) > 1e-6) {
                processes.add(r);
            }
        }
        processes.sort(Comparator.comparingDouble(r -> -Math.abs(optimised.activity(r)
                - simulated.activity(r)) / Math.max(1, simulated.activity(r))));
        TextTable acts = new TextTable().text("process").number("simulated", "per yr")
                .number("optimised", "per yr").text("unit");
        for (int r : processes.subList(0, Math.min(top, processes.size()))) {
            acts.row(index.process(r).id().value(), amount(simulated.activity(r)),
                    amount(optimised.activity(r)), index.park().carrier(index.process(r)
                            .reference()).unit() + " " + index.process(r).reference());
        }
        sb.append(acts.render()).append('\n');

        sb.append("Largest shadow prices: the objective's fall (").append(unit).append(" per unit)"
                + " if one more unit appeared at the plant; negative means more of it costs\n");
        TextTable prices = new TextTable().text("plant").text("carrier")
                .number("shadow price", unit + " per unit").text("unit");
        result.shadowPrices().stream()
                .filter(p -> Math.abs(p.value()) > 1e-9)
                .sorted(Comparator.comparingDouble((ShadowPrice p) -> -Math.abs(p.value())))
                .limit(top)
                .forEach(p -> prices.row(p.plant().value(), p.carrier().value(),
                        String.format(Locale.ROOT, "%.4g", p.value()),
                        park.carrier(p.carrier()).unit()));
        sb.append(result.shadowPrices().isEmpty() ? "(not produced by the min-cost flow; optimise"
                + " without --allocate for shadow prices)\n" : prices.render()).append('\n');

        sb.append("Capacities worth most: the objective's fall per unit of capacity added\n");
        TextTable caps = new TextTable().text("element").number("capacity", "per yr")
                .number("value", unit + " per unit");
        for (CapacityValue c : result.capacityValues().subList(0, Math.min(top,
                result.capacityValues().size()))) {
            caps.row(c.describe(), amount(c.capacity()), String.format(Locale.ROOT, "%.4g",
                    c.value()));
        }
        sb.append(result.capacityValues().isEmpty() ? "(no capacity binds)\n" : caps.render());
        return sb.toString();
    }

    private static void row(TextTable t, String label, String unit, double before, double after) {
        t.row(label, unit, amount(before), amount(after), change(before, after));
    }
}
