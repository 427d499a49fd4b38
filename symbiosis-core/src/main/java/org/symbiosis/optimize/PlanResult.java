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
 * @param investmentCost   annualised capital plus fixed O&amp;M of what is built, per year
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

    /**
     * Copies the lists.
     *
     * @param goal           what was minimised
     * @param status         how the plan ended
     * @param diagnosis      empty unless the plan failed
     * @param builds         the candidates built
     * @param plannedPark    the park with the builds made, or empty
     * @param state          its flows, or empty
     * @param ledger         its ledger, or empty
     * @param emissions      t CO2e per year on the goal's metric; NaN unless solved
     * @param operatingCost  currency per year; NaN unless solved
     * @param investmentCost currency per year; NaN unless solved
     * @param objective      the objective's value; NaN unless solved
     * @param modelObjective the solved model's objective; NaN unless solved
     * @param gap            relative gap to the best bound; NaN unless solved
     * @param leaks          lines naming what the plan buys that the park made inside
     * @param solver         the solver that answered, with notes
     * @param solveNanos     time in the solver, ns
     * @throws NullPointerException if {@code builds} or {@code leaks} is or holds null
     */
    public PlanResult {
        builds = List.copyOf(builds);
        leaks = List.copyOf(leaks);
    }

    /**
     * Whether the plan has a solution (optimal, or feasible within its gap).
     *
     * @return true when {@link #status()} is optimal or feasible; then the planned park, its
     *         state and its ledger are present
     */
    public boolean solved() {
        return plannedPark.isPresent();
    }

    /**
     * Annualised cost: operating + investment, per year.
     *
     * @return currency per year; NaN unless solved
     */
    public double totalCost() {
        return operatingCost + investmentCost;
    }

    /**
     * One candidate built.
     *
     * @param candidate      the candidate
     * @param size           capacity built (or, for an expansion, added): reference units
     *                       per year for a process, carrier units per year for a link; 0 for
     *                       a retirement
     * @param annualisedCost capital x capital recovery factor + fixed O&amp;M, per year (a new
     *                       process's own fixed cost included; for a retirement, less the
     *                       fixed cost it saves, so possibly negative)
     */
    public record Build(Candidate candidate, double size, double annualisedCost) {
    }
}
