package org.symbiosis.report;

import static org.symbiosis.report.TextTable.amount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayResult.Band;
import org.symbiosis.pathway.PathwayResult.TargetVerdict;
import org.symbiosis.pathway.PathwayResult.YearEmissions;
import org.symbiosis.pathway.PathwayRunner;

/** The readable report of a pathway: the year table with bands, the target verdicts. */
public final class PathwayReport {

    private PathwayReport() {
    }

    /**
     * The report of a pathway: the scenario, the target verdicts (with the probability of each
     * when there are Monte Carlo samples) and the emissions of every year, with the residual
     * P5/P50/P95 bands when sampled.
     *
     * @param r the pathway
     * @return the report, lines ending with a newline
     */
    public static String text(PathwayResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Pathway: ").append(r.scenario().name()).append('\n');
        if (!r.scenario().description().isEmpty()) {
            sb.append(SimulationReport.wrap(r.scenario().description(), 100)).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%d-%d, %s each year; %s%n%n",
                r.scenario().firstYear(), r.scenario().lastYear(),
                r.scenario().optimize() ? "optimised (minimum emissions)" : "simulated",
                r.samples() == 0 ? "deterministic (no Monte Carlo)"
                        : r.samples() + " Monte Carlo samples, seed " + r.seed()));
        sb.append("Targets\n");
        TextTable t = new TextTable().text("target").text("judged in").number("goal", "t CO2e/yr")
                .number("emissions", "t CO2e/yr").text("verdict").text("first met")
                .number("P(met)", "");
        for (TargetVerdict v : r.verdicts()) {
            t.row(v.target().id(), v.target().year() + " (" + v.target().metric().name()
                    .toLowerCase(Locale.ROOT) + ")", amount(v.goal()), amount(v.value()),
                    v.met() ? "met" : "missed by " + amount(v.gap()),
                    v.firstYearMet().isPresent() ? String.valueOf(v.firstYearMet().getAsInt())
                            : "never", Double.isNaN(v.probabilityMet()) ? "-"
                            : TextTable.percent(v.probabilityMet()));
        }
        sb.append(t.render());
        for (TargetVerdict v : r.verdicts()) {
            if (!v.target().description().isEmpty()) {
                sb.append(SimulationReport.wrap(v.target().id() + ": "
                        + v.target().description(), 100)).append('\n');
            }
        }
        sb.append('\n').append("Emissions by year").append('\n');
        TextTable y = new TextTable().text("year").number("scope 1", "t CO2e/yr")
                .number("scope 2", "t CO2e/yr").number("residual", "t CO2e/yr")
                .number("net", "t CO2e/yr").number("life cycle", "t CO2e/yr");
        boolean bands = !r.residualBands().isEmpty();
        if (bands) {
            y.number("residual P5", "t CO2e/yr").number("P50", "t CO2e/yr")
                    .number("P95", "t CO2e/yr");
        }
        for (int i = 0; i < r.years().size(); i++) {
            YearEmissions e = r.years().get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(e.year()),
                    amount(e.scope1()), amount(e.scope2()), amount(e.residual()),
                    amount(e.net()), amount(e.lifecycle())));
            if (bands) {
                Band b = r.residualBands().get(i);
                cells.addAll(List.of(amount(b.p5()), amount(b.p50()), amount(b.p95())));
            }
            y.row(cells.toArray(String[]::new));
        }
        sb.append(y.render());
        return sb.toString();
    }

    /**
     * The tornado as a table: each uncertain number at its 5th and 95th percentile, the year's
     * residual emissions at each, and the swing between them.
     *
     * @param bars the bars of {@link PathwayRunner#tornado}, in the order to show (widest swing
     *             first, as it returns them)
     * @param year the year the bars are for
     * @return the table, or a line saying there are no uncertain numbers
     */
    public static String tornado(List<PathwayRunner.TornadoBar> bars, int year) {
        StringBuilder sb = new StringBuilder();
        sb.append("Sensitivity of ").append(year).append(" residual emissions (one at a time, each"
                + " number at its 5th and 95th percentile)\n");
        TextTable t = new TextTable().text("number").number("low", "").number("high", "")
                .number("emissions at low", "t CO2e/yr").number("at high", "t CO2e/yr")
                .number("swing", "t CO2e/yr");
        for (PathwayRunner.TornadoBar b : bars) {
            t.row(b.parameter(), String.format(Locale.ROOT, "%.4g", b.lowSetting()),
                    String.format(Locale.ROOT, "%.4g", b.highSetting()), amount(b.atLow()),
                    amount(b.atHigh()), amount(b.swing()));
        }
        return sb.append(bars.isEmpty() ? "(no uncertain numbers)\n" : t.render()).toString();
    }

    /**
     * Writes years.csv (with bands) and targets.csv into {@code dir}, creating it if needed and
     * replacing the files. Numbers at full precision; the band columns without samples, a first
     * year never met and an undefined probability are empty cells.
     *
     * @param r   the pathway
     * @param dir the directory
     * @throws UncheckedIOException if a file cannot be written, naming the directory
     */
    public static void writeCsv(PathwayResult r, Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> years = new ArrayList<>();
            years.add("year,scope1_t_co2e,scope2_t_co2e,residual_t_co2e,net_t_co2e,"
                    + "residual_p5,residual_p50,residual_p95,net_p5,net_p50,net_p95,"
                    + "lifecycle_t_co2e");
            for (int i = 0; i < r.years().size(); i++) {
                YearEmissions e = r.years().get(i);
                String bands = ",,,,,";
                if (!r.residualBands().isEmpty()) {
                    Band b = r.residualBands().get(i);
                    Band n = r.netBands().get(i);
                    bands = b.p5() + "," + b.p50() + "," + b.p95() + "," + n.p5() + "," + n.p50()
                            + "," + n.p95();
                }
                years.add(e.year() + "," + e.scope1() + "," + e.scope2() + "," + e.residual()
                        + "," + e.net() + "," + bands + "," + e.lifecycle());
            }
            Files.write(dir.resolve("years.csv"), years, StandardCharsets.UTF_8);
            List<String> targets = new ArrayList<>();
            targets.add("target,year,metric,goal,emissions,met,gap,first_year_met,probability_met");
            for (TargetVerdict v : r.verdicts()) {
                targets.add(String.join(",", SimulationExport.csv(v.target().id()),
                        String.valueOf(v.target().year()), v.target().metric().name()
                                .toLowerCase(Locale.ROOT), String.valueOf(v.goal()),
                        String.valueOf(v.value()), String.valueOf(v.met()),
                        String.valueOf(v.gap()), v.firstYearMet().isPresent()
                                ? String.valueOf(v.firstYearMet().getAsInt()) : "",
                        Double.isNaN(v.probabilityMet()) ? "" : String.valueOf(
                                v.probabilityMet())));
            }
            Files.write(dir.resolve("targets.csv"), targets, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV files to " + dir, e);
        }
    }
}
