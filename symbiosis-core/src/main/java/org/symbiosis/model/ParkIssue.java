package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One finding of park validation.
 *
 * @param severity error or warning
 * @param element  the element it concerns, e.g. {@code link 'co2-pipe'} (or a file position)
 * @param message  what is wrong, the value and the fix
 */
public record ParkIssue(Severity severity, String element, String message) {

    public ParkIssue {
        checkNotNull(severity);
        checkNotNull(element);
        checkNotNull(message);
    }

    public static ParkIssue error(String element, String message) {
        return new ParkIssue(Severity.ERROR, element, message);
    }

    public static ParkIssue warning(String element, String message) {
        return new ParkIssue(Severity.WARNING, element, message);
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + message;
    }
}
