package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a carrier: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * carrier id cannot be passed where another kind of id is expected.
 *
 * @param value the id as written, e.g. {@code co2-captured}
 */
public record CarrierId(String value) implements Comparable<CarrierId>, ElementId {

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is empty or has a character other than an ASCII letter,
     *                               a digit, {@code _}, {@code .} or {@code -}; the message
     *                               suggests a valid id
     */
    public CarrierId {
        checkNotNull(value, "A carrier id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("carrier id", value, String.format("The carrier id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

    /**
     * The id {@code value}; the same as the constructor.
     *
     * @param value the id, e.g. {@code co2-captured}
     * @return the typed id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is not a valid id
     */
    public static CarrierId of(String value) {
        return new CarrierId(value);
    }

    @Override
    public int compareTo(CarrierId other) {
        return value.compareTo(other.value);
    }

    /**
     * This id as reports name it.
     *
     * @return e.g. {@code carrier '{id}'}
     */
    @Override
    public String describe() {
        return "carrier '" + value + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
