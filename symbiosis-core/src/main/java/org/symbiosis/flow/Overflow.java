package org.symbiosis.flow;

import java.util.ArrayList;
import java.util.List;
import org.symbiosis.model.ParkIssue;

/**
 * The one check that no computed number has overflowed: every activity, flow, purchase, sale
 * and release of a flow state, and every figure of a ledger, must be finite. A park whose numbers
 * are too large for a double (a fixed activity of 1e308 with an output of 10, a price of 1e308)
 * would otherwise report Infinity or NaN as if it were a result. Each non-finite value is mapped
 * back to the element it belongs to (process, link, plant and carrier) and reported as an
 * {@link UnsolvableParkException}. O(values). Collects as it checks: one instance per check, not
 * shared between threads.
 */
public final class Overflow {

    /** How many overflowing elements a message lists before it says how many more there are. */
    private static final int LISTED = 5;

    private final List<ParkIssue> problems = new ArrayList<>();
    private int count;

    /**
     * Notes {@code value} of {@code quantity} of {@code element} if it is not finite. The first
     * few are kept to be named; the rest are counted.
     *
     * @param value    the number to check
     * @param quantity what it is, for the message, e.g. {@code "scope 1 emissions"}
     * @param element  whose it is, as issues name elements, e.g. {@code "link 'co2-pipe'"}
     */
    public void check(double value, String quantity, String element) {
        if (!Double.isFinite(value)) {
            count++;
            if (problems.size() < LISTED) {
                problems.add(new ParkIssue(org.symbiosis.model.Severity.ERROR, element,
                        String.format("The %s of %s is %s: its numbers overflow the range of a"
                        + " double (about 1.8e308).", quantity, element, value), "", "",
                        String.valueOf(value)));
            }
        }
    }

    /**
     * Throws if any value noted was not finite, naming each element and the fix.
     *
     * @throws UnsolvableParkException listing the elements whose numbers overflowed
     */
    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<ParkIssue> lines = new ArrayList<>(problems);
        if (count > problems.size()) {
            lines.add(ParkIssue.error("park", "... and " + (count - problems.size())
                    + " more numbers that overflow."));
        }
        lines.add(ParkIssue.error("park", "Check the fixed activities, capacities, coefficients, shares, prices and"
                + " factors that feed them for values far too large (such as 1e308), and give"
                + " them in units that keep them below about 1e15."));
        throw new UnsolvableParkException(lines);
    }

    /** Checks every number of a flow state's arrays, indexed as in {@code index}. */
    static void checkState(ParkIndex index, double[] activity, double[] flow, double[] bought,
            double[] sold, double[] released) {
        Overflow overflow = new Overflow();
        for (int r = 0; r < activity.length; r++) {
            if (!Double.isFinite(activity[r])) {
                overflow.check(activity[r], "activity", "process '" + index.process(r).id()
                        + "' of plant '" + index.plant(index.processPlant(r)) + "'");
            }
        }
        for (int l = 0; l < flow.length; l++) {
            if (!Double.isFinite(flow[l])) {
                overflow.check(flow[l], "flow", "link '" + index.link(l).id() + "'");
            }
        }
        double[][] boundary = {bought, sold, released};
        String[] names = {"purchase", "sale", "release"};
        for (int k = 0; k < bought.length; k++) {
            for (int i = 0; i < boundary.length; i++) {
                if (!Double.isFinite(boundary[i][k])) {
                    overflow.check(boundary[i][k], names[i], "'" + index.carrier(
                            index.pairCarrier(k)).id() + "' at plant '" + index.plant(
                            index.pairPlant(k)) + "'");
                }
            }
        }
        overflow.throwIfAny();
    }
}
