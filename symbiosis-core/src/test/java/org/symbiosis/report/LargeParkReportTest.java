package org.symbiosis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowState;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Link;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

/**
 * The report and exports of a synthetic park of 1,000 plants (100 clusters, 3,400 links, 1,000
 * processes): the text shows the top rows of each table by size and says how many are hidden;
 * the CSV files have one line per element.
 */
class LargeParkReportTest {

    private static Park park;
    private static SimulationResult result;

    @BeforeAll
    static void simulate() {
        park = SyntheticParks.generate(42, 1000);
        result = new Simulator().run(park);
    }

    @Test
    void showsTheLargestPlantsAndSaysHowManyAreHidden() {
        String text = SimulationReport.text(result, List.of(), 10);
        assertTrue(text.contains("... 990 more plants not shown (10 of 1,000 shown: the largest"
                + " by residual emissions with symbiosis). Full tables: --csv DIR, --json FILE"
                + " or --html FILE.\n"), text);
        // The ten plant rows, in order, are the ten largest residuals, largest first.
        List<Ledger.PlantLedger> expected = new ArrayList<>(result.withSymbiosis().ledger()
                .plants().values());
        expected.sort(Comparator.comparingDouble((Ledger.PlantLedger p) ->
                -Math.abs(p.residual())));
        List<String> shown = rowsOf(text, "Plants\n");
        assertEquals(11, shown.size(), "ten plants and the total");
        for (int i = 0; i < 10; i++) {
            assertTrue(shown.get(i).startsWith(expected.get(i).plant().value() + " "),
                    i + ": " + shown.get(i));
        }
        assertTrue(shown.get(10).startsWith("total "), shown.get(10));
    }

    @Test
    void showsTheLargestFlowsAndActivities() {
        String text = SimulationReport.text(result, List.of(), 10);
        int links = park.links().size();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "... %,d more links not"
                + " shown (10 of %,d shown: the largest by flow", links - 10, links)), text);
        assertTrue(text.contains("... 990 more processes not shown (10 of 1,000 shown: the"
                + " largest by activity"), text);
        FlowState state = result.withSymbiosis().state();
        Link largest = park.links().values().stream().max(Comparator.comparingDouble(
                (Link l) -> Math.abs(state.flow(l.id())))).orElseThrow();
        assertTrue(rowsOf(text, "Links\n").get(0).startsWith(largest.id().value() + " "),
                text);
        assertEquals(10, rowsOf(text, "Carriers at the boundary (with symbiosis)\n").size());
        assertTrue(text.contains("... 7 more carriers not shown (10 of 17 shown: the largest by"
                + " scope 1)."), text);
        // With the default, the 17 carriers fit: shown whole, in park order, nothing hidden.
        String whole = SimulationReport.text(result);
        assertEquals(17, rowsOf(whole, "Carriers at the boundary (with symbiosis)\n").size());
        assertTrue(rowsOf(whole, "Carriers at the boundary (with symbiosis)\n").get(0)
                .startsWith("electricity "), whole);
        assertTrue(!whole.contains("more carriers"), whole);
    }

    @Test
    void reportStaysShortWhateverTheParkSize() {
        String text = SimulationReport.text(result);
        long lines = text.lines().count();
        assertTrue(lines < 6 * SimulationReport.DEFAULT_ROWS + 80, lines + " lines");
    }

    @Test
    void csvHasOneLinePerElement(@TempDir Path dir) throws IOException {
        SimulationExport.writeCsv(result, dir);
        assertEquals(park.plants().size() + 1, Files.readAllLines(dir.resolve("plants.csv"))
                .size());
        assertEquals(park.links().size() + 1, Files.readAllLines(dir.resolve("links.csv"))
                .size());
        assertEquals(park.processes().size() + 1, Files.readAllLines(
                dir.resolve("processes.csv")).size());
        assertEquals(park.carriers().size() + 1, Files.readAllLines(
                dir.resolve("carriers.csv")).size());
        assertEquals(21, Files.readAllLines(dir.resolve("summary.csv")).size());
    }

    @Test
    void streamedJsonIsTheStringDocument() throws IOException {
        StringWriter out = new StringWriter();
        SimulationExport.writeJson(result, List.of(), out);
        assertEquals(SimulationExport.toJson(result), out.toString());
    }

    /** Against sorting, on seeded random sizes with ties and NaN. */
    @Test
    void topRowsAgreeWithSorting() {
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(200);
            int limit = 1 + random.nextInt(30);
            double[] size = new double[n];
            for (int i = 0; i < n; i++) {
                size[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(20);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            if (n > limit) {
                order.sort(Comparator.comparingDouble((Integer i) -> Double.isNaN(size[i])
                        ? Double.POSITIVE_INFINITY : -size[i]).thenComparingInt(i -> i));
            }
            int[] expected = order.subList(0, Math.min(n, limit)).stream()
                    .mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopRows.of(n, limit, i -> size[i]), "seed " + seed);
        }
    }

    /** The rows of the table under {@code title}: the lines after its rule of dashes. */
    private static List<String> rowsOf(String text, String title) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(title)).matcher(text);
        assertTrue(m.find(), title);
        List<String> lines = text.substring(m.end()).lines().toList();
        int rule = 0;
        while (!lines.get(rule).startsWith("-")) {
            rule++;
        }
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(rule + 1, lines.size())) {
            if (line.isBlank() || line.startsWith("... ")) {
                break;
            }
            rows.add(line);
        }
        return rows;
    }
}
