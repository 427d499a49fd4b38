package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The id of a process: letters, digits and {@code _ . -}, unique in its park. A typed id so that a
 * process id cannot be passed where another kind of id is expected.
 */
public record ProcessId(String value) implements Comparable<ProcessId>, ElementId {

    public ProcessId {
        checkNotNull(value, "A process id must not be null.");
        if (!Ids.isValid(value)) {
            throw new InvalidValueException("process id", value, String.format("The process id '%s' is not valid: use"
                    + " letters, digits, '_', '.' or '-' (for example '%s').", value,
                    Ids.suggest(value)));
        }
    }

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
