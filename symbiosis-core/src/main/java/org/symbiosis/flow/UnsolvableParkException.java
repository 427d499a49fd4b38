package org.symbiosis.flow;

import java.util.List;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.SymbiosisException;

/**
 * A park cannot be run as given: an input that nothing supplies and no market sells, an output
 * that cannot be routed, sold or released, a loop that creates material, numbers that overflow.
 * Carries every such problem, each naming the plant, the carrier and the amount, with the fix.
 */
public final class UnsolvableParkException extends SymbiosisException {

    private static final long serialVersionUID = 1L;

    /**
     * @param issues every problem found, at least one
     */
    public UnsolvableParkException(List<ParkIssue> issues) {
        super(issues);
    }

    private UnsolvableParkException(List<ParkIssue> issues, Throwable cause) {
        super(issues, cause);
    }

    /**
     * The same problems, each message prefixed, e.g. by the run they arose in; this exception
     * is the cause.
     *
     * @param prefix text put before each message
     * @return a new exception
     */
    @Override
    public UnsolvableParkException prefixed(String prefix) {
        return new UnsolvableParkException(prefixedIssues(prefix), this);
    }

    /**
     * The messages of the problems, in order.
     *
     * @return one message per problem
     */
    public List<String> problems() {
        return issues().stream().map(ParkIssue::message).toList();
    }
}
