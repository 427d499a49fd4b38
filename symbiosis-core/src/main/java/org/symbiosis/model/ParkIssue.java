package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One finding of park validation.
 *
 * @param severity error or warning
 * @param element  the element it concerns, e.g. {@code link 'co2-pipe'} (or a file position)
 * @param message  what is wrong, the value and the fix
 * @param code     a warning's kind, e.g. {@code unbounded-sink}, which a park's {@code accepts}
 *                 names to explain it; empty for errors
 */
public record ParkIssue(Severity severity, String element, String message, String code) {

    public ParkIssue {
        checkNotNull(severity);
        checkNotNull(element);
        checkNotNull(message);
        code = code == null ? "" : code;
    }

    public ParkIssue(Severity severity, String element, String message) {
        this(severity, element, message, "");
    }

    public static ParkIssue error(String element, String message) {
        return new ParkIssue(Severity.ERROR, element, message, "");
    }

    public static ParkIssue warning(String element, String message) {
        return new ParkIssue(Severity.WARNING, element, message, "");
    }

    /** A warning of a kind a park may accept, e.g. {@code unbounded-sink}. */
    public static ParkIssue warning(String code, String element, String message) {
        return new ParkIssue(Severity.WARNING, element, message, code);
    }

    /** The id inside the element's quotes: {@code x} of {@code process 'x'}. */
    public String elementId() {
        int open = element.indexOf('\'');
        int close = element.lastIndexOf('\'');
        return open >= 0 && close > open ? element.substring(open + 1, close) : element;
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + message
                + (code.isEmpty() ? "" : " [" + code + "]");
    }
}
