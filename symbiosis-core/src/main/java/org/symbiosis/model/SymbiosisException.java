package org.symbiosis.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of every exception the library throws because of what its caller gave it: a park that
 * cannot be built ({@link InvalidParkException}), a value out of range ({@link
 * InvalidValueException}), a park that cannot run ({@code UnsolvableParkException}), a file that
 * cannot be read ({@code ParkFileException}), an engine asked for without a solver on the
 * classpath ({@code NoSolverException}). Each carries every problem found as a structured {@link
 * ParkIssue}: the element, the value where one is to blame, the position in a file where known,
 * and a message that names the fix. The message of the exception is meant for a person as it is.
 *
 * <p>It extends {@link IllegalArgumentException} because every such problem is in the caller's
 * input; code that catches that keeps working.
 */
public class SymbiosisException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The issues, not serialised (ParkIssue is a plain record). */
    private final transient List<ParkIssue> issues;

    /**
     * An exception for the given issues; its message lists them all.
     *
     * @param issues at least one issue
     */
    public SymbiosisException(List<ParkIssue> issues) {
        this(issues, null);
    }

    /**
     * An exception for the given issues, caused by another exception.
     *
     * @param issues at least one issue
     * @param cause  the exception that revealed them, or null
     */
    public SymbiosisException(List<ParkIssue> issues, Throwable cause) {
        super(describe(issues), cause);
        this.issues = List.copyOf(issues);
    }

    /**
     * The same problems, each message prefixed, e.g. by the run, year or sample they arose in;
     * this exception is the cause. Each subclass of the library returns its own type, so a caller
     * that catches, say, {@link InvalidParkException} still does after a prefix; a subclass
     * outside the library that does not override this gets a plain {@code SymbiosisException}.
     *
     * @param prefix text put before each message, e.g. {@code "Year 2030 (sample 3): "}
     * @return a new exception of the same type with the prefixed issues
     */
    public SymbiosisException prefixed(String prefix) {
        return new SymbiosisException(prefixedIssues(prefix), this);
    }

    /**
     * The issues, each message prefixed: for the subclasses' {@link #prefixed(String)}.
     *
     * @param prefix text put before each message
     * @return the prefixed issues, in order
     */
    protected final List<ParkIssue> prefixedIssues(String prefix) {
        return issues.stream().map(i -> i.prefixed(prefix)).toList();
    }

    /**
     * Every problem found, in the order found.
     *
     * @return the issues, never empty
     */
    public List<ParkIssue> issues() {
        return issues;
    }

    private static String describe(List<ParkIssue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one issue");
        }
        if (issues.size() == 1) {
            return issues.get(0).located();
        }
        return issues.size() + " problems:\n" + issues.stream().map(e -> "  - " + e.located())
                .map(String.class::cast)
                .collect(Collectors.joining("\n"));
    }
}
