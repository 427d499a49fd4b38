package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.Glpk;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.FallbackLpSolver;

/**
 * Every bundled example optimises under every objective, with and without its rules kept, and
 * GLPK finds the same optimum on the LP file we write: a bundled example that does not optimise
 * is our defect, never the user's.
 */
class ExamplesOptimiseTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleOptimisesAndGlpkAgreesOnTheWrittenModel() throws Exception {
        Glpk.requireOrSkip();
        for (ParkSources.Example example : ParkSources.examples()) {
            Park park = ParkSources.open(example.name()).park();
            for (Objective objective : new Objective[] {Objective.emissions(),
                Objective.cost(50)}) {
                for (boolean keepRules : new boolean[] {false, true}) {
                    String what = example.name() + " " + objective + " keepRules " + keepRules;
                    LinearProgramOptimizer optimizer = new LinearProgramOptimizer(objective,
                            keepRules, FallbackLpSolver.standard());
                    OptimizationResult result = optimizer.optimize(park);
                    assertTrue(result.optimal(), what + ": " + result.diagnosis());
                    FlowInvariants.check(result.state().orElseThrow(), what);
                    Path lp = dir.resolve(example.name() + ".lp");
                    Files.writeString(lp, optimizer.writeLp(park));
                    double glpk = Glpk.minimum(lp);
                    assertEquals(glpk, result.objective(), 1e-6 * Math.max(1, Math.abs(glpk)),
                            what + ": GLPK " + glpk + " vs " + result.objective());
                }
            }
        }
    }

    /**
     * GLOP's presolve stopped abnormally on Kalundborg (fixed activities of 10^6-10^7 as bounds):
     * the optimiser now falls back and says so. GLPK, CLP and CBC all find 8,585,160.717 t CO2e
     * for minimum emissions and 429,258,035.863 for minimum cost at 50 per t on the written LP.
     */
    @Test
    void kalundborgOptimisesThroughTheCli() {
        CliRun emissions = CliRun.of("optimize", "kalundborg");
        assertEquals(0, emissions.exitCode(), emissions.err() + emissions.out());
        assertTrue(emissions.out().contains("Status: optimal"), emissions.out());
        OptimizationResult result = new LinearProgramOptimizer(Objective.emissions())
                .optimize(ParkSources.open("kalundborg").park());
        assertEquals(8_585_160.717, result.objective(), 1e-3);
        OptimizationResult cost = new LinearProgramOptimizer(Objective.cost(50))
                .optimize(ParkSources.open("kalundborg").park());
        assertEquals(429_258_035.863, cost.objective(), 1e-3);
        CliRun costRun = CliRun.of("optimize", "kalundborg", "--objective", "cost",
                "--carbon-price", "50", "--keep-rules");
        assertEquals(0, costRun.exitCode(), costRun.err() + costRun.out());
    }
}
