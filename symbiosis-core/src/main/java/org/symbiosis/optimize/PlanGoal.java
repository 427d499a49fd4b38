package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.symbiosis.model.Target;

/**
 * What an investment plan minimises, on which emissions metric. Costs are per year: operating
 * costs (purchases, link and variable process costs, disposal, less sales) plus the annualised
 * cost of what is built (capital x the capital recovery factor, plus fixed O&M).
 *
 * @param kind        the objective
 * @param carbonPrice currency per t CO2e, for {@link Kind#COST}
 * @param limit       the budget (annualised investment cost per year) for {@link
 *                    Kind#EMISSIONS_UNDER_BUDGET}, or the cap (t CO2e per year) for {@link
 *                    Kind#COST_UNDER_CAP}; NaN otherwise
 * @param metric      the emissions counted (life cycle by default)
 */
public record PlanGoal(Kind kind, double carbonPrice, double limit, Target.Metric metric) {

    /** The three objectives. */
    public enum Kind {
        /** Minimum annualised cost + carbon price x emissions. */
        COST,
        /** Minimum emissions with the annualised cost of what is built within a budget. */
        EMISSIONS_UNDER_BUDGET,
        /** Minimum annualised cost with emissions at most a cap (a target). */
        COST_UNDER_CAP
    }

    public PlanGoal {
        checkNotNull(kind, "A plan needs a goal.");
        checkNotNull(metric, "A plan needs an emissions metric.");
        checkArgument(Double.isFinite(carbonPrice) && carbonPrice >= 0, "The carbon price (%s)"
                + " must be a number of 0 or more.", carbonPrice);
        if (kind != Kind.COST) {
            checkArgument(Double.isFinite(limit) && limit >= 0, "The %s (%s) must be a number"
                    + " of 0 or more.", kind == Kind.COST_UNDER_CAP ? "cap" : "budget", limit);
        }
    }

    public static PlanGoal cost(double carbonPrice) {
        return new PlanGoal(Kind.COST, carbonPrice, Double.NaN, Target.Metric.LIFECYCLE);
    }

    public static PlanGoal emissionsUnderBudget(double budgetPerYear) {
        return new PlanGoal(Kind.EMISSIONS_UNDER_BUDGET, 0, budgetPerYear,
                Target.Metric.LIFECYCLE);
    }

    public static PlanGoal costUnderCap(double capPerYear) {
        return new PlanGoal(Kind.COST_UNDER_CAP, 0, capPerYear, Target.Metric.LIFECYCLE);
    }

    public PlanGoal withMetric(Target.Metric newMetric) {
        return new PlanGoal(kind, carbonPrice, limit, newMetric);
    }

    public PlanGoal withCarbonPrice(double price) {
        return new PlanGoal(kind, price, limit, metric);
    }

    /** In words, for reports. */
    public String describe(String currency) {
        String m = metric.name().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case COST -> String.format(Locale.ROOT, "minimum annualised cost + %s %s per t CO2e"
                    + " of %s emissions", fmt(carbonPrice), currency, m);
            case EMISSIONS_UNDER_BUDGET -> String.format(Locale.ROOT, "minimum %s emissions"
                    + " with investments of at most %s %s/yr (annualised)", m, fmt(limit),
                    currency);
            case COST_UNDER_CAP -> String.format(Locale.ROOT, "minimum annualised cost with %s"
                    + " emissions of at most %s t CO2e/yr", m, fmt(limit));
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
