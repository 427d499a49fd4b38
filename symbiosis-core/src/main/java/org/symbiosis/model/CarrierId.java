package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a carrier: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * carrier id cannot be passed where another kind of id is expected.
 */
public record CarrierId(String value) implements Comparable<CarrierId>, ElementId {

    public CarrierId {
        checkNotNull(value, "A carrier id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("carrier id", value, String.format("The carrier id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

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
