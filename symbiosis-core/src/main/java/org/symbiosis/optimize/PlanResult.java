package org.symbiosis.optimize;

import java.util.List;
import java.util.Optional;
import org.symbiosis.flow.FlowState;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Park;

/**
 * An investment plan: what to build, at what size and cost, and the park's flows and ledger once
 * built. Costs are per year in the park's currency; emissions in t CO2e per year on the goal's
 * metric.
 *
 * @param goal             what was minimised
 * @param status           optimal, feasible (a time limit stopped the search; see gap),
 *                         infeasible, unbounded or not solved
 * @param diagnosis        empty unless the plan failed; then what is wrong
 * @param builds           the candidates built, in file order
 * @param plannedPark      the park with the builds made (absent unless solved)
 * @param state            its flows (absent unless solved)
 * @param ledger           its ledger (absent unless solved)
 * @param emissions        the metric's emissions of the plan
 * @param operatingCost    purchases, link, variable process and disposal costs less sales,
 *                         per year (fixed costs of existing processes are left out)
 * @param investmentCost   annualised capital plus fixed O&M of what is built, per year
 * @param objective        the objective's value
 * @param modelObjective   the objective of the model as solved and as written by {@code
 *                         writeLp}, which adds the tie-breaking terms (for cross-checks)
 * @param gap              relative gap between the plan and the best bound (0 when proved)
 * @param leaks            what the plan buys from outside that the simulated park made inside
 * @param solver           the solver that answered
 * @param solveNanos       time in the solver
 */
public record PlanResult(PlanGoal goal, OptimizationStatus status, String diagnosis,
        List<Build> builds, Optional<Park> plannedPark, Optional<FlowState> state,
        Optional<Ledger> ledger, double emissions, double operatingCost, double investmentCost,
        double objective, double modelObjective, double gap, List<String> leaks, String solver,
        long solveNanos) {

    public PlanResult {
        builds = List.copyOf(builds);
        leaks = List.copyOf(leaks);
    }

    /** Whether the plan has a solution (optimal, or feasible within its gap). */
    public boolean solved() {
        return plannedPark.isPresent();
    }

    /** Annualised cost: operating + investment, per year. */
    public double totalCost() {
        return operatingCost + investmentCost;
    }

    /**
     * One candidate built.
     *
     * @param candidate      the candidate
     * @param size           capacity built (or added)
     * @param annualisedCost capital x capital recovery factor + fixed O&M, per year
     */
    public record Build(Candidate candidate, double size, double annualisedCost) {
    }
}
