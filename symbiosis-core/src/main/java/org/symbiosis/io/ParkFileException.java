package org.symbiosis.io;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.SymbiosisException;

/**
 * A park or scenario file could not be read: every problem found, each as one line that starts
 * with the file, line and column ({@code park.json:12:7: ...}) and names the element, the value
 * and the fix. The message is meant for the user as it is; it never needs a stack trace. Each
 * {@link ParkIssue} has the position separately ({@link ParkIssue#position()}).
 */
public final class ParkFileException extends SymbiosisException {

    private static final long serialVersionUID = 1L;

    /** {@code file:line:column: message}; a file name may itself contain colons. */
    private static final Pattern POSITIONED = Pattern.compile("(.+?:\\d+:\\d+): (.*)",
            Pattern.DOTALL);

    /** Each problem as one line, starting with its position where known; never empty. */
    private final List<String> problems;

    /**
     * @param problems each problem as one line, starting with its position where known
     */
    public ParkFileException(List<String> problems) {
        super(problems.stream().map(ParkFileException::issue).toList());
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem the one problem, starting with its position where known
     */
    public ParkFileException(String problem) {
        this(List.of(problem));
    }

    private ParkFileException(List<ParkIssue> issues, Throwable cause) {
        super(issues, cause);
        this.problems = issues.stream().map(ParkIssue::located).toList();
    }

    /**
     * The same problems, each message prefixed after its position ({@code park.json:12:7:
     * PREFIX...}); this exception is the cause.
     *
     * @param prefix text put before each message
     * @return a new exception
     */
    @Override
    public ParkFileException prefixed(String prefix) {
        return new ParkFileException(prefixedIssues(prefix), this);
    }

    /**
     * Each problem, as one line starting with its position.
     *
     * @return the lines
     */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.size() == 1 ? problems.get(0) : problems.size() + " problems:\n"
                + String.join("\n", problems.stream().map(p -> "  " + p).toList());
    }

    private static ParkIssue issue(String line) {
        Matcher m = POSITIONED.matcher(line);
        if (m.matches()) {
            return ParkIssue.error(element(m.group(2)), m.group(2)).at(m.group(1));
        }
        return ParkIssue.error("", line);
    }

    /** The element a message names first, e.g. {@code link 'co2-pipe'}, or empty. */
    private static String element(String message) {
        Matcher m = Pattern.compile("\\b(plant|process|link|carrier|market|origin|measure"
                + "|target|candidate|change|scenario) '([^']*)'").matcher(message);
        return m.find() ? m.group(1) + " '" + m.group(2) + "'" : "";
    }
}
