package org.symbiosis.spark;

import static org.symbiosis.report.TextTable.amount;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleRun;
import org.symbiosis.report.TextTable;

/**
 * The summary {@code symbiosis ensemble} prints: the ensemble's size and time, every run's
 * targets (verdict of the deterministic run, first year met, probability met) and its last
 * year's residual emissions (deterministic, P5, P50, P95, mean).
 */
public final class EnsembleReport {

    private EnsembleReport() {
    }

    /** The summary of {@code result} run on {@code master}. */
    public static String text(EnsembleResult result, String master) {
        Ensemble e = result.ensemble();
        List<EnsembleRows> runs = result.summaryRows();
        StringBuilder sb = new StringBuilder();
        sb.append("Ensemble: ").append(e.name()).append('\n');
        if (!e.description().isEmpty()) {
            sb.append(e.description()).append('\n');
        }
        Set<String> parks = new LinkedHashSet<>();
        Set<String> scenarios = new LinkedHashSet<>();
        for (EnsembleRun run : e.runs()) {
            parks.add(run.park());
            scenarios.add(run.scenario());
        }
        long samples = e.totalSamples();
        sb.append(String.format(Locale.ROOT, "%d runs (%d parks, %d scenarios), %,d samples in"
                + " all, seed %d; %s: %.1f s, %.1f samples/s%n%n", e.runs().size(), parks.size(),
                scenarios.size(), samples, e.seed(), master, result.seconds(),
                samples / Math.max(1e-9, result.seconds())));
        TextTable t = new TextTable().text("park").text("scenario").text("target")
                .text("judged in").number("goal", "t CO2e/yr").number("emissions", "t CO2e/yr")
                .text("verdict").text("first met").number("P(met)", "");
        boolean anyTarget = false;
        for (EnsembleRows run : runs) {
            for (Row r : run.targets()) {
                anyTarget = true;
                t.row(r.getString(0), r.getString(1), r.getString(2), r.getInt(4) + " ("
                        + r.getString(3) + ")", amount(r.getDouble(5)), amount(r.getDouble(6)),
                        r.getBoolean(7) ? "met" : "missed by " + amount(r.getDouble(8)),
                        r.isNullAt(9) ? "never" : String.valueOf(r.getInt(9)),
                        r.isNullAt(10) ? "-" : TextTable.percent(r.getDouble(10)));
            }
        }
        sb.append("Targets\n").append(anyTarget ? t.render() : "(no targets)\n").append('\n');
        TextTable y = new TextTable().text("park").text("scenario").text("year")
                .number("residual", "t CO2e/yr").number("P5", "t CO2e/yr")
                .number("P50", "t CO2e/yr").number("P95", "t CO2e/yr")
                .number("mean", "t CO2e/yr");
        for (EnsembleRows run : runs) {
            if (run.bands().isEmpty()) {
                continue;
            }
            Row first = run.bands().get(0);
            String[] cells = {first.getString(0), first.getString(1),
                String.valueOf(first.getInt(2)), "-", "-", "-", "-", "-"};
            List<String> order = List.of(EnsembleRows.DETERMINISTIC, "p5", "p50", "p95", "mean");
            for (Row r : run.bands()) {
                int i = order.indexOf(r.getString(4));
                if (i >= 0) {
                    cells[3 + i] = amount(r.getDouble(5));
                }
            }
            y.row(cells);
        }
        sb.append("Residual emissions in each scenario's last year\n").append(y.render());
        return sb.toString();
    }
}
