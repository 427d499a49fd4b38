package org.symbiosis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.Simulator;

/** Issue 12, class 4: no engine returns Infinity or NaN as a result. */
class OverflowTest {

    /**
     * <pre>
     *   kiln (fixed ACTIVITY, out: clinker 1, co2 OUTPUT) --co2 to air, coal bought at PRICE
     * </pre>
     */
    static Park kiln(String activity, String output, String price) {
        return ParkFiles.parse("""
                {"name": "overflow",
                 "carriers": [{"id": "clinker", "unit": "t"}, {"id": "coal", "unit": "t"},
                              {"id": "co2", "unit": "t", "gwp": 1}],
                 "plants": [{"id": "kiln", "processes": [{"id": "kiln.burn",
                   "reference": "clinker", "inputs": {"coal": 0.1},
                   "outputs": {"clinker": 1, "co2": %s}, "rule": {"fixed": %s}}]}],
                 "markets": [{"carrier": "clinker", "sell": {"price": 1}},
                             {"carrier": "coal", "buy": {"price": %s}},
                             {"carrier": "co2", "disposal": {"to": "air"}}]}
                """.formatted(output, activity, price), "overflow.json").park();
    }

    @Test
    void hasFiniteResultsAtTheEdgeOfTheRange() {
        double residual = new Simulator().run(kiln("1e307", "10", "1")).withSymbiosis().ledger()
                .totals().residual();
        assertEquals(1e308, residual, 1e294);
    }

    @Test
    void rejectsAnActivityWhoseOutputOverflowsNamingThePlantAndCarrier() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new Simulator().run(kiln("1e308", "10", "1")));
        assertEquals("The release of 'co2' at plant 'kiln' is Infinity: its numbers overflow the"
                + " range of a double (about 1.8e308).", e.problems().get(0));
        assertTrue(e.getMessage().contains("values far too large"), e.getMessage());
    }

    @Test
    void rejectsAPriceWhoseCostOverflowsNamingThePlant() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new Simulator().run(kiln("1e10", "1", "1e308")));
        assertEquals("The cost of plant 'kiln' is Infinity: its numbers overflow the range of a"
                + " double (about 1.8e308).", e.problems().get(0));
    }
}
