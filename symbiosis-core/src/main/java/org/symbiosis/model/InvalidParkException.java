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

    /**
     * The errors; the same as {@link #issues()}.
     *
     * @return every error found
     */
    public List<ParkIssue> errors() {
        return issues();
    }
}
