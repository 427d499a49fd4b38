package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What the optimiser minimises: {@code emissionsWeight x residual CO2e + costWeight x (cost +
 * carbonPrice x residual CO2e)}. Residual CO2e is scope 1 + scope 2 (t CO2e/yr); cost is purchases
 * + link costs + process costs + disposal costs - sales (the park's currency per year).
 *
 * @param emissionsWeight weight of residual emissions, per t CO2e
 * @param costWeight      weight of cost, per unit of currency
 * @param carbonPrice     currency per t CO2e added to the cost
 */
public record Objective(double emissionsWeight, double costWeight, double carbonPrice) {

    public Objective {
        checkArgument(emissionsWeight >= 0 && costWeight >= 0
                && emissionsWeight + costWeight > 0, "The objective weights (emissions %s, cost"
                + " %s) must not be negative and not both 0.", emissionsWeight, costWeight);
        checkArgument(Double.isFinite(carbonPrice) && carbonPrice >= 0,
                "The carbon price (%s) must be a number of 0 or more.", carbonPrice);
    }

    /** Minimum residual emissions. */
    public static Objective emissions() {
        return new Objective(1, 0, 0);
    }

    /** Minimum cost with a carbon price per t CO2e. */
    public static Objective cost(double carbonPrice) {
        return new Objective(0, 1, carbonPrice);
    }

    /** The weight on each t CO2e of residual emissions. */
    double perTonne() {
        return emissionsWeight + costWeight * carbonPrice;
    }
}
