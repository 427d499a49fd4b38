package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.io.ReaderFuzzTest.checkFinite;
import static org.symbiosis.io.ReaderFuzzTest.finite;
import static org.symbiosis.io.ReaderFuzzTest.fuzz;
import static org.symbiosis.io.ReaderFuzzTest.readPark;

import org.junit.jupiter.api.Test;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;

/**
 * The optimiser on every tenth park the reader fuzz accepts (ReaderFuzzTest): it fails only with
 * our messages, and an optimum has finite numbers.
 */
class ReaderFuzzOptimiseTest {

    @Test
    void optimiserFailsOnlyWithItsOwnMessagesAndFiniteResults() {
        int ran = fuzz(ParkFilesTest.chainJson(), (input) -> {
            if (java.util.Arrays.hashCode(input) % 10 != 0) {
                return;
            }
            Park park = readPark(input);
            if (park == null) {
                return;
            }
            OptimizationResult o = new LinearProgramOptimizer(Objective.cost(50)).optimize(park);
            if (o.optimal()) {
                checkFinite(o.state().orElseThrow(), o.ledger().orElseThrow());
                finite(o.objective(), "objective");
                o.shadowPrices().forEach(p -> finite(p.value(), "shadow price " + p));
            }
        });
        assertTrue(ran > 10, "only " + ran + " cases ran");
    }
}
