package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a link: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * link id cannot be passed where another kind of id is expected.
 *
 * @param value the id as written, e.g. {@code co2-pipe}
 */
public record LinkId(String value) implements Comparable<LinkId>, ElementId {

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is empty or has a character other than an ASCII letter,
     *                               a digit, {@code _}, {@code .} or {@code -}; the message
     *                               suggests a valid id
     */
    public LinkId {
        checkNotNull(value, "A link id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("link id", value, String.format("The link id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

    /**
     * The id {@code value}; the same as the constructor.
     *
     * @param value the id, e.g. {@code co2-pipe}
     * @return the typed id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is not a valid id
     */
    public static LinkId of(String value) {
        return new LinkId(value);
    }

    @Override
    public int compareTo(LinkId other) {
        return value.compareTo(other.value);
    }

    /**
     * This id as reports name it.
     *
     * @return e.g. {@code link '{id}'}
     */
    @Override
    public String describe() {
        return "link '" + value + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
