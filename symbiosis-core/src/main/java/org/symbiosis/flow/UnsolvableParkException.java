package org.symbiosis.flow;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A park cannot be run as given: an input that nothing supplies and no market sells, an output
 * that cannot be routed, sold or released, a loop that creates material. Carries every such
 * problem, each naming the plant, the carrier and the amount, with the fix.
 */
public final class UnsolvableParkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public UnsolvableParkException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
