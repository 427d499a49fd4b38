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

/**
 * COIN-OR CBC, an independent MILP solver for the LP files the planner writes. {@code .ci/run}
 * installs it (Debian package {@code coinor-cbc}); where it is missing, tests that need it are
 * skipped, except in CI (environment variable {@code CI} set), where they fail.
 */
public final class Cbc {

    private static final Pattern OBJECTIVE =
            Pattern.compile("Optimal - objective value ([-+0-9.eE]+)");

    private Cbc() {
    }

    /** Skips the calling test where cbc is missing, and fails it in CI. */
    public static void requireOrSkip() {
        boolean available;
        try {
            Process p = new ProcessBuilder("cbc", "-quit").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            available = p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        assumeTrue(available || System.getenv("CI") != null,
                "cbc (Debian package coinor-cbc) is not installed");
        assertTrue(available, "CI must install coinor-cbc (see .ci/run)");
    }

    /** The optimum cbc proves for the LP file {@code lp} (a minimisation), and its time. */
    public static double[] minimum(Path lp) throws IOException, InterruptedException {
        Path solution = Files.createTempFile(lp.getParent(), "cbc", ".sol");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("cbc", lp.toString(), "solve", "solu", solution.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "cbc timed out");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, p.exitValue(), log);
        String first = Files.readAllLines(solution).get(0);
        Matcher m = OBJECTIVE.matcher(first);
        assertTrue(m.find(), first + "\n" + log);
        return new double[] {Double.parseDouble(m.group(1)), seconds};
    }
}
