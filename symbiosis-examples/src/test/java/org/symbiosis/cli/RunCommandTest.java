package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    /** The chain fixture: residual 100 + 295 x 0.423 = 224.785 with, 1000 without. */
    @Test
    void printsResidualEmissionsWithAndWithoutSymbiosis() {
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Park: chain\n"), run.out());
        assertTrue(run.out().matches("(?s).*Residual emissions \\(scope 1 \\+ 2\\) +t CO2e/yr +224\\.8"
                + " +1,000\\.0 +-775\\.2 \\(-77\\.5 %\\).*"), run.out());
        int summary = run.out().indexOf("Summary");
        int plants = run.out().indexOf("\nPlants\n");
        int links = run.out().indexOf("\nLinks\n");
        assertTrue(summary > 0 && summary < plants && plants < links, "summary first");
    }

    @Test
    void writesTheSameFiguresAsJsonAndCsv() throws IOException {
        Path json = dir.resolve("out/result.json");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString(), "--json",
                json.toString(), "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(100 + 295 * 0.423, root.at("/withSymbiosis/totals/residual").asDouble(),
                1e-9);
        assertEquals(1000, root.at("/withoutSymbiosis/totals/residual").asDouble(), 1e-9);
        assertEquals(900, root.at("/withSymbiosis/links/1/flow").asDouble(), 1e-9);
        for (String file : List.of("summary", "plants", "links", "processes", "carriers")) {
            assertTrue(Files.exists(csv.resolve(file + ".csv")), file);
        }
        List<String> summary = Files.readAllLines(csv.resolve("summary.csv"));
        assertEquals("quantity,unit,with_symbiosis,without_symbiosis", summary.get(0));
        String residual = summary.stream().filter(l -> l.startsWith("residual,")).findFirst()
                .orElseThrow();
        String[] cells = residual.split(",");
        assertEquals(100 + 295 * 0.423, Double.parseDouble(cells[2]), 1e-9);
        assertEquals(1000, Double.parseDouble(cells[3]), 1e-9);
    }

    @Test
    void rejectsALoopThatCreatesMaterialWithExitCodeOne() throws IOException {
        Path file = dir.resolve("loop.json");
        Files.writeString(file, """
                {"name": "bad loop",
                 "carriers": [{"id": "x", "unit": "t"}, {"id": "y", "unit": "t"}],
                 "plants": [
                   {"id": "source", "processes": [{"id": "s", "reference": "x",
                     "outputs": {"x": 1}, "rule": {"fixed": 100}}]},
                   {"id": "a", "processes": [{"id": "a.convert", "reference": "x",
                     "inputs": {"x": 1}, "outputs": {"y": 1.5}, "rule": {"follows": "x"}}]},
                   {"id": "b", "processes": [{"id": "b.convert", "reference": "y",
                     "inputs": {"y": 1}, "outputs": {"x": 1}, "rule": {"follows": "y"}}]}],
                 "links": [
                   {"id": "s-a", "from": "source", "to": "a", "carrier": "x", "push": 1},
                   {"id": "a-b", "from": "a", "to": "b", "carrier": "y", "push": 1},
                   {"id": "b-a", "from": "b", "to": "a", "carrier": "x", "push": 1}],
                 "markets": [{"carrier": "x", "disposal": {"to": "landfill"}},
                             {"carrier": "y", "disposal": {"to": "landfill"}}]}
                """);
        CliRun run = CliRun.of("run", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("has a gain of 1.500 (1 or more)"), run.err());
        assertTrue(run.err().contains("a -> b -> a") || run.err().contains("b -> a -> b"),
                run.err());
        assertEquals("", run.out());
    }

    /**
     * Regression (issue 10.1): a follower that also gives out the carrier it follows ('a' makes
     * 0.5 t of x per t of x it takes), on a loop of gain exactly 1, ran 100,000 sweeps, printed
     * flows near 10^6 and wrote "spectralRadius": "NaN"; with a capacity on the loop it exited 0.
     * Now both are rejected and nothing is printed or written.
     */
    @Test
    void rejectsAUnitGainLoopThroughASelfFeedingFollowerAndWritesNothing() throws IOException {
        for (String capacity : List.of("", ", \"capacity\": 50")) {
            Path file = dir.resolve("unit-loop.json");
            Files.writeString(file, """
                    {"name": "unit loop",
                     "carriers": [{"id": "x", "unit": "t"}, {"id": "y", "unit": "t"}],
                     "plants": [
                       {"id": "source", "processes": [{"id": "s", "reference": "x",
                         "outputs": {"x": 1}, "rule": {"fixed": 100}}]},
                       {"id": "a", "processes": [{"id": "a.convert", "reference": "x",
                         "inputs": {"x": 1}, "outputs": {"x": 0.5, "y": 1},
                         "rule": {"follows": "x"}}]},
                       {"id": "b", "processes": [{"id": "b.convert", "reference": "y",
                         "inputs": {"y": 1}, "outputs": {"x": 1}, "rule": {"follows": "y"}}]}],
                     "links": [
                       {"id": "s-a", "from": "source", "to": "a", "carrier": "x", "push": 1},
                       {"id": "a-b", "from": "a", "to": "b", "carrier": "y", "push": 1},
                       {"id": "b-a", "from": "b", "to": "a", "carrier": "x", "push": 1%s}],
                     "markets": [{"carrier": "x", "disposal": {"to": "landfill"}},
                                 {"carrier": "y", "disposal": {"to": "landfill"}}]}
                    """.formatted(capacity));
            Path json = dir.resolve("unit-loop-result.json");
            CliRun run = CliRun.of("run", file.toString(), "--json", json.toString());
            assertEquals(1, run.exitCode(), capacity + run.out());
            assertTrue(run.err().contains("has a gain of 1.000 (1 or more)"), run.err());
            assertEquals("", run.out());
            assertTrue(Files.notExists(json), "no JSON after an error");
        }
    }

    @Test
    void rejectsABadTolerance() {
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString(), "--tolerance",
                "0.5");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--tolerance (0.5) must be in (0, 1e-3]"), run.err());
    }
}
