package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One finding about a park, a file or a value: what every {@link SymbiosisException} carries and
 * what validation returns.
 *
 * @param severity error or warning
 * @param element  the element it concerns, e.g. {@code link 'co2-pipe'}; empty where no one
 *                 element is to blame (a file that is not JSON)
 * @param message  what is wrong, the value and the fix, for a person
 * @param code     a warning's kind, e.g. {@code unbounded-sink}, which a park's {@code accepts}
 *                 names to explain it; empty for errors
 * @param position where in a file, {@code file:line:column}; empty where unknown
 * @param value    the value to blame as written, e.g. {@code 1.5}; empty where unknown or none
 */
public record ParkIssue(Severity severity, String element, String message, String code,
        String position, String value) {

    /**
     * Checks the severity and message and turns null texts into empty ones.
     *
     * @param severity error or warning
     * @param element  the element it concerns; null or empty where no one element is to blame
     * @param message  what is wrong, the value and the fix
     * @param code     a warning's kind; null or empty for none
     * @param position {@code file:line:column}; null or empty where unknown
     * @param value    the value to blame as written; null or empty where unknown or none
     * @throws NullPointerException if {@code severity} or {@code message} is null
     */
    public ParkIssue {
        checkNotNull(severity);
        checkNotNull(message);
        element = element == null ? "" : element;
        code = code == null ? "" : code;
        position = position == null ? "" : position;
        value = value == null ? "" : value;
    }

    /**
     * An issue with no position and no separate value.
     *
     * @param severity error or warning
     * @param element  the element it concerns
     * @param message  what is wrong and the fix
     * @param code     a warning's kind, or empty
     */
    public ParkIssue(Severity severity, String element, String message, String code) {
        this(severity, element, message, code, "", "");
    }

    /**
     * An issue with no code, position or separate value.
     *
     * @param severity error or warning
     * @param element  the element it concerns
     * @param message  what is wrong and the fix
     */
    public ParkIssue(Severity severity, String element, String message) {
        this(severity, element, message, "", "", "");
    }

    /**
     * An error about {@code element}.
     *
     * @param element the element, e.g. {@code plant 'kiln'}
     * @param message what is wrong and the fix
     * @return the issue
     */
    public static ParkIssue error(String element, String message) {
        return new ParkIssue(Severity.ERROR, element, message, "", "", "");
    }

    /**
     * A warning about {@code element}.
     *
     * @param element the element
     * @param message what looks wrong and what to do
     * @return the issue
     */
    public static ParkIssue warning(String element, String message) {
        return new ParkIssue(Severity.WARNING, element, message, "", "", "");
    }

    /**
     * A warning of a kind a park may accept, e.g. {@code unbounded-sink}.
     *
     * @param code    the warning's kind
     * @param element the element
     * @param message what looks wrong and what to do
     * @return the issue
     */
    public static ParkIssue warning(String code, String element, String message) {
        return new ParkIssue(Severity.WARNING, element, message, code, "", "");
    }

    /**
     * This issue at a position in a file.
     *
     * @param at {@code file:line:column}
     * @return a copy with the position
     */
    public ParkIssue at(String at) {
        return new ParkIssue(severity, element, message, code, at, value);
    }

    /**
     * This issue with its message prefixed, e.g. by the scenario it arose in.
     *
     * @param prefix text put before the message
     * @return a copy with the longer message
     */
    public ParkIssue prefixed(String prefix) {
        return new ParkIssue(severity, element, prefix + message, code, position, value);
    }

    /**
     * The id inside the element's quotes: {@code x} of {@code process 'x'}.
     *
     * @return the id, or the whole element if it has no quotes
     */
    public String elementId() {
        int open = element.indexOf('\'');
        int close = element.lastIndexOf('\'');
        return open >= 0 && close > open ? element.substring(open + 1, close) : element;
    }

    /**
     * The message preceded by the position where there is one: {@code park.json:3:7: ...}.
     *
     * @return the message a person reads
     */
    public String located() {
        return position.isEmpty() ? message : position + ": " + message;
    }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "error: " : "warning: ") + located()
                + (code.isEmpty() ? "" : " [" + code + "]");
    }
}
