package org.symbiosis.resilience;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;

/**
 * What one outage does to a park: the plants that then cannot run (the cascade), and against
 * the intact park the change in residual and life-cycle emissions (t CO2e per year) and in cost
 * (the park's currency per year), for the park and for the plants that were not taken out (the
 * knock-on), with the plants whose purchases, sales, releases or activities changed.
 *
 * @param outage                what was taken out
 * @param status                whether the park could be re-simulated without it
 * @param problems              for {@link Status#UNSOLVABLE}, why (each naming the element);
 *                              empty otherwise
 * @param cascade               the plants that could not run, round by round, each with the
 *                              carrier that stopped it
 * @param residualChange        residual emissions of the park, outage minus intact, t CO2e/yr
 * @param lifecycleChange       life-cycle emissions of the park, outage minus intact, t CO2e/yr
 * @param costChange            cost of the park, outage minus intact (fixed costs are still
 *                              paid by plants that stand still), currency/yr
 * @param knockOnResidual       residual emissions of the plants not taken out, change, t CO2e/yr
 * @param knockOnLifecycle      life-cycle emissions of the plants not taken out, change
 * @param plantsLosingInputs    plants not taken out that buy more of some carrier
 * @param plantsIdle            plants not taken out or stopped by the cascade whose processes
 *                              all ran before and all stand still now
 * @param plants                the plants that changed, in park order (empty when the analysis
 *                              was run without detail, or when unsolvable)
 */
public record OutageResult(Outage outage, Status status, List<String> problems,
        List<CascadeStep> cascade, double residualChange, double lifecycleChange,
        double costChange, double knockOnResidual, double knockOnLifecycle,
        int plantsLosingInputs, int plantsIdle, List<PlantImpact> plants) {

    /**
     * Copies the lists.
     *
     * @param outage             what was taken out
     * @param status             whether the park could be re-simulated without it
     * @param problems           why not, for an unsolvable outage
     * @param cascade            the plants that could not run, round by round
     * @param residualChange     the park's residual emissions, change, t CO2e/yr
     * @param lifecycleChange    the park's life-cycle emissions, change, t CO2e/yr
     * @param costChange         the park's cost, change, currency/yr
     * @param knockOnResidual    the residual emissions of the plants not taken out, change
     * @param knockOnLifecycle   the life-cycle emissions of the plants not taken out, change
     * @param plantsLosingInputs plants not taken out that buy more of some carrier
     * @param plantsIdle         plants whose processes all stand still now
     * @param plants             the plants that changed
     * @throws NullPointerException if an argument is null
     */
    public OutageResult {
        checkNotNull(outage, "outage");
        checkNotNull(status, "status");
        problems = List.copyOf(problems);
        cascade = List.copyOf(cascade);
        plants = List.copyOf(plants);
    }

    /** A re-simulation that failed for a reason a cascade does not resolve. */
    static OutageResult unsolvable(Outage outage, List<CascadeStep> cascade,
            List<String> problems) {
        return new OutageResult(outage, Status.UNSOLVABLE, problems, cascade, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, List.of());
    }

    /**
     * Whether the park runs without the outage's elements (after its cascade).
     *
     * @return true unless {@link Status#UNSOLVABLE}
     */
    public boolean runs() {
        return status == Status.RUNS;
    }

    /**
     * The impact keystones are ranked by.
     *
     * @return the rise in the life-cycle emissions of the plants that were not taken out, t
     *         CO2e per year (NaN when unsolvable)
     */
    public double impact() {
        return knockOnLifecycle;
    }

    /**
     * What the outage changed at one plant.
     *
     * @param plant a plant of the park
     * @return its impact, or empty if the plant did not change (or the outage is unsolvable)
     */
    public java.util.Optional<PlantImpact> plant(PlantId plant) {
        return plants.stream().filter(p -> p.plant().equals(plant)).findFirst();
    }

    /**
     * The plants the cascade stopped.
     *
     * @return the plants, in the order they stopped
     */
    public List<PlantId> cannotRun() {
        return cascade.stream().map(CascadeStep::plant).toList();
    }

    /** Whether the outage could be re-simulated. */
    public enum Status {
        /** The park runs without the outage's elements, possibly after a cascade. */
        RUNS,
        /**
         * The park cannot be simulated without them for a reason a cascade does not resolve: a
         * loop whose gain reaches 1 once a push share is freed, or purchases beyond what a
         * market's origins supply.
         */
        UNSOLVABLE
    }

    /**
     * A plant that cannot run once the outage's elements (and the plants of earlier rounds) are
     * gone: it needs a carrier that nothing supplies and no market sells ({@code shortfall}), or
     * it has a carrier it can neither route, sell nor release.
     *
     * @param round     1 for plants stopped by the outage itself, 2 for those stopped by round 1
     * @param plant     the plant that cannot run
     * @param carrier   the carrier that stops it
     * @param amount    the shortfall or the stranded surplus, in the carrier's unit per year
     * @param shortfall true for a missing input, false for an output with nowhere to go
     */
    public record CascadeStep(int round, PlantId plant, CarrierId carrier, double amount,
            boolean shortfall) {

        /**
         * Why the plant stopped, as a sentence.
         *
         * @param unit the carrier's unit
         * @return such as {@code needs 1200 t/yr of 'h2' that nothing supplies ...}
         */
        public String reason(String unit) {
            return shortfall
                    ? String.format(Locale.ROOT, "needs %.6g %s/yr of '%s' that nothing supplies"
                            + " and no market sells", amount, unit, carrier)
                    : String.format(Locale.ROOT, "has %.6g %s/yr of '%s' that it can neither"
                            + " route, sell nor release", amount, unit, carrier);
        }
    }

    /**
     * How one plant fares in the outage.
     *
     * @param plant            the plant
     * @param role             taken out, stopped by the cascade, idle, or affected
     * @param residualChange   its residual emissions, outage minus intact, t CO2e/yr
     * @param lifecycleChange  its life-cycle emissions, outage minus intact, t CO2e/yr
     * @param costChange       its cost, outage minus intact, currency/yr
     * @param processesStopped its processes that ran before and stand still now
     * @param carriers         its carriers whose purchase, sale or release changed
     */
    public record PlantImpact(PlantId plant, Role role, double residualChange,
            double lifecycleChange, double costChange, List<ProcessId> processesStopped,
            List<CarrierChange> carriers) {

        /**
         * Copies the lists.
         *
         * @param plant            the plant
         * @param role             its part in the outage
         * @param residualChange   its residual emissions, change, t CO2e/yr
         * @param lifecycleChange  its life-cycle emissions, change, t CO2e/yr
         * @param costChange       its cost, change, currency/yr
         * @param processesStopped its processes that stand still now
         * @param carriers         its carriers whose purchase, sale or release changed
         */
        public PlantImpact {
            processesStopped = List.copyOf(processesStopped);
            carriers = List.copyOf(carriers);
        }
    }

    /** How a plant takes part in an outage. */
    public enum Role {
        /** Taken out by the outage. */
        OUT,
        /** Cannot run once the outage's elements are gone (the cascade). */
        CANNOT_RUN,
        /** Still in the park but all its processes stand still (their input is gone). */
        IDLE,
        /** Runs, with changed purchases, sales, releases or activities. */
        AFFECTED
    }

    /**
     * One carrier of one plant, intact and in the outage, in the carrier's unit per year.
     *
     * @param carrier        the carrier
     * @param boughtBefore   bought from the market, intact
     * @param boughtAfter    bought from the market, in the outage
     * @param soldBefore     sold to the market, intact
     * @param soldAfter      sold to the market, in the outage
     * @param releasedBefore released through the disposal route, intact
     * @param releasedAfter  released through the disposal route, in the outage
     */
    public record CarrierChange(CarrierId carrier, double boughtBefore, double boughtAfter,
            double soldBefore, double soldAfter, double releasedBefore, double releasedAfter) {

        /**
         * Extra purchases: what the plant now buys instead of receiving it.
         *
         * @return bought after minus before (negative when it buys less)
         */
        public double boughtChange() {
            return boughtAfter - boughtBefore;
        }

        /**
         * Extra sales.
         *
         * @return sold after minus before
         */
        public double soldChange() {
            return soldAfter - soldBefore;
        }

        /**
         * Extra releases: a by-product that now goes to its disposal route.
         *
         * @return released after minus before
         */
        public double releasedChange() {
            return releasedAfter - releasedBefore;
        }
    }
}
