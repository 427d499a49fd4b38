package org.symbiosis.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.PlantId;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.NoSolverException;
import org.symbiosis.optimize.lp.Solvers;

/**
 * The example, run twice by the build: with the optimiser (embed.expectSolver=true) and with
 * the core alone (OR-Tools excluded from the classpath).
 */
class EmbedExampleTest {

    private static final boolean SOLVER = Boolean.getBoolean("embed.expectSolver");

    /**
     * Capture rate r with a pipe of 800 t/yr: capture follows the 1000 t of flue CO2, so 1000 r
     * t is captured; up to 800 t is mineralised and the rest released at the capture plant.
     * Residual = 1000 (1 - r) + max(0, 1000 r - 800) + 0.423 (250 + 0.05 min(1000 r, 800)):
     * r = 0.80: 200 + 0 + 0.423 x 290 = 322.67; r = 0.85: 150 + 50 + 0.423 x 290 = 322.67;
     * r = 0.90: 100 + 100 + 122.67 = 322.67; r = 0.95: 50 + 150 + 122.67 = 322.67. Past the
     * pipe's 800 t a higher rate only moves CO2 from the vent to the captured stream's release.
     * By hand.
     */
    @Test
    void sweepsTheCaptureRateWithTheCoreAlone() {
        double[] residual = EmbedExample.sweep(EmbedExample.park(800),
                new double[] {0.80, 0.85, 0.90, 0.95});
        assertArrayEquals(new double[] {322.67, 322.67, 322.67, 322.67}, residual, 1e-9);
        // Without the pipe limit: 1000 (1 - r) + 0.423 (250 + 50 r), as in the chain fixture.
        double[] free = EmbedExample.sweep(EmbedExample.park(Double.POSITIVE_INFINITY),
                new double[] {0.80, 0.90, 0.95});
        assertArrayEquals(new double[] {322.67, 224.785, 175.8425}, free, 1e-9);
    }

    /**
     * The optimiser is free to run capture below its flue gas (rules relaxed). Capturing a t of
     * flue CO2 changes the residual by -1 + 0.1 + 0.423 (0.25 + 0.9 x 0.05) = -0.775215 while
     * its 0.9 t fits the pipe, and by +0.10575 after (the captured CO2 is released and the
     * capture's power counted), so capture runs at 800 / 0.9 = 888.89 t: residual = 111.11 +
     * 88.89 + 0.423 (222.22 + 40) = 310.92. One more t/yr of pipe lets 1/0.9 t more be
     * captured: worth 0.775215 / 0.9 = 0.86135 t CO2e/yr. By hand.
     */
    @Test
    void optimisesWithTheOptimiserOrSaysWhatIsMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OptimizationResult best = EmbedExample.run(new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(SOLVER, Solvers.available(), "expected the optimiser on the classpath: "
                + SOLVER);
        if (!SOLVER) {
            assertNull(best);
            assertTrue(out.contains("No optimiser on the classpath"), out);
            NoSolverException e = assertThrows(NoSolverException.class,
                    () -> new LinearProgramOptimizer(Objective.emissions()));
            assertTrue(e.getMessage().contains("symbiosis-ortools"), e.getMessage());
            return;
        }
        assertTrue(best.optimal(), best.diagnosis());
        double captured = 800 / 0.9;
        double expected = (1000 - captured) + 0.1 * captured + 0.423 * (0.25 * captured + 40);
        assertEquals(expected, best.objective(), 1e-6);
        assertEquals(310.92, best.objective(), 0.005);
        assertEquals(0.775215 / 0.9, best.capacityValue(LinkId.of("co2-pipe")).orElseThrow(),
                1e-9);
        assertTrue(best.shadowPrice(PlantId.of("cement"), CarrierId.of("co2-captured"))
                .isPresent());
        assertTrue(out.contains("optimised residual 310.920"), out);
    }
}
