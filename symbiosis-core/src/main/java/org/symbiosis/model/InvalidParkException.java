package org.symbiosis.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A park could not be built: it carries every error found (not just the first), each naming the
 * element, the value and the fix.
 */
public final class InvalidParkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<ParkIssue> errors;

    public InvalidParkException(List<ParkIssue> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ParkIssue> errors() {
        return errors;
    }

    private static String describe(List<ParkIssue> errors) {
        if (errors.size() == 1) {
            return errors.get(0).message();
        }
        return errors.size() + " errors:\n" + errors.stream().map(e -> "  - " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
