package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowState;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.Park;

class ResilienceCommandTest {

    @TempDir
    Path dir;

    /** A cluster of more plants than the text names: its first 20 and the count of the rest. */
    @Test
    void aLargeClusterIsNamedInPart() throws IOException {
        Path park = dir.resolve("synthetic-100.json");
        org.symbiosis.generate.SyntheticParks.write(42, 100, park);
        CliRun run = CliRun.of("resilience", park.toString(), "--out", "c0-power");
        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Circular cluster of (\\d+)"
                + " plants: \\[([^\\]]*)\\] and (\\d+) more \\(all in --json and --csv\\)")
                .matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals(20, m.group(2).split(", ").length, m.group(2));
        assertEquals(Integer.parseInt(m.group(1)) - 20, Integer.parseInt(m.group(3)));
        assertTrue(Integer.parseInt(m.group(1)) > 20, m.group(1));
    }

    @Test
    void shunanListsKeystonesAndEachPowerLinkCostsItsElectricityAtTheGridFactor()
            throws IOException {
        Path json = dir.resolve("resilience.json");
        CliRun run = CliRun.of("resilience", "shunan-2030", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Keystone plants, by impact"), run.out());
        assertTrue(run.out().contains("Circular cluster of 2 plants: [tokuyama-capture,"
                + " tokuyama-cement]"), run.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(12, root.get("keystones").size());
        // A captive-power link out: its target buys what the link carried from the grid, at the
        // market's location factor, and nothing else changes in life-cycle terms.
        Park park = ParkSources.open("shunan-2030").park();
        FlowState state = new org.symbiosis.simulate.Simulator().simulate(park).state();
        double factor = park.market(CarrierId.of("electricity")).orElseThrow().buy()
                .orElseThrow().emissionFactor();
        int checked = 0;
        for (JsonNode outage : root.get("outages")) {
            if (!outage.get("kind").asText().equals("link")) {
                continue;
            }
            Link link = park.link(org.symbiosis.model.LinkId.of(outage.get("links").get(0)
                    .asText()));
            if (link.carrier().value().equals("electricity")) {
                assertEquals(state.flow(link.id()) * factor, outage.get("impact").asDouble(),
                        1e-6 * state.flow(link.id()), link.id().value());
                checked++;
            }
        }
        assertEquals(3, checked);
        // The ranking in the JSON agrees with the impacts.
        String first = root.get("keystones").get(0).asText();
        double best = Double.NEGATIVE_INFINITY;
        String argmax = null;
        for (JsonNode outage : root.get("outages")) {
            if (outage.get("kind").asText().equals("plant")
                    && outage.get("impact").asDouble() > best) {
                best = outage.get("impact").asDouble();
                argmax = outage.get("plants").get(0).asText();
            }
        }
        assertEquals(argmax, first);
    }

    @Test
    void nMinusKOfTheChainStopsEverythingDownstream() throws IOException {
        Path file = CliRun.fixture(dir, "chain");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("resilience", file.toString(), "--out", "power",
                "--out", "flue-gas,co2-pipe", "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Combined outages (N-k), by impact"), run.out());
        List<String> outages = Files.readAllLines(csv.resolve("outages.csv"));
        // Header, the power plant, the two links together.
        assertEquals(3, outages.size(), String.join("\n", outages));
        assertTrue(outages.get(1).startsWith("plant,power,,runs,"), outages.get(1));
        assertTrue(outages.get(2).startsWith("set,,flue-gas co2-pipe,runs,"), outages.get(2));
        // Power out: capture and cement follow what power sends, so both idle.
        assertTrue(outages.get(1).endsWith(",0,0,2,"), outages.get(1));
        for (String name : List.of("impacts.csv", "network.csv", "candidates.csv")) {
            assertTrue(Files.exists(csv.resolve(name)), name);
        }
    }

    @Test
    void discoveryWritesAParkThatValidatesAndGraphFiles() {
        Path file = CliRun.fixture(dir, "chain");
        Path proposed = dir.resolve("proposed.json");
        Path graphMl = dir.resolve("chain.graphml");
        Path dot = dir.resolve("chain.dot");
        CliRun run = CliRun.of("resilience", file.toString(), "--discover", "--write-candidates",
                proposed.toString(), "--graphml", graphMl.toString(), "--dot", dot.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(graphMl) && Files.exists(dot));
        CliRun validate = CliRun.of("validate", proposed.toString());
        assertEquals(0, validate.exitCode(), validate.err());
    }

    /**
     * shunan-2030's discovery proposes six links of idemitsu-biomass's electricity (each of
     * which alone would take up to 82 % of it): written together their push shares add up to at
     * most 1, so the park file is valid, and plan builds from it.
     */
    @Test
    void candidatesDiscoveredOnShunan2030AreAParkThatPlanPlans() throws IOException {
        Path proposed = dir.resolve("c.json");
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("resilience", "shunan-2030", "--discover", "--write-candidates",
                proposed.toString(), "--json", json.toString(), "--top", "1", "--detail", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode candidates = new ObjectMapper().readTree(json.toFile()).get("candidates");
        java.util.Map<String, Double> shares = new java.util.HashMap<>();
        int split = 0;
        for (JsonNode c : candidates) {
            shares.merge(c.get("from").asText() + " " + c.get("carrier").asText(),
                    c.get("share").asDouble(), Double::sum);
            split += c.get("share").asDouble() < c.get("shareAlone").asDouble() ? 1 : 0;
            // Same carrier: nothing else is replaced, as the text table's blank says.
            assertFalse(c.get("substitution").asBoolean(), c.toString());
            assertTrue(c.get("replaces").isNull(), c.toString());
        }
        assertTrue(split >= 6, "the biomass plant's six candidates share its supply: " + split);
        Park park = org.symbiosis.io.ParkFiles.read(proposed).park();
        for (var e : shares.entrySet()) {
            String[] at = e.getKey().split(" ");
            double existing = park.links().values().stream().filter(l -> l.from().value()
                    .equals(at[0]) && l.carrier().value().equals(at[1])
                    && l.status() == org.symbiosis.model.LinkStatus.EXISTING
                    && l.rule() instanceof org.symbiosis.model.LinkRule.Push)
                    .mapToDouble(l -> l.rule().fraction()).sum();
            assertTrue(existing + e.getValue() <= 1 + 1e-12, e.getKey() + ": " + existing
                    + " + " + e.getValue());
        }
        assertTrue(park.link(org.symbiosis.model.LinkId.of(
                "new-idemitsu-biomass-nssc-electricity")).note().contains("candidates share"
                + " that supply"));
        for (String price : new String[] {"0", "50"}) {
            CliRun plan = CliRun.of("plan", proposed.toString(), "--carbon-price", price);
            assertEquals(0, plan.exitCode(), price + ": " + plan.err());
            assertTrue(plan.out().contains("Status: optimal"), plan.out());
        }
    }

    /**
     * Regression: shunan-2019 with its discovered candidates at carbon prices of 10, 50 and 100
     * was reported infeasible, although building nothing is a plan. Not the written links (the
     * program keeps no link rules) but the delivery guard: tosoh-chemicals' chlor-alkali cell
     * follows the chlorine its fixed VCM plant needs, so the caustic soda it sells can be at most
     * its simulated level, and the guard's floor of that level x (1 - 1e-9) left SCIP's presolve
     * a window narrower than its feasibility tolerance (1e-6): it declared the program
     * infeasible (without presolve SCIP, like CBC and GLOP, solved it).
     */
    @Test
    void shunan2019WithDiscoveredCandidatesHasAPlanAtEveryCarbonPrice() {
        Path proposed = dir.resolve("c2019.json");
        CliRun run = CliRun.of("resilience", "shunan-2019", "--discover", "--write-candidates",
                proposed.toString(), "--top", "1", "--detail", "0");
        assertEquals(0, run.exitCode(), run.err());
        Park park = org.symbiosis.io.ParkFiles.read(proposed).park();
        for (double price : new double[] {10, 50, 100}) {
            org.symbiosis.optimize.PlanResult r = new org.symbiosis.optimize.InvestmentPlanner(
                    org.symbiosis.optimize.PlanGoal.cost(price)).plan(park);
            assertTrue(r.solved(), price + ": " + r.diagnosis());
            assertTrue(r.leaks().isEmpty(), price + ": " + r.leaks());
        }
    }

    @Test
    void namesAnUnknownOutageElementWithASuggestionAndWritesNothing() {
        Path file = CliRun.fixture(dir, "chain");
        Path json = dir.resolve("out.json");
        Path html = dir.resolve("out.html");
        CliRun run = CliRun.of("resilience", file.toString(), "--out", "powr", "--json",
                json.toString(), "--html", html.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--out 'powr' is neither a plant nor a link of park"
                + " 'chain': maybe 'power'?"), run.err());
        assertFalse(Files.exists(json));
        assertFalse(Files.exists(html));
    }

    @Test
    void refusesCandidatesWithoutDiscovery() {
        Path file = CliRun.fixture(dir, "chain");
        CliRun run = CliRun.of("resilience", file.toString(), "--write-candidates",
                dir.resolve("p.json").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("add --discover"), run.err());
    }
}
