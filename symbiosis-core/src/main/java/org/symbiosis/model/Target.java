package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An emissions target the park is measured against: a reduction of {@code reduction} from
 * {@code baseEmissions} (a base year's emissions of the same boundary), on residual, net or
 * life-cycle emissions. Net zero is a reduction of 1 on net emissions.
 *
 * @param id            unique in the park, e.g. {@code yamaguchi-2030}
 * @param description   what the target is and where it comes from
 * @param baseEmissions the base year's emissions, t CO2e per year
 * @param reduction     the fraction to cut, in [0, 1] (0.351 for -35.1 %)
 * @param metric        which emissions the target counts
 */
public record Target(String id, String description, double baseEmissions, double reduction,
        Metric metric) {

    /** Which emissions a target counts. */
    public enum Metric {
        /** Scope 1 + scope 2. */
        RESIDUAL,
        /** Residual minus removals. */
        NET,
        /** Residual plus scope 3 upstream (categories 1, 3 and 4). */
        LIFECYCLE
    }

    /**
     * Checks the target and fills in defaults: an empty description for null and
     * {@link Metric#RESIDUAL} for a null metric.
     *
     * @param id            unique in the park; not blank
     * @param description   what the target is; null for none
     * @param baseEmissions the base year's emissions, t CO2e per year; finite, not negative
     * @param reduction     the fraction to cut, in [0, 1]
     * @param metric        which emissions the target counts; null for residual
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if the id is blank, the base emissions are negative, NaN or
     *                               infinite, or the reduction is outside [0, 1] or NaN
     */
    public Target {
        checkNotNull(id, "A target needs an id.");
        Checks.require("target", !id.isBlank(), "A target needs an id.");
        String element = "target '" + id + "'";
        description = description == null ? "" : description;
        Checks.nonNegativeFinite(baseEmissions, "base emissions (t CO2e/yr)", element);
        Checks.fraction(reduction, "reduction", element, ": write 0.351 for -35.1 %");
        metric = metric == null ? Metric.RESIDUAL : metric;
    }


    /**
     * This target with another description.
     *
     * @param newDescription what the target is; null for none
     * @return the changed target
     */
    public Target withDescription(String newDescription) {
        return new Target(id, newDescription, baseEmissions, reduction, metric);
    }

    /**
     * This target with other base emissions.
     *
     * @param newBaseEmissions the base year's emissions, t CO2e per year; finite, not negative
     * @return the changed target
     * @throws InvalidValueException if they are negative or not finite
     */
    public Target withBaseEmissions(double newBaseEmissions) {
        return new Target(id, description, newBaseEmissions, reduction, metric);
    }

    /**
     * This target with another reduction.
     *
     * @param newReduction the fraction to cut, in [0, 1]
     * @return the changed target
     * @throws InvalidValueException if it is outside [0, 1] or NaN
     */
    public Target withReduction(double newReduction) {
        return new Target(id, description, baseEmissions, newReduction, metric);
    }

    /**
     * This target counting other emissions.
     *
     * @param newMetric which emissions the target counts; null for residual
     * @return the changed target
     */
    public Target withMetric(Metric newMetric) {
        return new Target(id, description, baseEmissions, reduction, newMetric);
    }
    /**
     * The emissions the target allows.
     *
     * @return {@code baseEmissions * (1 - reduction)}, t CO2e per year; 0 for net zero
     */
    public double goal() {
        return baseEmissions * (1 - reduction);
    }
}
