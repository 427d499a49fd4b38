package org.symbiosis.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.Severity;

/**
 * A marginal abatement cost curve by re-planning, so that interactions between candidates are
 * honest: for each candidate the plan builds, the tonnes it avoids and what it costs are the
 * difference between the plan and the same plan with that candidate forbidden; the carbon price
 * at which each candidate is first built comes from planning at a grid of prices. Costs are in
 * the park's currency per year, tonnes in t CO2e per year on the goal's metric. Stateless.
 */
public final class AbatementCurve {

    private AbatementCurve() {
    }

    /**
     * One candidate on the curve.
     *
     * @param candidate      the candidate
     * @param built          whether the plan builds it
     * @param size           its size in the plan
     * @param avoided        t CO2e per year the plan emits less with it than without it (on the
     *                       plan's metric)
     * @param annualisedCost what the plan costs more with it than without it, per year
     *                       (investment and operation, without the carbon price)
     * @param costPerTonne   annualised cost / avoided; NaN when it avoids nothing
     * @param builtFromPrice the lowest carbon price of the grid at which a cost-minimal plan
     *                       builds it; NaN when none does
     */
    public record Step(Candidate candidate, boolean built, double size, double avoided,
            double annualisedCost, double costPerTonne, double builtFromPrice) {
    }

    /**
     * The curve of {@code park} under {@code goal}: built candidates in merit order (cheapest
     * tonne first; those whose tonnes are not comparable last), then those not built, in file
     * order. Cost: one plan, one more per built candidate and one per price, each a
     * mixed-integer solve.
     *
     * @param park           the park with its candidates
     * @param goal           what the base plan minimises, and the metric of the tonnes
     * @param keepDeliveries keep every plant's product deliveries at the simulated level
     * @param solver         a solver of mixed-integer programs
     * @param prices         the carbon prices at which to find where each candidate is first
     *                       built, currency per t CO2e, ascending
     * @return one step per candidate of the park
     * @throws UnsolvableParkException if the base plan fails (the message has its status and
     *                                 diagnosis)
     * @throws IllegalArgumentException if an expansion adds to an unlimited capacity
     */
    public static List<Step> of(Park park, PlanGoal goal, boolean keepDeliveries,
            org.symbiosis.optimize.lp.LpSolver solver, double[] prices) {
        InvestmentPlanner planner = new InvestmentPlanner(goal, keepDeliveries, solver);
        PlanResult base = planner.plan(park);
        if (!base.solved()) {
            throw new UnsolvableParkException(List.of(new ParkIssue(Severity.ERROR, "park '"
                    + park.name() + "'", String.format("No abatement curve for park '%s': the"
                    + " plan itself failed (%s). %s", park.name(), base.status(),
                    base.diagnosis()), "", "", String.valueOf(base.status()))));
        }
        double[] firstPrice = new double[park.candidates().size()];
        java.util.Arrays.fill(firstPrice, Double.NaN);
        for (double price : prices) {
            PlanResult at = new InvestmentPlanner(PlanGoal.cost(price).withMetric(goal.metric()),
                    keepDeliveries, solver).plan(park);
            if (!at.solved()) {
                continue;
            }
            for (PlanResult.Build b : at.builds()) {
                int i = park.candidates().indexOf(b.candidate());
                if (Double.isNaN(firstPrice[i])) {
                    firstPrice[i] = price;
                }
            }
        }
        List<Step> built = new ArrayList<>();
        List<Step> notBuilt = new ArrayList<>();
        for (int i = 0; i < park.candidates().size(); i++) {
            Candidate c = park.candidates().get(i);
            PlanResult.Build build = base.builds().stream().filter(b -> b.candidate().equals(c))
                    .findFirst().orElse(null);
            if (build == null) {
                notBuilt.add(new Step(c, false, 0, 0, 0, Double.NaN, firstPrice[i]));
                continue;
            }
            PlanResult without = planner.plan(park, Map.of(c.element(), false));
            if (!without.solved()) {
                // Nothing can replace it: the goal needs it; its tonnes are not comparable.
                built.add(new Step(c, true, build.size(), Double.NaN, Double.NaN, Double.NaN,
                        firstPrice[i]));
                continue;
            }
            double avoided = without.emissions() - base.emissions();
            double cost = base.totalCost() - without.totalCost();
            built.add(new Step(c, true, build.size(), avoided, cost,
                    avoided > 1e-9 ? cost / avoided : Double.NaN, firstPrice[i]));
        }
        built.sort(Comparator.comparingDouble(s -> Double.isNaN(s.costPerTonne())
                ? Double.POSITIVE_INFINITY : s.costPerTonne()));
        built.addAll(notBuilt);
        return built;
    }
}
