package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void acceptsAValidParkWithExitCodeZero() {
        Path file = CliRun.fixture(dir, "chain");
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": park 'chain' is valid: 6 carriers, 3 plants, 3 processes, 2 links,"
                + " 6 markets; 0 warnings.\n", run.out());
    }

    @Test
    void reportsABadFileInOneLineWithExitCodeOneAndNoStackTrace() throws IOException {
        Path file = CliRun.fixture(dir, "chain");
        Files.writeString(file, Files.readString(file).replace("\"push\": 1, \"distance\"",
                "\"push\": 1, \"capacity\": -5, \"distance\""));
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(file + ":"), run.err());
        assertTrue(run.err().contains("The capacity (-5.0) of link 'co2-pipe' must not be"
                + " negative."), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void strictTurnsWarningsIntoExitCodeOne() throws IOException {
        Path file = CliRun.fixture(dir, "chain");
        Files.writeString(file, Files.readString(file).replace(
                "\"outputs\": {\"electricity\": 1, \"flue-co2\": 1}",
                "\"outputs\": {\"electricity\": 1, \"flue-co2\": 0.5}"));
        CliRun lenient = CliRun.of("validate", file.toString());
        assertEquals(0, lenient.exitCode());
        assertTrue(lenient.out().contains("warning: The recipe of process 'power.coal' does not"
                + " balance carbon"), lenient.out());
        assertEquals(1, CliRun.of("validate", "--strict", file.toString()).exitCode());
    }

    @Test
    void namesAMissingParkAndTheWayOut() {
        CliRun run = CliRun.of("validate", "no-such-park");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("'no-such-park' is neither a park file nor a bundled"
                + " example"), run.err());
    }

    @Test
    void rejectsAnUnknownOptionWithExitCodeOne() {
        CliRun run = CliRun.of("validate", "--strcit", "x.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--strcit'"), run.err());
    }

    @Test
    void printsHelpForEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"validate", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: symbiosis"), run.out());
        }
        // The ensemble command lives in the Spark module; the tool's help still names it.
        assertTrue(CliRun.of("--help").out().contains("ensemble    Run an ensemble of parks"),
                "help names ensemble");
    }
}
