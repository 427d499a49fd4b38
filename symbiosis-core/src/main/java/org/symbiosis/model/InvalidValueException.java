package org.symbiosis.model;

import java.util.List;

/**
 * A value given to a model element is out of its range, e.g. a push share of 1.5 or a negative
 * capacity. Its one issue names the element, the quantity and the value; the message says the
 * range.
 */
public final class InvalidValueException extends SymbiosisException {

    private static final long serialVersionUID = 1L;

    /**
     * @param element  the element, e.g. {@code link 'co2-pipe'}
     * @param value    the value given, as written
     * @param message  what is wrong and the range it must be in
     */
    public InvalidValueException(String element, String value, String message) {
        super(List.of(new ParkIssue(Severity.ERROR, element, message, "", "", value)));
    }

    private InvalidValueException(List<ParkIssue> issues, Throwable cause) {
        super(issues, cause);
    }

    /**
     * The same issue with its message prefixed; this exception is the cause.
     *
     * @param prefix text put before the message
     * @return a new exception
     */
    @Override
    public InvalidValueException prefixed(String prefix) {
        return new InvalidValueException(prefixedIssues(prefix), this);
    }
}
