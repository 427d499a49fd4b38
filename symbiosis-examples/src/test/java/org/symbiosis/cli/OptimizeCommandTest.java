package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.simulate.Simulator;

class OptimizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void optimisingShunan2030LowersItsResidualEmissions() {
        Park park = ParkSources.open("shunan-2030").park();
        double simulated = new Simulator().run(park).withSymbiosis().ledger().totals()
                .residual();
        OptimizationResult result = new LinearProgramOptimizer(Objective.emissions())
                .optimize(park);
        assertTrue(result.optimal(), result.diagnosis());
        FlowInvariants.check(result.state().orElseThrow(), "shunan-2030 optimised");
        double optimised = result.ledger().orElseThrow().totals().residual();
        assertTrue(optimised < simulated, optimised + " vs " + simulated);
        CliRun run = CliRun.of("optimize", "shunan-2030", "--top", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Status: optimal"), run.out());
        assertTrue(run.out().contains("Where: plants whose residual emissions changed most"));
        assertTrue(run.out().contains("Why: flows that moved most"));
        assertTrue(run.out().contains("Largest shadow prices"));
    }

    @Test
    void writesAnLpFileAndAllocatesOneCarrier() throws IOException {
        Path lp = dir.resolve("shunan.lp");
        CliRun run = CliRun.of("optimize", "shunan-2030", "--allocate", "co2-captured",
                "--objective", "cost", "--carbon-price", "50", "--write-lp", lp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("re-allocating 'co2-captured' (min-cost flow)"), run.out());
        assertTrue(Files.readString(lp).startsWith("\\ Written by Symbiosis"));
    }

    @Test
    void reportsAnInfeasibleParkWithItsDiagnosisAndExitCodeOne() throws IOException {
        Path file = dir.resolve("short.json");
        Files.writeString(file, """
                {"name": "short",
                 "carriers": [{"id": "x", "unit": "t"}, {"id": "y", "unit": "t"}],
                 "plants": [{"id": "p", "processes": [{"id": "p.make", "reference": "y",
                   "inputs": {"x": 2}, "outputs": {"y": 1}, "rule": {"fixed": 10}}]}],
                 "markets": [{"carrier": "y", "sell": {}}]}
                """);
        CliRun run = CliRun.of("optimize", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Status: infeasible"), run.out());
        assertTrue(run.out().contains("The balance of 'x' at plant 'p' is short by 20.0000 t"),
                run.out());
    }

    @Test
    void rejectsAnUnknownCarrierToAllocate() {
        CliRun run = CliRun.of("optimize", "shunan-2030", "--allocate", "co3");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--allocate 'co3' is not a carrier of the park"), run.err());
    }
}
