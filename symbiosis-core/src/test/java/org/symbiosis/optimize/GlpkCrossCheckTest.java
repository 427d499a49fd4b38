package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.RandomParks;

/**
 * An independent check of the optimiser: the LP file we write for seeded random parks is solved
 * by GLPK's {@code glpsol} and its optimum must equal GLOP's to 1e-6 relative. {@code .ci/run}
 * installs GLPK (Debian package {@code glpk-utils}); where {@code glpsol} is missing the test is
 * skipped, except in CI (environment variable {@code CI} set), where it fails.
 */
class GlpkCrossCheckTest {

    private static final Pattern OBJECTIVE =
            Pattern.compile("Objective:\\s+obj = ([-+0-9.eE]+) \\(MINimum\\)");

    @TempDir
    Path dir;

    private static boolean glpsolAvailable() {
        try {
            Process p = new ProcessBuilder("glpsol", "--version").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private double glpsol(Path lp) throws IOException, InterruptedException {
        Path out = dir.resolve(lp.getFileName() + ".out");
        Process p = new ProcessBuilder("glpsol", "--lp", lp.toString(), "-o", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "glpsol timed out");
        assertEquals(0, p.exitValue(), log);
        String report = Files.readString(out);
        Matcher m = OBJECTIVE.matcher(report);
        assertTrue(m.find(), report);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void glpkAgreesWithGlopOnRandomParks() throws Exception {
        boolean available = glpsolAvailable();
        assumeTrue(available || System.getenv("CI") != null,
                "glpsol (Debian package glpk-utils) is not installed");
        assertTrue(available, "CI must install glpk-utils (see .ci/run)");
        int compared = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Park park = RandomParks.generate(seed, 4 + (int) (seed % 12));
            for (Objective objective : new Objective[] {Objective.emissions(),
                new Objective(1, 0.01, 0)}) {
                LinearProgramOptimizer optimizer = new LinearProgramOptimizer(objective);
                OptimizationResult result = optimizer.optimize(park);
                if (!result.optimal()) {
                    continue;
                }
                FlowInvariants.check(result.state().orElseThrow(), "seed " + seed);
                Path lp = dir.resolve("park-" + seed + "-" + compared + ".lp");
                Files.writeString(lp, optimizer.writeLp(park));
                double glpk = glpsol(lp);
                double scale = Math.max(1, Math.abs(result.objective()));
                assertTrue(Math.abs(glpk - result.objective()) <= 1e-6 * scale,
                        "seed " + seed + ": GLPK " + glpk + " vs GLOP " + result.objective());
                compared++;
            }
        }
        // All 80 (40 parks x 2 objectives) were optimal and compared when written.
        assertTrue(compared >= 70, "too few random parks compared: " + compared);
    }
}
