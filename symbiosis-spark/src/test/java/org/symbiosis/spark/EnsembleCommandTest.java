package org.symbiosis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code symbiosis ensemble} end to end on local[2] (one Spark session), and its refusals. */
class EnsembleCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EnsembleCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runsAnEnsembleAndWritesItsTables(@TempDir Path out) throws Exception {
        Path file = SparkEnsembleRunnerTest.resource("three-parks.json");
        Run r = run(file.toString(), "--master", "local[2]", "--samples", "20", "--seed", "5",
                "--block-size", "7", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 runs (3 parks, 2 scenarios), 120 samples in all, seed 5;"
                + " local[2]"), r.out());
        assertTrue(r.out().contains("north   grey      minus-10-by-2035  2035 (residual)"),
                r.out());
        assertTrue(r.out().contains("Written to " + out), r.out());
        for (String table : new String[] {"bands", "targets", "tornado"}) {
            assertTrue(Files.exists(out.resolve(table + ".parquet/_SUCCESS")), table);
            assertTrue(Files.exists(out.resolve(table + ".csv/_SUCCESS")), table);
        }
        Run again = run(file.toString(), "--master", "local[2]", "--out", out.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists: choose another --out, or add"
                + " --overwrite."), again.err());
    }

    @Test
    void aBadFileIsAUserErrorBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"bad\", \"scenarios\": [], \"sample\": 3}");
        Run r = run(file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.json:1:44: sample: unknown field (did you mean"
                + " 'samples'?)"), r.err());
        assertEquals(1, run(file.toString(), "--block-size", "0").code());
        assertEquals(1, run("--no-such-option").code());
    }
}
