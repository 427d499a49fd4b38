package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a plant: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * plant id cannot be passed where another kind of id is expected.
 *
 * @param value the id as written, e.g. {@code tokuyama-power}
 */
public record PlantId(String value) implements Comparable<PlantId>, ElementId {

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is empty or has a character other than an ASCII letter,
     *                               a digit, {@code _}, {@code .} or {@code -}; the message
     *                               suggests a valid id
     */
    public PlantId {
        checkNotNull(value, "A plant id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("plant id", value, String.format("The plant id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

    /**
     * The id {@code value}; the same as the constructor.
     *
     * @param value the id, e.g. {@code tokuyama-power}
     * @return the typed id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is not a valid id
     */
    public static PlantId of(String value) {
        return new PlantId(value);
    }

    @Override
    public int compareTo(PlantId other) {
        return value.compareTo(other.value);
    }

    /**
     * This id as reports name it.
     *
     * @return e.g. {@code plant '{id}'}
     */
    @Override
    public String describe() {
        return "plant '" + value + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
