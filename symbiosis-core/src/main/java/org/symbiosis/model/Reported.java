package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A figure that a plant or a group of plants (a company's site, a whole complex) reports, with its
 * source and year, to calibrate the model against: the report shows the model's figure for the
 * same plants beside it, with the difference in percent.
 *
 * @param id        unique in the park, e.g. {@code tokuyama-co2-2019}
 * @param plants    the plants the figure covers (at least one, each once)
 * @param quantity  what is reported
 * @param carrier   for {@link Quantity#OUTPUT}: the carrier whose output is reported; otherwise
 *                  {@code null}
 * @param value     the reported figure: t CO2e per year for emissions, the carrier's unit per
 *                  year for an output
 * @param unit      the value's unit as written, checked and never converted: {@code t CO2e/yr}
 *                  or {@code t CO2/yr} for emissions, the carrier's unit and {@code /yr} for an
 *                  output; empty for the default (the same)
 * @param year      the year (or fiscal year) the figure is for
 * @param source    where it comes from, e.g. {@code docs/sources.md#tokuyama-co2}
 * @param tolerance the largest relative difference the model is held to (0.03 for 3 %), or NaN
 *                  for a figure that is shown but not held (a boundary the model cannot match:
 *                  say why in the note)
 * @param note      free text: the basis, and why a difference is not closed
 */
public record Reported(String id, List<PlantId> plants, Quantity quantity, CarrierId carrier,
        double value, String unit, int year, String source, double tolerance, String note) {

    /** What a reported figure counts; emissions as in the ledger. */
    public enum Quantity {
        /** Direct releases, GWP-weighted, t CO2e per year. */
        SCOPE1,
        /** Purchased electricity and heat, location-based, t CO2e per year. */
        SCOPE2,
        /** Scope 1 + 2, t CO2e per year. */
        RESIDUAL,
        /** Scope 3 upstream (categories 1, 3 and 4), t CO2e per year. */
        UPSTREAM,
        /** Residual + upstream, t CO2e per year. */
        LIFECYCLE,
        /** The plants' processes' output of one carrier, in its unit per year. */
        OUTPUT;

        /**
         * The name used in park files, e.g. {@code scope1}.
         *
         * @return the constant's name in lower case
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks the figure, copies the plants and turns a null unit or note into an empty text.
     * Whether the plants and the carrier exist, and an output's unit, are checked when the park
     * is built.
     *
     * @param id        unique in the park; not blank
     * @param plants    the plants the figure covers: at least one, each once
     * @param quantity  what is reported
     * @param carrier   the carrier for {@link Quantity#OUTPUT}; null for every other quantity
     * @param value     the reported figure; finite, not negative
     * @param unit      {@code t CO2e/yr} or {@code t CO2/yr} for emissions, the carrier's unit and
     *                  {@code /yr} for an output; null or empty for the default
     * @param year      the (fiscal) year of the figure, 1900 to 2200
     * @param source    where it comes from; not blank
     * @param tolerance the largest relative difference the model is held to, in (0, 1]; NaN for
     *                  a figure that is shown but not held
     * @param note      free text; null for none
     * @throws NullPointerException  if the id, the plants, one of the plants or the quantity is
     *                               null
     * @throws InvalidValueException if the id is blank, no plant or a plant twice is named, the
     *                               carrier is missing for an output or given for emissions, the
     *                               value is negative or not finite, an emissions unit is another,
     *                               the year is outside 1900 to 2200, the source is blank, or the
     *                               tolerance is neither NaN nor in (0, 1]
     */
    public Reported {
        checkNotNull(id, "A reported figure needs an id.");
        Checks.require("reported figure", !id.isBlank(), "A reported figure needs an id.");
        String element = "reported figure '" + id + "'";
        checkNotNull(plants, "The %s needs 'plants': the plants whose figure it is.", element);
        plants = List.copyOf(plants);
        Checks.require(element, !plants.isEmpty(), "The %s names no plants: list the plants whose figure"
                + " it is, e.g. \"plants\": [\"tokuyama-power\"].", element);
        Checks.require(element, new HashSet<>(plants).size() == plants.size(),
                "The %s names a plant twice in %s: name each plant once.", element, plants);
        checkNotNull(quantity, "The %s needs a 'quantity'.", element);
        if (quantity == Quantity.OUTPUT) {
            Checks.require(element, carrier != null, "The %s reports an output: say of which carrier with"
                    + " \"carrier\": \"clinker\".", element);
        } else {
            Checks.require(element, carrier == null, "The %s reports %s, which is not of one carrier:"
                    + " leave 'carrier' out (it is for \"quantity\": \"output\").", element,
                    quantity.label());
        }
        Checks.nonNegativeFinite(value, "value", element);
        unit = unit == null ? "" : unit;
        Checks.require(element, quantity == Quantity.OUTPUT || unit.isEmpty() || unit.equals("t CO2e/yr")
                || unit.equals("t CO2/yr"), "The unit \"%s\" of the %s is not \"t CO2e/yr\" or"
                        + " \"t CO2/yr\": write the value in t per year (6.6 Mt as 6.6e6).", unit,
                element);
        Checks.require(element, year >= 1900 && year <= 2200, "The year (%s) of the %s is not a year:"
                + " write the (fiscal) year the figure is for, e.g. 2019.", year, element);
        source = Checks.text(source, "source", element
                + " (where the figure comes from, e.g. \"docs/sources.md#tokuyama-co2\")");
        Checks.require(element, Double.isNaN(tolerance) || tolerance > 0 && tolerance <= 1,
                "The tolerance (%s) of the %s must be a fraction in (0, 1] (0.03 for 3 %%), or"
                        + " left out for a figure shown but not held.", tolerance, element);
        note = note == null ? "" : note;
    }

    /**
     * Whether the model is held to this figure (it has a tolerance).
     *
     * @return true unless the tolerance is NaN
     */
    public boolean held() {
        return !Double.isNaN(tolerance);
    }

    /**
     * This figure for other plants.
     *
     * @param newPlants the plants the figure covers: at least one, each once
     * @return the changed figure
     * @throws InvalidValueException if no plant or a plant twice is named
     */
    public Reported withPlants(List<PlantId> newPlants) {
        return new Reported(id, newPlants, quantity, carrier, value, unit, year, source, tolerance,
                note);
    }

    /**
     * This figure of another quantity (and carrier, which goes with it).
     *
     * @param newQuantity what is reported
     * @param newCarrier  the carrier for {@link Quantity#OUTPUT}; null for every other quantity
     * @return the changed figure
     * @throws InvalidValueException if the carrier is missing for an output or given for emissions
     */
    public Reported withQuantity(Quantity newQuantity, CarrierId newCarrier) {
        return new Reported(id, plants, newQuantity, newCarrier, value, unit, year, source,
                tolerance, note);
    }

    /**
     * This figure with another value.
     *
     * @param newValue the reported figure; finite, not negative
     * @return the changed figure
     * @throws InvalidValueException if it is negative or not finite
     */
    public Reported withValue(double newValue) {
        return new Reported(id, plants, quantity, carrier, newValue, unit, year, source, tolerance,
                note);
    }

    /**
     * This figure in another unit as written (the value is not converted).
     *
     * @param newUnit the value's unit as written; null or empty for the default
     * @return the changed figure
     * @throws InvalidValueException if an emissions unit is another
     */
    public Reported withUnit(String newUnit) {
        return new Reported(id, plants, quantity, carrier, value, newUnit, year, source, tolerance,
                note);
    }

    /**
     * This figure for another year.
     *
     * @param newYear the (fiscal) year of the figure, 1900 to 2200
     * @return the changed figure
     * @throws InvalidValueException if it is outside 1900 to 2200
     */
    public Reported withYear(int newYear) {
        return new Reported(id, plants, quantity, carrier, value, unit, newYear, source, tolerance,
                note);
    }

    /**
     * This figure with another source.
     *
     * @param newSource where it comes from; not blank
     * @return the changed figure
     * @throws InvalidValueException if it is blank
     */
    public Reported withSource(String newSource) {
        return new Reported(id, plants, quantity, carrier, value, unit, year, newSource, tolerance,
                note);
    }

    /**
     * This figure held to another tolerance.
     *
     * @param newTolerance the largest relative difference held to, in (0, 1]; NaN for none
     * @return the changed figure
     * @throws InvalidValueException if it is neither NaN nor in (0, 1]
     */
    public Reported withTolerance(double newTolerance) {
        return new Reported(id, plants, quantity, carrier, value, unit, year, source, newTolerance,
                note);
    }

    /**
     * This figure with another note.
     *
     * @param newNote free text; null for none
     * @return the changed figure
     */
    public Reported withNote(String newNote) {
        return new Reported(id, plants, quantity, carrier, value, unit, year, source, tolerance,
                newNote);
    }
}
