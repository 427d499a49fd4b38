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

    /** The chain has 3 plants: with --rows 1 the largest (power, 1,000 t) is shown, 2 hidden. */
    @Test
    void showsTheLargestRowsAndHowManyAreHidden() {
        String chain = CliRun.fixture(dir, "chain").toString();
        CliRun run = CliRun.of("run", chain, "--rows", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("... 2 more plants not shown (1 of 3 shown: the largest by"
                + " residual emissions with symbiosis). Full tables: --csv DIR, --json FILE or"
                + " --html FILE.\n"), run.out());
        CliRun zero = CliRun.of("run", chain, "--rows", "0");
        assertEquals(1, zero.exitCode());
        assertTrue(zero.err().contains("--rows (0) must be 1 or more."), zero.err());
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
        for (String file : List.of("summary", "plants", "sites", "links", "processes",
                "carriers")) {
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

    /**
     * Two sites and a plant of none, by hand. With symbiosis: north = a1's 100 t CO2 + a2's
     * (50 - 20) MWh x 0.4 = 112; south = b1's 40 x 0.5 = 20 t CO2 (life cycle + 40 t coal x 0.1
     * = 24); (no site) = c's 7. Without the link, a2 buys all 50 MWh: north 120.
     */
    private static final String TWO_SITES = """
            {"name": "two sites",
             "carriers": [{"id": "goods", "unit": "t"}, {"id": "co2", "unit": "t", "gwp": 1},
               {"id": "coal", "unit": "t", "kind": "fuel"},
               {"id": "electricity", "unit": "MWh", "kind": "electricity"}],
             "plants": [
               {"id": "a1", "site": "north", "processes": [{"id": "a1.make", "reference": "goods",
                 "outputs": {"goods": 1, "co2": 1}, "rule": {"fixed": 100}}]},
               {"id": "b1", "site": "south", "processes": [{"id": "b1.make",
                 "reference": "goods", "inputs": {"coal": 1},
                 "outputs": {"goods": 1, "co2": 0.5, "electricity": 0.5},
                 "rule": {"fixed": 40}}]},
               {"id": "c", "processes": [{"id": "c.make", "reference": "goods",
                 "outputs": {"goods": 1, "co2": 7}, "rule": {"fixed": 1}}]},
               {"id": "a2", "site": "north", "processes": [{"id": "a2.make",
                 "reference": "goods", "inputs": {"electricity": 1}, "outputs": {"goods": 1},
                 "rule": {"fixed": 50}}]}],
             "links": [{"id": "power", "from": "b1", "to": "a2", "carrier": "electricity",
               "push": 1}],
             "markets": [{"carrier": "goods", "sell": {"price": 1}},
               {"carrier": "co2", "disposal": {"to": "air"}},
               {"carrier": "coal", "buy": {"price": 1, "factor": 0.1}},
               {"carrier": "electricity", "buy": {"price": 1, "factor": 0.4},
                "sell": {"price": 1}}]}
            """;

    @Test
    void addsUpEachSitesPlantsInTheTextJsonAndCsv() throws IOException {
        Path file = dir.resolve("two-sites.json");
        Files.writeString(file, TWO_SITES);
        Path json = dir.resolve("two-sites-result.json");
        Path csv = dir.resolve("two-sites-csv");
        CliRun run = CliRun.of("run", file.toString(), "--json", json.toString(), "--csv",
                csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int sites = out.indexOf("\nSites (each site's plants added up)\n");
        assertTrue(sites > 0 && sites < out.indexOf("\nPlants\n"), out);
        assertTrue(out.matches("(?s).*\nnorth +2 +112\\.0 +120\\.0 +-8\\.0 \\(-6\\.7 %\\) +112\\.0"
                + " +120\\.0 +-8\\.0 \\(-6\\.7 %\\)\n.*"), out);
        assertTrue(out.matches("(?s).*\nsouth +1 +20\\.0 +20\\.0 .* +24\\.0 +24\\.0 .*"), out);
        assertTrue(out.matches("(?s).*\n\\(no site\\) +1 +7\\.0 +7\\.0 .*"), out);
        assertTrue(out.matches("(?s).*\ntotal +4 +139\\.0 +147\\.0 .* +143\\.0 +151\\.0 .*"), out);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode rows = root.get("sites");
        assertEquals(3, rows.size());
        double[][] expected = {{112, 120, 112, 120}, {20, 20, 24, 24}, {7, 7, 7, 7}};
        String[] names = {"north", "south", "(no site)"};
        for (int i = 0; i < 3; i++) {
            JsonNode row = rows.get(i);
            assertEquals(names[i], row.get("site").asText());
            assertEquals(expected[i][0], row.get("residualWith").asDouble(), 1e-9);
            assertEquals(expected[i][1], row.get("residualWithout").asDouble(), 1e-9);
            assertEquals(expected[i][2], row.get("lifecycleWith").asDouble(), 1e-9);
            assertEquals(expected[i][3], row.get("lifecycleWithout").asDouble(), 1e-9);
        }
        assertEquals("[\"a1\",\"a2\"]", rows.get(0).get("plants").toString());
        // Each site is the sum of its plants' ledger lines.
        JsonNode plants = root.at("/withSymbiosis/plants");
        double north = 0;
        for (JsonNode plant : plants) {
            if (List.of("a1", "a2").contains(plant.get("plant").asText())) {
                north += plant.get("residual").asDouble();
            }
        }
        assertEquals(north, rows.get(0).get("residualWith").asDouble(), 1e-9);
        assertEquals("north", root.at("/elements/plants/0/site").asText());

        List<String> lines = Files.readAllLines(csv.resolve("sites.csv"));
        assertEquals(List.of("site,plants,residual_t_co2e,residual_without_t_co2e,"
                + "lifecycle_t_co2e,lifecycle_without_t_co2e", "north,2,112.0,120.0,112.0,120.0",
                "south,1,20.0,20.0,24.0,24.0", "(no site),1,7.0,7.0,7.0,7.0"), lines);
    }

    @Test
    void showsNoSitesTableWhenNoPlantHasASite() {
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.out().contains("\nSites"), run.out());
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
