package org.symbiosis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code symbiosis ensemble} end to end on local[2] (a Spark session per run), its refusals, and
 * what Spark logs when a sample cannot run.
 */
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

    /**
     * A drawn push share above 1: exit 1 and the core's message, one line, on standard error;
     * on the way Spark logs no stack and nothing at ERROR (its executor and task set manager
     * are silenced here as in the command's configuration, which the next test keeps equal).
     */
    @Test
    void aSampleThatCannotRunPrintsTheCoreMessageOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"name": "bad", "park": "any", "years": {"from": 2020, "to": 2021},
                 "changes": [{"set": "link:c0-power_c0-capture.co2:share",
                   "points": [{"year": 2021, "value": {"uniform": [0.5, 1.5]}}]}]}
                """);
        Path file = dir.resolve("bad-ensemble.json");
        Files.writeString(file, """
                {"name": "bad-ensemble", "seed": 3, "samples": 20,
                 "parks": [{"id": "north", "synthetic": {"plants": 10, "seed": 1}}],
                 "scenarios": [{"file": "bad.json"}]}
                """);
        Run r;
        List<String> loud;
        try (SparkLog log = new SparkLog()) {
            r = run(file.toString(), "--master", "local[2]", "--block-size", "5");
            loud = log.events.stream()
                    .filter(e -> e.getThrown() != null || e.getLevel().isMoreSpecificThan(
                            Level.ERROR))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": "
                            + e.getMessage().getFormattedMessage())
                    .toList();
        }
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Year 2021 (sample "), r.err());
        assertTrue(r.err().contains("The push share (") && r.err().endsWith(
                "of a link must be between 0 and 1: it is the fraction of what the source has"
                + " that the link carries." + System.lineSeparator()), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(List.of(), loud);
    }

    /** The tests log as the command does: the same loggers at the same levels. */
    @Test
    void testsLogAsTheCommandDoes() throws IOException {
        Map<String, String> command = levels(EnsembleCommand.LOGGING);
        assertEquals("off", command.get("org.apache.spark.executor.Executor"));
        assertEquals("off", command.get("org.apache.spark.scheduler.TaskSetManager"));
        assertEquals(command, levels("log4j2-test.properties"));
    }

    /** Logger name (root: "") to level, from a log4j2 properties file on the classpath. */
    static Map<String, String> levels(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnsembleCommandTest.class.getClassLoader()
                .getResourceAsStream(resource)) {
            p.load(in);
        }
        Map<String, String> levels = new TreeMap<>();
        levels.put("", p.getProperty("rootLogger.level"));
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("logger.") && key.endsWith(".name")) {
                levels.put(p.getProperty(key), p.getProperty(
                        key.substring(0, key.length() - ".name".length()) + ".level"));
            }
        }
        return levels;
    }

    /** Spark's log events at WARN and above while open (an appender on the root logger). */
    static final class SparkLog extends AbstractAppender implements AutoCloseable {

        final List<LogEvent> events = new CopyOnWriteArrayList<>();
        private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

        SparkLog() {
            super("spark-log", null, null, true, Property.EMPTY_ARRAY);
            start();
            context.getConfiguration().getRootLogger().addAppender(this, Level.WARN, null);
            context.updateLoggers();
        }

        @Override
        public void append(LogEvent event) {
            if (event.getLoggerName().startsWith("org.apache.spark")) {
                events.add(event.toImmutable());
            }
        }

        @Override
        public void close() {
            context.getConfiguration().getRootLogger().removeAppender(getName());
            context.updateLoggers();
            stop();
        }
    }
}
