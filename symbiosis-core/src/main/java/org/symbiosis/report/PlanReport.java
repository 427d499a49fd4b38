package org.symbiosis.report;

import static org.symbiosis.report.TextTable.amount;

import java.util.List;
import java.util.Locale;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.AbatementCurve;
import org.symbiosis.optimize.PlanResult;

/** The readable report of an investment plan and its abatement cost curve, and their CSV. */
public final class PlanReport {

    private PlanReport() {
    }

    /**
     * The report of a plan: the goal, status and solver; then, when solved, the summary
     * (emissions and annualised costs in the park's currency per year), the leakage, what to
     * build, and the abatement cost curve when one is given. A failed plan gives its diagnosis.
     *
     * @param park  the park that was planned
     * @param r     the plan
     * @param curve the curve of {@link AbatementCurve#of}, or an empty list to leave it out
     * @return the report, lines ending with a newline
     */
    public static String text(Park park, PlanResult r, List<AbatementCurve.Step> curve) {
        String currency = park.finance().currency();
        StringBuilder sb = new StringBuilder();
        sb.append("Park: ").append(park.name()).append('\n');
        sb.append(String.format(Locale.ROOT, "Plan: %s. %d candidates; discount rate %.1f %%."
                + " Status: %s%s, solved in %.0f ms by %s.%n%n", r.goal().describe(currency),
                park.candidates().size(), 100 * park.finance().discountRate(),
                r.status().name().toLowerCase(Locale.ROOT), r.solved() && r.gap() > 0
                        ? String.format(Locale.ROOT, " (gap %.3g %%: the time limit stopped the"
                                + " search)", 100 * r.gap()) : "", r.solveNanos() / 1e6,
                r.solver()));
        if (!r.solved()) {
            sb.append(r.diagnosis()).append('\n');
            return sb.toString();
        }
        String metric = r.goal().metric().name().toLowerCase(Locale.ROOT);
        TextTable t = new TextTable().text("Summary").text("unit").number("plan", "");
        t.row("Emissions (" + metric + ")", "t CO2e/yr", amount(r.emissions()));
        t.row("Operating cost", currency + "/yr", amount(r.operatingCost()));
        t.row("Investment (annualised capital + fixed O&M)", currency + "/yr",
                amount(r.investmentCost()));
        t.row("Total annualised cost", currency + "/yr", amount(r.totalCost()));
        Ledger.Totals totals = r.ledger().orElseThrow().totals();
        t.row("Residual emissions (scope 1 + 2)", "t CO2e/yr", amount(totals.residual()));
        t.row("Life cycle (residual + upstream)", "t CO2e/yr", amount(totals.lifecycle()));
        t.row("CO2 stored permanently", "t CO2/yr", amount(totals.stored()));
        sb.append(t.render()).append('\n');
        sb.append(r.leaks().isEmpty() ? "Leakage: none; the plan buys from outside nothing that"
                + " the simulated park makes inside.\n\n" : "Leakage: the plan "
                + String.join("; ", r.leaks()) + ".\n\n");
        if (r.builds().isEmpty()) {
            sb.append("Build: nothing (no candidate pays for itself under this goal).\n");
        } else {
            sb.append("Build\n");
            TextTable b = new TextTable().text("candidate").number("size", "per yr")
                    .number("annualised cost", currency + "/yr");
            for (PlanResult.Build build : r.builds()) {
                b.row(describe(build.candidate()), amount(build.size()),
                        amount(build.annualisedCost()));
            }
            sb.append(b.render());
        }
        if (!curve.isEmpty()) {
            sb.append('\n').append("Abatement cost curve (each built candidate against the same"
                    + " plan without it; merit order)\n");
            TextTable m = new TextTable().text("candidate").number("avoided", "t CO2e/yr")
                    .number("annualised cost", currency + "/yr")
                    .number("cost per t", currency + "/t").number("built from", currency
                            + "/t");
            for (AbatementCurve.Step s : curve) {
                m.row(describe(s.candidate()), s.built() ? amount(s.avoided()) : "not built",
                        s.built() ? amount(s.annualisedCost()) : "",
                        Double.isNaN(s.costPerTonne()) ? "-" : String.format(Locale.ROOT,
                                "%,.1f", s.costPerTonne()), Double.isNaN(s.builtFromPrice())
                                ? "above the grid" : String.format(Locale.ROOT, "%,.0f",
                                        s.builtFromPrice()));
            }
            sb.append(m.render());
            sb.append("Each row is measured against the same plan without that candidate, so"
                    + " candidates that only work together show the same tonnes and cost: their"
                    + " rows overlap and do not add up.\n");
        }
        return sb.toString();
    }

    private static String describe(Candidate c) {
        return c.kind().name().toLowerCase(Locale.ROOT) + " " + c.element();
    }

    /**
     * plan.csv: one row per candidate built.
     *
     * @param r the plan
     * @return the header {@code candidate,kind,size,annualised_cost} and a line per build,
     *         numbers at full precision; only the header when nothing is built
     */
    public static String csv(PlanResult r) {
        StringBuilder sb = new StringBuilder("candidate,kind,size,annualised_cost\n");
        for (PlanResult.Build b : r.builds()) {
            sb.append(SimulationExport.csv(b.candidate().element())).append(',')
                    .append(b.candidate().kind().name().toLowerCase(Locale.ROOT)).append(',').append(b.size()).append(',')
                    .append(b.annualisedCost()).append('\n');
        }
        return sb.toString();
    }

    /**
     * macc.csv: the abatement cost curve in merit order.
     *
     * @param curve the curve of {@link AbatementCurve#of}
     * @return a header and a line per step, numbers at full precision; a cost per tonne or a
     *         first price that is undefined is an empty cell
     */
    public static String maccCsv(List<AbatementCurve.Step> curve) {
        StringBuilder sb = new StringBuilder("candidate,built,size,avoided_t_co2e,"
                + "annualised_cost,cost_per_t,built_from_price\n");
        for (AbatementCurve.Step s : curve) {
            sb.append(SimulationExport.csv(s.candidate().element())).append(',')
                    .append(s.built()).append(',').append(s.size()).append(',')
                    .append(s.avoided()).append(',').append(s.annualisedCost()).append(',')
                    .append(Double.isNaN(s.costPerTonne()) ? "" : s.costPerTonne())
                    .append(',').append(Double.isNaN(s.builtFromPrice()) ? ""
                            : s.builtFromPrice()).append('\n');
        }
        return sb.toString();
    }
}
