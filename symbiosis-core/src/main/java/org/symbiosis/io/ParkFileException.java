package org.symbiosis.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A park file could not be read: every problem found, each as one line that starts with the file,
 * line and column ({@code park.json:12:7: ...}) and names the element, the value and the fix.
 * The message is meant for the user as it is; it never needs a stack trace.
 */
public final class ParkFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ParkFileException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p)
                        .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ParkFileException(String problem) {
        this(List.of(problem));
    }

    /** Each problem, as one line starting with its position. */
    public List<String> problems() {
        return problems;
    }
}
