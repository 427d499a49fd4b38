package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A measure the park takes (ammonia co-firing, a capture unit, a biomass switch), described by
 * what would be different without it, so that a report can say plainly what the measure does to
 * residual and life-cycle emissions.
 *
 * @param id          unique in the park, e.g. {@code ammonia-cofiring}
 * @param description what the measure is
 * @param without     the numbers of the park without the measure: parameter paths (as in
 *                    scenario files, e.g. {@code process:power.generate:input:nh3}) to values
 */
public record Measure(String id, String description, Map<String, Double> without) {

    /**
     * Checks the measure, copies {@code without} and turns a null description into an empty one.
     * The paths themselves are checked where the measure is applied.
     *
     * @param id          unique in the park; not blank
     * @param description what the measure is; null for none
     * @param without     parameter paths to the park's values without the measure; at least one,
     *                    each value finite
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if the id is blank, {@code without} is null or empty, or one
     *                               of its values is null, NaN or infinite
     */
    public Measure {
        checkNotNull(id, "A measure needs an id.");
        Checks.require("measure '" + id + "'", !id.isBlank(), "A measure needs an id.");
        description = description == null ? "" : description;
        Checks.require("measure '" + id + "'", without != null && !without.isEmpty(), "The measure '%s' says nothing in"
                + " 'without': give the paths and values of the park without it.", id);
        without.forEach((path, value) -> Checks.finite(value == null ? Double.NaN : value,
                "value of '" + path + "'", "measure '" + id + "'"));
        without = ImmutableMap.copyOf(without);
    }

    /**
     * This measure with another description.
     *
     * @param newDescription what the measure is; null for none
     * @return the changed measure
     */
    public Measure withDescription(String newDescription) {
        return new Measure(id, newDescription, without);
    }

    /**
     * This measure with other values of the park without it.
     *
     * @param newWithout parameter paths to the park's values without the measure; at least one,
     *                   each value finite
     * @return the changed measure
     * @throws InvalidValueException if it is empty or a value is null, NaN or infinite
     */
    public Measure withWithout(Map<String, Double> newWithout) {
        return new Measure(id, description, newWithout);
    }
}
