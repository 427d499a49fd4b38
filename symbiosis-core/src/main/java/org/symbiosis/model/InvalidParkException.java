package org.symbiosis.model;

import java.util.List;

/**
 * A park could not be built: it carries every error found (not just the first), each naming the
 * element, the value and the fix.
 */
public final class InvalidParkException extends SymbiosisException {

    private static final long serialVersionUID = 1L;

    /**
     * @param errors every error found, at least one
     */
    public InvalidParkException(List<ParkIssue> errors) {
        super(errors);
    }

    private InvalidParkException(List<ParkIssue> errors, Throwable cause) {
        super(errors, cause);
    }

    /**
     * The same errors, each message prefixed; this exception is the cause.
     *
     * @param prefix text put before each message
     * @return a new exception
     */
    @Override
    public InvalidParkException prefixed(String prefix) {
        return new InvalidParkException(prefixedIssues(prefix), this);
    }

    /**
     * The errors; the same as {@link #issues()}.
     *
     * @return every error found
     */
    public List<ParkIssue> errors() {
        return issues();
    }
}
