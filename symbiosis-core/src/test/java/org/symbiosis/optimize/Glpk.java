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
 * GLPK's {@code glpsol}, an independent solver for the LP files we write. {@code .ci/run}
 * installs it (Debian package {@code glpk-utils}); where it is missing, tests that need it are
 * skipped, except in CI (environment variable {@code CI} set), where they fail.
 */
public final class Glpk {

    private static final Pattern OBJECTIVE =
            Pattern.compile("Objective:\\s+obj = ([-+0-9.eE]+) \\(MINimum\\)");

    private Glpk() {
    }

    /** Skips the calling test where glpsol is missing, and fails it in CI. */
    public static void requireOrSkip() {
        boolean available = available();
        assumeTrue(available || System.getenv("CI") != null,
                "glpsol (Debian package glpk-utils) is not installed");
        assertTrue(available, "CI must install glpk-utils (see .ci/run)");
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("glpsol", "--version").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The optimum glpsol finds for the LP file {@code lp} (a minimisation). */
    public static double minimum(Path lp) throws IOException, InterruptedException {
        Path out = Files.createTempFile(lp.getParent(), "glpsol", ".out");
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
}
