package org.symbiosis.model;

/**
 * Argument checks whose messages name the quantity, the element, the bad value and the fix, for
 * example {@code The capacity (-5.0) of link 'co2-pipe' must not be negative.}, thrown as an
 * {@link InvalidValueException}.
 */
final class Checks {

    private Checks() {
    }

    static double finite(double value, String quantity, String element) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(element, String.valueOf(value), String.format(
                    "The %s (%s) of %s must be a finite number.", quantity, value, element));
        }
        return value;
    }

    static double nonNegative(double value, String quantity, String element) {
        if (Double.isNaN(value) || value < 0) {
            throw new InvalidValueException(element, String.valueOf(value), String.format(
                    "The %s (%s) of %s must not be negative.", quantity, value, element));
        }
        return value;
    }

    static double nonNegativeFinite(double value, String quantity, String element) {
        nonNegative(value, quantity, element);
        return finite(value, quantity, element);
    }

    /** A capacity: non-negative, {@code +Infinity} meaning unlimited. */
    static double capacity(double value, String element) {
        return nonNegative(value, "capacity", element);
    }

    static double fraction(double value, String quantity, String element, String hint) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidValueException(element, String.valueOf(value), String.format(
                    "The %s (%s) of %s must be between 0 and 1%s.", quantity, value, element, hint));
        }
        return value;
    }

    static String text(String value, String quantity, String element) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(element, String.valueOf(value), String.format(
                    "The %s of %s must not be empty.", quantity, element));
        }
        return value;
    }

    /**
     * Throws an {@link InvalidValueException} for {@code element} unless {@code ok}; the message is
     * {@code template} formatted with {@code args} ({@link String#format}).
     */
    static void require(String element, boolean ok, String template, Object... args) {
        if (!ok) {
            throw new InvalidValueException(element, "", String.format(template, args));
        }
    }
}
