package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.symbiosis.model.Target;

/**
 * What an investment plan minimises, on which emissions metric. Costs are per year: operating
 * costs (purchases, link and variable process costs, disposal, less sales) plus the annualised
 * cost of what is built (capital x the capital recovery factor, plus fixed O&amp;M). Immutable.
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

    /**
     * Checks the goal.
     *
     * @param kind        the objective
     * @param carbonPrice currency per t CO2e, 0 or more
     * @param limit       the budget (currency per year) or the cap (t CO2e per year), 0 or more;
     *                    ignored for {@link Kind#COST}
     * @param metric      the emissions counted
     * @throws NullPointerException     if {@code kind} or {@code metric} is null
     * @throws IllegalArgumentException if the carbon price is negative or not finite, or, for a
     *                                  goal under a budget or a cap, the limit is
     */
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

    /**
     * Minimum annualised cost plus a carbon price on every t CO2e of life-cycle emissions.
     *
     * @param carbonPrice currency per t CO2e, 0 or more (0: cost alone)
     * @return the goal, on the life-cycle metric
     * @throws IllegalArgumentException if the price is negative or not finite
     */
    public static PlanGoal cost(double carbonPrice) {
        return new PlanGoal(Kind.COST, carbonPrice, Double.NaN, Target.Metric.LIFECYCLE);
    }

    /**
     * Minimum life-cycle emissions, with the annualised cost of what is built within a budget:
     * capital x the capital recovery factor plus fixed O&amp;M, and a new process's own fixed
     * cost (what a retirement saves does not free any budget).
     *
     * @param budgetPerYear the budget, currency per year, 0 or more
     * @return the goal, on the life-cycle metric
     * @throws IllegalArgumentException if the budget is negative or not finite
     */
    public static PlanGoal emissionsUnderBudget(double budgetPerYear) {
        return new PlanGoal(Kind.EMISSIONS_UNDER_BUDGET, 0, budgetPerYear,
                Target.Metric.LIFECYCLE);
    }

    /**
     * Minimum annualised cost with life-cycle emissions at most a cap; a plan that cannot meet
     * the cap is infeasible.
     *
     * @param capPerYear the cap, t CO2e per year, 0 or more
     * @return the goal, on the life-cycle metric
     * @throws IllegalArgumentException if the cap is negative or not finite
     */
    public static PlanGoal costUnderCap(double capPerYear) {
        return new PlanGoal(Kind.COST_UNDER_CAP, 0, capPerYear, Target.Metric.LIFECYCLE);
    }

    /**
     * The same goal on another emissions metric; a cap is then read on that metric.
     *
     * @param newMetric residual, net or life cycle
     * @return a new goal; this one is unchanged
     * @throws NullPointerException if {@code newMetric} is null
     */
    public PlanGoal withMetric(Target.Metric newMetric) {
        return new PlanGoal(kind, carbonPrice, limit, newMetric);
    }

    /**
     * The same goal with another carbon price, which only a {@link Kind#COST} goal uses.
     *
     * @param price currency per t CO2e, 0 or more
     * @return a new goal; this one is unchanged
     * @throws IllegalArgumentException if the price is negative or not finite
     */
    public PlanGoal withCarbonPrice(double price) {
        return new PlanGoal(kind, price, limit, metric);
    }

    /**
     * The goal in words, for reports, e.g. {@code minimum annualised cost + 50 EUR per t CO2e of
     * lifecycle emissions}; amounts are rounded to whole units.
     *
     * @param currency the park's currency, written after each amount
     * @return one phrase, without a full stop
     */
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
