package org.symbiosis.discovery;

import static com.google.common.base.Preconditions.checkNotNull;

import org.symbiosis.model.CarrierId;
import org.symbiosis.model.InvalidValueException;

/**
 * A declared substitution: one unit of {@code offered} (coal ash) can replace {@code ratio} units
 * of {@code replaced} (clay) in a plant that has a recipe taking the offered carrier.
 *
 * @param offered  the by-product offered
 * @param replaced the purchase it replaces
 * @param ratio    units of {@code replaced} one unit of {@code offered} replaces, above 0
 */
public record Substitution(CarrierId offered, CarrierId replaced, double ratio) {

    /**
     * Checks the carriers and the ratio.
     *
     * @param offered  the by-product offered
     * @param replaced the purchase it replaces, another carrier
     * @param ratio    units of {@code replaced} per unit of {@code offered}, positive and finite
     * @throws NullPointerException     if a carrier is null
     * @throws InvalidValueException    if the carriers are the same or the ratio is not positive
     */
    public Substitution {
        checkNotNull(offered, "offered");
        checkNotNull(replaced, "replaced");
        String element = "substitution '" + offered + "=" + replaced + "'";
        if (offered.equals(replaced)) {
            throw new InvalidValueException(element, offered.value(), String.format("A"
                    + " substitution of '%s' for itself is not a substitution: leave it out (the"
                    + " same carrier is always proposed).", offered));
        }
        if (!(ratio > 0 && Double.isFinite(ratio))) {
            throw new InvalidValueException(element, String.valueOf(ratio), String.format("The"
                    + " ratio (%s) of the substitution of '%s' for '%s' must be a positive number:"
                    + " the units of '%s' one unit of '%s' replaces.", ratio, offered, replaced,
                    replaced, offered));
        }
    }

    /**
     * Parses {@code OFFERED=REPLACED} or {@code OFFERED=REPLACED:RATIO} (ratio 1 by default),
     * e.g. {@code coal-ash=clay} or {@code slag=limestone:0.8}.
     *
     * @param text the text
     * @return the substitution
     * @throws InvalidValueException naming the text and the expected form
     */
    public static Substitution parse(String text) {
        String[] sides = text.split("=", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            throw new InvalidValueException("substitution '" + text + "'", text, String.format(
                    "The substitution '%s' is not of the form OFFERED=REPLACED or"
                    + " OFFERED=REPLACED:RATIO (for example coal-ash=clay).", text));
        }
        String[] replaced = sides[1].split(":", -1);
        double ratio = 1;
        if (replaced.length == 2) {
            try {
                ratio = Double.parseDouble(replaced[1]);
            } catch (NumberFormatException e) {
                throw new InvalidValueException("substitution '" + text + "'", replaced[1],
                        String.format("The ratio '%s' of the substitution '%s' is not a number:"
                        + " write a positive number, e.g. %s:0.8.", replaced[1], text,
                        sides[0].strip() + "=" + replaced[0].strip()));
            }
        } else if (replaced.length > 2) {
            throw new InvalidValueException("substitution '" + text + "'", text, String.format(
                    "The substitution '%s' has more than one ':'; write OFFERED=REPLACED:RATIO.",
                    text));
        }
        return new Substitution(CarrierId.of(sides[0].strip()), CarrierId.of(replaced[0]
                .strip()), ratio);
    }
}
