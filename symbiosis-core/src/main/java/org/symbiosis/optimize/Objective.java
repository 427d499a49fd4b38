package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.symbiosis.model.Target;

/**
 * What the optimiser minimises: {@code emissionsWeight x E + costWeight x (cost + carbonPrice x
 * E)}, where E is the emissions of the chosen metric (t CO2e/yr): residual (scope 1 + 2), net
 * (residual - removals) or life cycle (residual + scope 3 upstream, categories 1, 3 and 4, with
 * each origin's factor and transport); cost is purchases + link costs + variable process costs +
 * disposal costs - sales (the park's currency per year; fixed costs are the same in every
 * solution and are left out).
 *
 * @param emissionsWeight weight of emissions, per t CO2e
 * @param costWeight      weight of cost, per unit of currency
 * @param carbonPrice     currency per t CO2e added to the cost
 * @param metric          which emissions count
 */
public record Objective(double emissionsWeight, double costWeight, double carbonPrice,
        Target.Metric metric) {

    /**
     * Checks the objective.
     *
     * @param emissionsWeight weight of emissions, per t CO2e, 0 or more
     * @param costWeight      weight of cost, per unit of currency, 0 or more
     * @param carbonPrice     currency per t CO2e, 0 or more
     * @param metric          which emissions count
     * @throws NullPointerException     if {@code metric} is null
     * @throws IllegalArgumentException if a weight is negative, both weights are 0, or the
     *                                  carbon price is negative or not finite
     */
    public Objective {
        checkNotNull(metric, "An objective needs a metric: residual, net or lifecycle.");
        checkArgument(emissionsWeight >= 0 && costWeight >= 0
                && emissionsWeight + costWeight > 0, "The objective weights (emissions %s, cost"
                + " %s) must not be negative and not both 0.", emissionsWeight, costWeight);
        checkArgument(Double.isFinite(carbonPrice) && carbonPrice >= 0,
                "The carbon price (%s) must be a number of 0 or more.", carbonPrice);
    }

    /**
     * An objective on residual emissions (scope 1 + 2).
     *
     * @param emissionsWeight weight of emissions, per t CO2e, 0 or more
     * @param costWeight      weight of cost, per unit of currency, 0 or more
     * @param carbonPrice     currency per t CO2e, 0 or more
     * @throws IllegalArgumentException if a weight is negative, both weights are 0, or the
     *                                  carbon price is negative or not finite
     */
    public Objective(double emissionsWeight, double costWeight, double carbonPrice) {
        this(emissionsWeight, costWeight, carbonPrice, Target.Metric.RESIDUAL);
    }

    /**
     * Minimum residual emissions, whatever they cost.
     *
     * @return weights (1, 0), no carbon price; its value is in t CO2e per year
     */
    public static Objective emissions() {
        return new Objective(1, 0, 0);
    }

    /**
     * Minimum cost with a carbon price per t CO2e of residual emissions.
     *
     * @param carbonPrice currency per t CO2e, 0 or more (0: cost alone)
     * @return weights (0, 1); its value is in currency per year
     * @throws IllegalArgumentException if the price is negative or not finite
     */
    public static Objective cost(double carbonPrice) {
        return new Objective(0, 1, carbonPrice);
    }

    /**
     * The same objective on another emissions metric.
     *
     * @param newMetric residual, net or life cycle
     * @return a new objective; this one is unchanged
     * @throws NullPointerException if {@code newMetric} is null
     */
    public Objective withMetric(Target.Metric newMetric) {
        return new Objective(emissionsWeight, costWeight, carbonPrice, newMetric);
    }

    /** The weight on each t CO2e of residual emissions. */
    double perTonne() {
        return emissionsWeight + costWeight * carbonPrice;
    }
}
