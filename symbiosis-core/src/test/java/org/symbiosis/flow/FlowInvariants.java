package org.symbiosis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.symbiosis.ledger.Ledger;

/**
 * The invariants every engine's result must satisfy, shared by every engine's tests: the balance
 * at every plant and carrier, non-negative finite quantities within capacities, no flow on
 * inactive links, and a carbon ledger that closes.
 */
public final class FlowInvariants {

    public static final double TOLERANCE = 1e-9;

    private FlowInvariants() {
    }

    /** Asserts every invariant; {@code context} (a seed, a fixture name) goes in the message. */
    public static void check(FlowState state, String context) {
        ParkIndex index = state.index();
        assertTrue(state.maxBalanceError() <= TOLERANCE,
                context + ": balance error " + state.maxBalanceError());
        for (int r = 0; r < index.processCount(); r++) {
            double a = state.activity(r);
            assertTrue(Double.isFinite(a) && a >= 0, context + ": activity " + a);
            assertTrue(a <= index.process(r).capacity() * (1 + TOLERANCE),
                    context + ": activity over capacity at " + index.process(r).id());
        }
        for (int l = 0; l < index.linkCount(); l++) {
            double f = state.flow(l);
            assertTrue(Double.isFinite(f) && f >= 0, context + ": flow " + f);
            assertTrue(f <= index.link(l).capacity() * (1 + TOLERANCE),
                    context + ": flow over capacity on " + index.link(l).id());
            if (!state.linkActive(l)) {
                assertEquals(0, f, context + ": flow on inactive link " + index.link(l).id());
            }
        }
        for (int k = 0; k < index.pairCount(); k++) {
            for (double v : new double[] {state.bought(k), state.sold(k), state.released(k)}) {
                assertTrue(Double.isFinite(v) && v >= 0, context + ": market quantity " + v);
            }
            assertTrue(state.sold(k) == 0 || state.released(k) == 0,
                    context + ": sold and released at once");
        }
        Ledger ledger = Ledger.of(state);
        assertTrue(ledger.totals().carbonClosureError() <= TOLERANCE,
                context + ": carbon closure error " + ledger.totals().carbonClosureError());
    }

    /** Asserts {@code actual} within {@code 1e-9} relative of {@code expected}. */
    public static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale,
                what + ": expected " + expected + " but was " + actual);
    }
}
