package org.symbiosis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleFiles;
import org.symbiosis.ensemble.EnsembleRun;
import org.symbiosis.ensemble.ParkSource;
import org.symbiosis.ensemble.ScenarioSource;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;

/**
 * The ensemble of ensembles/three-parks.json (parks north and centre synthetic, south a park
 * file; scenarios grey and green; 200 samples each from seed 42; tornado 2030) on local[2]:
 * every row equals the single-machine runner's to the last bit, whatever the blocks and
 * partitions, and every row of the three tables written, read back from Parquet and from CSV,
 * equals it too.
 */
class SparkEnsembleRunnerTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("SparkEnsembleRunnerTest").master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", false)
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Path resource(String name) {
        try {
            return Path.of(SparkEnsembleRunnerTest.class.getResource("/ensembles/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The single-machine runner's rows of every run (2 threads, the whole sample range). */
    static List<EnsembleRows> singleMachine(Ensemble ensemble) {
        List<EnsembleRows> rows = new ArrayList<>();
        PathwayRunner runner = new PathwayRunner(2, ProgressListener.NONE);
        for (EnsembleRun run : ensemble.runs()) {
            Scenario s = run.build();
            PathwayResult r = runner.run(s, run.samples(), ensemble.seed());
            rows.add(EnsembleRows.of(run.park(), run.scenario(), r,
                    runner.tornado(s, ensemble.tornadoYear()), ensemble.tornadoYear()));
        }
        return rows;
    }

    /** Rows as lists of their values (Double compared bit for bit), sorted. */
    static List<List<Object>> values(Stream<Row> rows) {
        List<List<Object>> values = new ArrayList<>();
        rows.forEach(r -> {
            List<Object> v = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                v.add(r.get(i));
            }
            values.add(v);
        });
        values.sort(Comparator.comparing(Object::toString));
        return values;
    }

    /**
     * The test: 3 parks x 2 scenarios x 200 samples, in blocks of 40 over 3 partitions
     * and in blocks of 17 over 8, equal the single machine's rows (bands, verdicts with
     * P(met), tornado) bit for bit; so do the second run's tables read back from Parquet and
     * CSV.
     */
    @Test
    void bandsEqualTheSingleMachineRunnerForTwoPartitionings(@TempDir Path out)
            throws IOException {
        Ensemble ensemble = EnsembleFiles.read(resource("three-parks.json"));
        assertEquals(6, ensemble.runs().size());
        List<EnsembleRows> expected = singleMachine(ensemble);
        List<List<Object>> bands = values(expected.stream().flatMap(r -> r.bands().stream()));
        List<List<Object>> targets = values(expected.stream()
                .flatMap(r -> r.targets().stream()));
        List<List<Object>> tornado = values(expected.stream()
                .flatMap(r -> r.tornado().stream()));
        // 6 runs x 21 years x (5 deterministic + 2 metrics x 4 statistics)
        assertEquals(6 * 21 * 13, bands.size());
        assertEquals(12, targets.size());
        assertTrue(tornado.size() >= 6, "tornado rows: " + tornado.size());
        int[][] partitionings = {{40, 3}, {17, 8}};
        for (int[] p : partitionings) {
            String which = "block size " + p[0] + ", " + p[1] + " partitions";
            try (EnsembleResult result = new SparkEnsembleRunner(spark, p[0], p[1])
                    .run(ensemble)) {
                List<EnsembleRows> got = result.collect();
                assertEquals(bands, values(got.stream().flatMap(r -> r.bands().stream())),
                        which);
                assertEquals(targets, values(got.stream().flatMap(r -> r.targets().stream())),
                        which);
                assertEquals(tornado, values(got.stream().flatMap(r -> r.tornado().stream())),
                        which);
                if (p[1] == 8) {
                    result.write(out.toString(), false);
                    assertEquals(bands, values(spark.read().parquet(out.resolve(
                            "bands.parquet").toString()).collectAsList().stream()));
                    assertEquals(targets, values(spark.read().parquet(out.resolve(
                            "targets.parquet").toString()).collectAsList().stream()));
                    assertEquals(tornado, values(spark.read().parquet(out.resolve(
                            "tornado.parquet").toString()).collectAsList().stream()));
                    assertEquals("park,scenario,year,metric,statistic,value,samples,seed",
                            String.join(",", EnsembleRows.BANDS.fieldNames()));
                    assertEquals(bands, csvRows(out.resolve("bands.csv"), EnsembleRows.BANDS));
                    assertEquals(targets, csvRows(out.resolve("targets.csv"),
                            EnsembleRows.TARGETS));
                    assertEquals(tornado, csvRows(out.resolve("tornado.csv"),
                            EnsembleRows.TORNADO));
                    IllegalArgumentException again = assertThrows(
                            IllegalArgumentException.class,
                            () -> result.write(out.toString(), false));
                    assertTrue(again.getMessage().contains("already exists"),
                            again.getMessage());
                }
            }
        }
    }

    /**
     * A CSV table's rows, read by hand: one part file, a header of the schema's column names,
     * each cell parsed as its column's type (an empty cell is null; a double reads back to the
     * same bits), sorted as {@link #values}.
     */
    static List<List<Object>> csvRows(Path dir, StructType schema) throws IOException {
        List<Path> parts = csvParts(dir);
        assertEquals(1, parts.size(), dir + ": " + parts);
        List<String> lines = Files.readAllLines(parts.get(0), StandardCharsets.UTF_8);
        assertEquals(String.join(",", schema.fieldNames()), lines.get(0), dir.toString());
        List<List<Object>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(schema.size(), cells.length, dir + ": " + line);
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                row.add(cell(cells[i], schema.fields()[i].dataType()));
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    static Object cell(String text, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return text;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return Integer.valueOf(text);
        }
        if (type.equals(DataTypes.LongType)) {
            return Long.valueOf(text);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return Double.valueOf(text);
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Boolean.valueOf(text);
        }
        throw new AssertionError("No CSV reading for " + type);
    }

    static List<Path> csvParts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList();
        }
    }

    /**
     * A drawn share above 1 stops the run with the core's message, not a Spark stack. Also the
     * regression test of executors' scenario cache keyed by broadcast id: ids restart at 0 in a
     * new Spark context (EnsembleCommandTest's, in the same JVM), and a stale scenario then ran
     * instead of this one.
     */
    @Test
    void aSampleThatCannotRunIsTheUsersErrorNamingYearAndSample() {
        ScenarioSource bad = new ScenarioSource("bad.json", """
                {"name": "bad", "park": "any", "years": {"from": 2020, "to": 2021},
                 "changes": [{"set": "link:c0-power_c0-capture.co2:share",
                   "points": [{"year": 2021, "value": {"uniform": [0.5, 1.5]}}]}]}
                """);
        Ensemble ensemble = Ensemble.builder("bad").seed(3)
                .run("north", ParkSource.synthetic(10, 1), "bad", bad, 20).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkEnsembleRunner(spark, 5, 2).run(ensemble));
        assertTrue(e.getMessage().startsWith("Year 2021 (sample "), e.getMessage());
    }

    @Test
    void blocksCoverEachRunsRangeOnce() {
        ScenarioSource s = new ScenarioSource("s.json", "{}");
        Ensemble ensemble = Ensemble.builder("blocks")
                .run(new EnsembleRun("a", "s", ParkSource.synthetic(10, 1), s, 5, 12))
                .run("b", ParkSource.synthetic(10, 1), "s", s, 0).build();
        assertEquals(List.of(new SparkEnsembleRunner.Block(0, 5, 10),
                new SparkEnsembleRunner.Block(0, 10, 15), new SparkEnsembleRunner.Block(0, 15, 17),
                new SparkEnsembleRunner.Block(1, 0, 0)), SparkEnsembleRunner.blocks(ensemble, 5));
    }
}
