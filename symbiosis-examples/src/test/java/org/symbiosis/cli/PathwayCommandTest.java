package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;

class PathwayCommandTest {

    @TempDir
    Path dir;

    /**
     * The bundled Yamaguchi pathway, judged on the prefecture boundary: its 2013 year is the
     * yamaguchi-2019 park (shunan-2019 and the aggregates, 40.47 Mt), and -35.1 % by 2030 is
     * missed: the Shunan measures alone cut about 2.4 Mt of the prefecture's 40.5 Mt.
     */
    @Test
    void yamaguchiPathwayPrintsTheTableVerdictsAndBands() throws Exception {
        Scenario s = PathwayCommand.open("yamaguchi-pathway");
        PathwayResult r = new PathwayRunner().run(s);
        double y2013 = r.years().get(0).residual();
        double y2019 = new org.symbiosis.simulate.Simulator().simulate(
                ParkSources.open("yamaguchi-2019").park()).ledger().totals().residual();
        assertEquals(y2019, y2013, 1e-6 * y2019, "2013 is the 2019 configuration");
        assertTrue(!r.verdicts().get(0).met(), "yamaguchi-2030 is missed");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("pathway", "yamaguchi-pathway", "--samples", "40", "--seed", "3",
                "--threads", "2", "--tornado", "2030", "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("40 Monte Carlo samples, seed 3"), run.out());
        assertTrue(run.out().matches("(?s).*yamaguchi-2030 +2030 \\(residual\\).*missed by.*"),
                run.out());
        assertTrue(run.out().contains("residual P5"), run.out());
        assertTrue(run.out().contains("Sensitivity of 2030 residual emissions"), run.out());
        List<String> years = Files.readAllLines(csv.resolve("years.csv"));
        assertEquals(1 + 38, years.size());
        assertTrue(Files.readAllLines(csv.resolve("targets.csv")).get(1)
                .startsWith("yamaguchi-2030,2030,residual,"));
    }

    @Test
    void rejectsAnUnknownScenario() {
        CliRun run = CliRun.of("pathway", "no-such-scenario");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is neither a scenario file nor a bundled scenario"),
                run.err());
    }
}
