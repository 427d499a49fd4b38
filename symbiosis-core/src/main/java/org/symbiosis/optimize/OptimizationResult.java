package org.symbiosis.optimize;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.symbiosis.flow.FlowState;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.ElementId;
import org.symbiosis.model.PlantId;

/**
 * The outcome of an optimisation: a status, and either an optimal flow state (which the ledger and
 * every report read as they read a simulated one) with its duals, or a diagnosis that names the
 * balance row or bound at fault.
 *
 * @param status         optimal, infeasible, unbounded or not solved
 * @param diagnosis      empty when optimal; otherwise what is wrong, naming plants and carriers
 * @param state          the optimal flow state, when optimal
 * @param ledger         its ledger, when optimal
 * @param objective      the objective's value (see {@link Objective}), NaN unless optimal
 * @param shadowPrices   the dual of every balance row, in park order
 * @param capacityValues binding capacities, most valuable first
 * @param buildNanos     time spent building the linear program
 * @param solveNanos     time spent in the solver
 * @param solver         the solver that gave the answer, and why any tried before it did not
 */
public record OptimizationResult(OptimizationStatus status, String diagnosis,
        Optional<FlowState> state, Optional<Ledger> ledger, double objective,
        List<ShadowPrice> shadowPrices, List<CapacityValue> capacityValues, long buildNanos,
        long solveNanos, String solver) {

    /**
     * Copies the lists.
     *
     * @param status         how it ended
     * @param diagnosis      empty when optimal; otherwise what is wrong
     * @param state          the optimal flow state, or empty
     * @param ledger         its ledger, or empty
     * @param objective      the objective's value; NaN unless optimal
     * @param shadowPrices   the dual of every balance row (empty unless an optimal LP)
     * @param capacityValues binding capacities, most valuable first
     * @param buildNanos     time spent building the program, ns
     * @param solveNanos     time spent in the solver, ns
     * @param solver         the solver that gave the answer
     * @throws NullPointerException if a list is or holds null
     */
    public OptimizationResult {
        shadowPrices = List.copyOf(shadowPrices);
        capacityValues = List.copyOf(capacityValues);
    }

    /**
     * Whether the optimisation reached an optimum.
     *
     * @return true when {@link #status()} is optimal; then the state and the ledger are present
     */
    public boolean optimal() {
        return status == OptimizationStatus.OPTIMAL;
    }

    /**
     * The shadow price of one carrier at one plant: what one more unit of it there would lower
     * the objective by. O(balance rows): to read them all, iterate {@link #shadowPrices()}.
     *
     * @param plant   the plant
     * @param carrier the carrier
     * @return the price, or empty when the plant has no balance row for the carrier or the
     *         result is not an optimal linear program
     */
    public OptionalDouble shadowPrice(PlantId plant, CarrierId carrier) {
        for (ShadowPrice p : shadowPrices) {
            if (p.plant().equals(plant) && p.carrier().equals(carrier)) {
                return OptionalDouble.of(p.value());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * What one more unit of a process's or link's capacity, or of a market's sale limit, would
     * be worth.
     *
     * @param element a {@link org.symbiosis.model.ProcessId} or {@link
     *                org.symbiosis.model.LinkId}, or the {@link CarrierId} of a market with a
     *                sale limit
     * @return the value per unit of capacity, or empty when the capacity does not bind
     */
    public OptionalDouble capacityValue(ElementId element) {
        for (CapacityValue c : capacityValues) {
            if (c.element().equals(element)) {
                return OptionalDouble.of(c.value());
            }
        }
        return OptionalDouble.empty();
    }
}
