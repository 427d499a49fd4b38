package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a process: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * process id cannot be passed where another kind of id is expected.
 *
 * @param value the id as written, e.g. {@code capture.amine}
 */
public record ProcessId(String value) implements Comparable<ProcessId>, ElementId {

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is empty or has a character other than an ASCII letter,
     *                               a digit, {@code _}, {@code .} or {@code -}; the message
     *                               suggests a valid id
     */
    public ProcessId {
        checkNotNull(value, "A process id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("process id", value, String.format("The process id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

    /**
     * The id {@code value}; the same as the constructor.
     *
     * @param value the id, e.g. {@code capture.amine}
     * @return the typed id
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if it is not a valid id
     */
    public static ProcessId of(String value) {
        return new ProcessId(value);
    }

    @Override
    public int compareTo(ProcessId other) {
        return value.compareTo(other.value);
    }

    /**
     * This id as reports name it.
     *
     * @return e.g. {@code process '{id}'}
     */
    @Override
    public String describe() {
        return "process '" + value + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
