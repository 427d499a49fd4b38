package org.symbiosis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.symbiosis.flow.OverflowTest.kiln;

import org.junit.jupiter.api.Test;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;

/** The optimiser rejects overflowing numbers as the simulator does (OverflowTest). */
class OverflowOptimiseTest {

    @Test
    void rejectsAPriceWhoseCostOverflowsInTheOptimiserToo() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new LinearProgramOptimizer(Objective.emissions()).optimize(
                        kiln("1e10", "1", "1e308")));
        assertEquals("The cost of plant 'kiln' is Infinity: its numbers overflow the range of a"
                + " double (about 1.8e308).", e.problems().get(0));
    }
}
