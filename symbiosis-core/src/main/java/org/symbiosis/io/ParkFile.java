package org.symbiosis.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;

/**
 * A park read from a file, with where each element stands in it so that issues found later
 * (validation warnings, simulation errors) can be reported at a position.
 *
 * @param park      the park
 * @param source    the file name as given
 * @param positions {@code "line:column"} of each element, keyed by its issue element name such as
 *                  {@code link 'co2-pipe'}
 */
public record ParkFile(Park park, String source, Map<String, String> positions) {

    /**
     * Copies {@code positions} (the reader's own map, which is unmodifiable and holds no string
     * per element, is kept).
     *
     * @param park      the park
     * @param source    the file name as given
     * @param positions {@code "line:column"} of each element by its issue element name
     */
    public ParkFile {
        // The reader's compact, unmodifiable map is kept as it is; any other is copied.
        positions = positions instanceof Positions ? positions : ImmutableMap.copyOf(positions);
    }

    /**
     * {@code file:line:column: message} when the element's position is known.
     *
     * @param issue an issue of this park, from validation or an engine
     * @return one line: the position ({@code file: } alone when unknown), {@code warning: } for a
     *         warning, the message, and the issue's code in brackets when it has one
     */
    public String describe(ParkIssue issue) {
        return ParkFiles.locate(source, positions.get(issue.element()))
                + (issue.severity() == org.symbiosis.model.Severity.WARNING ? "warning: " : "")
                + issue.message() + (issue.code().isEmpty() ? "" : " [" + issue.code() + "]");
    }

    /**
     * The warnings the park's {@code accepts} explain, each at its position with the reason.
     *
     * @return one line per accepted warning, {@code accepted warning: } and the message, then
     *         {@code Accepted: } and the acceptance's note; empty when none
     */
    public List<String> acceptedWarnings() {
        return park.acceptedWarnings().stream().map(w -> describe(w).replaceFirst("warning: ",
                "accepted warning: ") + " Accepted: " + park.acceptance(w).orElseThrow().note())
                .toList();
    }

    /**
     * The park's validation warnings that it does not accept, each at its position.
     *
     * @return one line per warning, as {@link #describe} gives it; empty when none
     */
    public List<String> warnings() {
        return park.warnings().stream().map(this::describe).toList();
    }
}
