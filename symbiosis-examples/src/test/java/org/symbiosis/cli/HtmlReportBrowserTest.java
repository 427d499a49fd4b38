package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.FallbackLpSolver;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

/**
 * The HTML reports of the bundled examples, opened from {@code file://} in headless Chromium:
 * no console errors, and the charts hold the ledger's numbers.
 *
 * <p>The Sankey's totals, checked for every state the page can show, against sums computed here
 * from the simulation's (or optimum's) {@link Ledger} per carrier, each amount x the carrier's
 * carbon content (t C per unit):
 * <ul>
 *   <li>links out of "bought" nodes = Σ_c bought_c x carbon_c = the ledger's carbonIn;
 *   <li>links between plants = Σ_c (exchanged_c - lost_c) x carbon_c (what links deliver);
 *   <li>links into "sold" nodes = Σ_c sold_c x carbon_c;
 *   <li>links into release nodes ("to air", "to storage", ...) = Σ_c (released_c + lost_c) x
 *       carbon_c; with the sales, the ledger's carbonOut.
 * </ul>
 * Each within 1e-6 relative. Nodes: one per plant with a carbon flow, per carrier bought or sold
 * with carbon, per release route used, computed here from the flow state; the trace's labels and
 * the drawn {@code .sankey-node} elements both match it. A park whose plants form a loop of
 * carbon has its loop drawn as a circular link. Screenshots go to {@code target/html-reports}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {

    private static final double RELATIVE = 1e-6;
    private static final Path SHOTS = Path.of("target", "html-reports");

    private ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.requireOrSkip();
        Files.createDirectories(SHOTS);
        browser = Chromium.start(1400, 1000);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shunan-2030", "shunan-2019", "shunan-2050", "kalundborg",
        "binh-duong-eip"})
    void runReportOfEachExampleDrawsTheLedgersCarbon(String example) throws IOException {
        Path html = dir.resolve(example + ".html");
        CliRun run = CliRun.of("run", example, "--html", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        Park park = ParkSources.open(example).park();
        SimulationResult result = new Simulator().run(park);

        open(html);
        checkSankey("withSymbiosis", result.withSymbiosis().state(),
                result.withSymbiosis().ledger(), UnaryOperator.identity(), example);
        checkEmissions("With symbiosis", result.withSymbiosis().ledger(), example);
        checkSankey("withoutSymbiosis", result.baseline().state(), result.baseline().ledger(),
                UnaryOperator.identity(), example);
        checkEmissions("Without symbiosis", result.baseline().ledger(), example);
        assertNoErrors(example);
        showSankey("withSymbiosis");
        screenshot(example);
        if (example.equals("shunan-2030")) {
            // The README's picture (docs/report-shunan-2030.png): the Sankey at 860 px.
            browser.manage().window().setSize(new Dimension(860, 2400));
            js("window.symbiosis.sankeyState = null; window.symbiosis.showSankey"
                    + "('withSymbiosis');");
            waitFor("return window.symbiosis.sankeyState === 'withSymbiosis';", "redraw");
            Path shot = browser.findElement(By.id("sankey"))
                    .getScreenshotAs(OutputType.FILE).toPath();
            writeSmallPng(shot, SHOTS.resolve("shunan-2030-sankey.png"));
        }
    }

    /**
     * The chain fixture, by hand: 400 t coal x 0.68225 t C/t = 272.9 t C bought; the flue gas
     * (1000 t x 0.2729 = 272.9 t C) and the captured CO2 (900 t = 245.61 t C) on links; 27.29 t C
     * vented to air and 245.61 t C mineralised to storage. Without symbiosis the power plant
     * vents its 272.9 t C. Only the cement plant has a location, so the map has one plant and no
     * line.
     *
     * <pre>
     *   bought coal -> power -(flue-co2)-> capture -(co2-captured)-> cement -> to storage
     *                                        \-> to air
     * </pre>
     */
    @Test
    void chainReportShowsTheHandComputedCarbon() throws IOException {
        Path html = dir.resolve("chain.html");
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString(), "--html",
                html.toString());
        assertEquals(0, run.exitCode(), run.err());
        open(html);
        SankeyView with = sankey("withSymbiosis");
        assertEquals(Set.of("power", "capture", "cement", "bought coal", "to air",
                "to storage (permanent)"), new TreeSet<>(with.labels));
        assertRelative(272.9, with.sumFrom("bought "), "coal bought");
        assertRelative(272.9 + 245.61, with.sumBetweenPlants(), "carbon on links");
        assertRelative(27.29, with.sumInto("to air"), "vented");
        assertRelative(245.61, with.sumInto("to storage (permanent)"), "stored");
        SankeyView without = sankey("withoutSymbiosis");
        assertEquals(Set.of("power", "bought coal", "to air"), new TreeSet<>(without.labels));
        assertRelative(272.9, without.sumInto("to air"), "vented without symbiosis");
        assertEquals(3L, without.drawnNodes);
        Map<?, ?> map = (Map<?, ?>) js("var gd = document.getElementById('map');"
                + " var p = gd.data[gd.data.length - 1];"
                + " return {traces: gd.data.length, x: p.x, y: p.y, text: p.text};");
        assertEquals(1L, map.get("traces"), "no link has both ends located");
        assertEquals(List.of(131.8), map.get("x"));
        assertEquals(List.of(34.05), map.get("y"));
        assertEquals(List.of("cement"), map.get("text"));
        assertNoErrors("chain");
        screenshot("chain");
    }

    /**
     * The chain with all three plants located and the Sankey of one carrier, captured CO2: the
     * capture unit sends its 900 t to the cement plant, and nothing of it crosses the boundary.
     * The map has the three plants and both links, each line 1 px plus 8 px x its flow of the
     * chosen carrier over the largest: 9 px for the CO2 pipe, 1 px for the flue gas.
     */
    @Test
    void mapAndOneCarriersSankeyOfALocatedChain() throws IOException {
        Path park = CliRun.fixture(dir, "chain");
        String located = Files.readString(park)
                .replace("\"sector\": \"power\",", "\"sector\": \"power\","
                        + " \"location\": {\"lat\": 34.04, \"lon\": 131.78},")
                .replace("\"sector\": \"capture\",", "\"sector\": \"capture\","
                        + " \"location\": {\"lat\": 34.045, \"lon\": 131.79},");
        Files.writeString(park, located);
        Path html = dir.resolve("located.html");
        CliRun run = CliRun.of("run", park.toString(), "--html", html.toString(), "--sankey",
                "co2-captured");
        assertEquals(0, run.exitCode(), run.err());
        open(html);
        SankeyView with = sankey("withSymbiosis");
        assertEquals(List.of("capture", "cement"), with.labels);
        assertEquals(List.of(900.0), with.value);
        SankeyView without = sankey("withoutSymbiosis");
        assertEquals(List.of(), without.labels, "no captured CO2 without symbiosis");
        Map<?, ?> map = (Map<?, ?>) js("var gd = document.getElementById('map'); var r = {};"
                + " gd.data.forEach(function (t) { r[t.name] = {x: t.x, width: t.line"
                + " && t.line.width}; }); return r;");
        assertEquals(Set.of("flue-gas", "co2-pipe", "plants"), map.keySet());
        assertEquals(3, ((List<?>) ((Map<?, ?>) map.get("plants")).get("x")).size());
        double flue = ((Number) ((Map<?, ?>) map.get("flue-gas")).get("width")).doubleValue();
        double pipe = ((Number) ((Map<?, ?>) map.get("co2-pipe")).get("width")).doubleValue();
        assertEquals(1 + 8 * 900.0 / 900.0, pipe, 1e-12, "the widest line: 900 t");
        assertEquals(1.0, flue, 1e-12, "the flue gas carries no captured CO2");
        assertNoErrors("located chain");
        showSankey("withSymbiosis");
        screenshot("chain-located-co2-captured");
    }

    /** Above --aggregate-above plants, nodes are sectors; the totals do not change. */
    @Test
    void largeParkIsDrawnBySectorWithTheRuleStated() throws IOException {
        Path html = dir.resolve("sectors.html");
        CliRun run = CliRun.of("run", "shunan-2030", "--html", html.toString(),
                "--aggregate-above", "5");
        assertEquals(0, run.exitCode(), run.err());
        Park park = ParkSources.open("shunan-2030").park();
        SimulationResult result = new Simulator().run(park);
        Map<String, Long> sizes = park.plants().values().stream().collect(
                Collectors.groupingBy(p -> p.sector(), Collectors.counting()));
        UnaryOperator<String> sector = plant -> {
            String s = park.plants().get(org.symbiosis.model.PlantId.of(plant)).sector();
            return s + " (" + sizes.get(s) + (sizes.get(s) == 1 ? " plant)" : " plants)");
        };
        open(html);
        checkSankey("withSymbiosis", result.withSymbiosis().state(),
                result.withSymbiosis().ledger(), sector, "shunan-2030 by sector");
        String text = (String) js("return document.getElementById('section-sankey')"
                + ".textContent;");
        assertTrue(text.contains("This park has 12 plants, more than 5: plants are drawn by"
                + " sector"), text);
        assertNoErrors("sectors");
        showSankey("withSymbiosis");
        screenshot("shunan-2030-by-sector");
    }

    @Test
    void optimizeReportShowsSimulatedAndOptimisedStates() throws IOException {
        Path html = dir.resolve("optimize.html");
        CliRun run = CliRun.of("optimize", "shunan-2030", "--html", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        Park park = ParkSources.open("shunan-2030").park();
        SimulationResult simulated = new Simulator().run(park);
        OptimizationResult optimum = new LinearProgramOptimizer(Objective.emissions()
                .withMetric(Target.Metric.RESIDUAL), false, FallbackLpSolver.standard())
                .optimize(park);
        assertTrue(optimum.optimal(), optimum.diagnosis());
        open(html);
        checkSankey("withSymbiosis", simulated.withSymbiosis().state(),
                simulated.withSymbiosis().ledger(), UnaryOperator.identity(), "optimize");
        checkSankey("withoutSymbiosis", simulated.baseline().state(),
                simulated.baseline().ledger(), UnaryOperator.identity(), "optimize");
        checkSankey("optimised", optimum.state().orElseThrow(), optimum.ledger().orElseThrow(),
                UnaryOperator.identity(), "optimize");
        checkEmissions("Optimised", optimum.ledger().orElseThrow(), "optimize");
        assertNoErrors("optimize");
        showSankey("optimised");
        screenshot("shunan-2030-optimize");
    }

    /** yamaguchi-pathway with 50 samples and the 2030 tornado. */
    @Test
    void pathwayReportHasAFanChartOverEveryYearAndTheTornado() throws IOException {
        Path html = dir.resolve("pathway.html");
        CliRun run = CliRun.of("pathway", "yamaguchi-pathway", "--samples", "50", "--tornado",
                "2030", "--html", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        Scenario scenario = PathwayCommand.open("yamaguchi-pathway");
        PathwayRunner runner = new PathwayRunner();
        PathwayResult deterministic = runner.run(scenario);
        int years = scenario.lastYear() - scenario.firstYear() + 1;
        assertEquals(years, deterministic.years().size());

        open(html);
        Map<?, ?> fan = (Map<?, ?>) js("var gd = document.getElementById('fan'); var r = {};"
                + " gd.data.forEach(function (t) { r[t.name] = {x: t.x, y: t.y,"
                + " color: t.marker && t.marker.color}; }); return r;");
        Map<?, ?> line = (Map<?, ?>) fan.get("residual (deterministic)");
        List<?> x = (List<?>) line.get("x");
        List<?> y = (List<?>) line.get("y");
        assertEquals(years, x.size(), "one point per year of the pathway");
        for (int i = 0; i < years; i++) {
            PathwayResult.YearEmissions e = deterministic.years().get(i);
            assertEquals((long) e.year(), ((Number) x.get(i)).longValue());
            assertRelative(e.residual(), ((Number) y.get(i)).doubleValue(), "residual "
                    + e.year());
        }
        assertEquals(years, ((List<?>) ((Map<?, ?>) fan.get("residual P5\u2013P95")).get("x"))
                .size(), "the band covers every year");
        for (PathwayResult.TargetVerdict v : deterministic.verdicts()) {
            String name = v.target().id() + ": " + (v.met() ? "met" : "missed");
            Map<?, ?> marker = (Map<?, ?>) fan.get(name);
            assertTrue(marker != null, "target marker " + name + " in " + fan.keySet());
            assertEquals(List.of((long) v.target().year()), marker.get("x"));
            assertRelative(v.goal(), ((Number) ((List<?>) marker.get("y")).get(0))
                    .doubleValue(), "goal of " + v.target().id());
        }
        List<PathwayRunner.TornadoBar> bars = runner.tornado(scenario, 2030);
        List<?> tornado = (List<?>) js("return document.getElementById('tornado').data[0].y;");
        assertEquals(bars.size(), tornado.size(), "one tornado bar per uncertain number");
        assertEquals(bars.get(0).parameter(), tornado.get(tornado.size() - 1),
                "largest swing at the top");
        assertNoErrors("pathway");
        screenshot("yamaguchi-pathway");
    }

    /**
     * {@code resilience shunan-2030 --discover}: the keystone plants' bars are the JSON's
     * {@code keystones} in rank order (the first at the top), each bar its outage's impact (the
     * life-cycle knock-on) and, beside it, its residual knock-on, within 1e-6; the links' bars
     * likewise from {@code criticalLinks}. The tables have a row per outage and per candidate,
     * and choosing an outage, or clicking its bar, shows what it does.
     */
    @Test
    void resilienceReportDrawsTheKeystonesImpactsInRankOrder() throws IOException {
        Path html = dir.resolve("resilience.html");
        Path json = dir.resolve("resilience.json");
        CliRun run = CliRun.of("resilience", "shunan-2030", "--discover", "--json",
                json.toString(), "--html", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, JsonNode> byPlant = new HashMap<>();
        Map<String, JsonNode> byLink = new HashMap<>();
        for (JsonNode outage : root.get("outages")) {
            assertEquals("runs", outage.get("status").asText(), outage.toString());
            if (outage.get("kind").asText().equals("plant")) {
                byPlant.put(outage.get("plants").get(0).asText(), outage);
            } else {
                byLink.put(outage.get("links").get(0).asText(), outage);
            }
        }
        assertEquals(12, root.get("keystones").size());

        open(html);
        checkImpactBars("keystone-impact", root.get("keystones"), byPlant);
        checkImpactBars("link-impact", root.get("criticalLinks"), byLink);
        assertEquals(12L, js("return document.querySelectorAll('#section-keystones"
                + " table.ranking tr').length - 1;"), "a row per keystone");
        assertEquals((long) root.get("candidates").size(), js("return document"
                + ".querySelectorAll('#section-candidates table tr').length - 1;"),
                "a row per candidate");
        String second = root.get("keystones").get(1).asText();
        js("var s = document.getElementById('outage-select');"
                + " var o = Array.prototype.filter.call(s.options, function (e) {"
                + "   return e.textContent.indexOf('" + second + " (') === 0; })[0];"
                + " s.value = o.value; s.dispatchEvent(new Event('change'));");
        String detail = (String) js("return document.getElementById('outage-detail')"
                + ".textContent;");
        assertTrue(detail.startsWith("plant " + second + " out: impact +"), detail);
        // Clicking the first keystone's bar shows its outage (the click lands on Plotly's drag
        // layer above the bar, as a user's does).
        String first = root.get("keystones").get(0).asText();
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector(
                "#keystone-impact .trace.bars .point path"))).click().perform();
        waitFor("return document.getElementById('outage-detail').textContent.indexOf('plant "
                + first + " out:') === 0;", "the clicked bar's outage");
        assertNoErrors("resilience");
        screenshot("shunan-2030-resilience");
    }

    /** The first trace's bars are the ranking's impacts, the second its residual knock-ons. */
    private void checkImpactBars(String chart, JsonNode ranking, Map<String, JsonNode> outages) {
        Map<?, ?> bars = (Map<?, ?>) js("var gd = document.getElementById('" + chart + "');"
                + " return {names: gd.data.map(function (t) { return t.name; }),"
                + " y: gd.data[0].y, impact: gd.data[0].x, residual: gd.data[1].x,"
                + " reversed: gd._fullLayout.yaxis.range[0] > gd._fullLayout.yaxis.range[1]};");
        assertEquals(List.of("Life-cycle knock-on (impact)", "Residual knock-on (scope 1 + 2)"),
                bars.get("names"), chart);
        // A category axis drawn from its last category down to its first: the first at the top.
        assertEquals(true, bars.get("reversed"), chart + ": the first in rank at the top");
        List<String> expected = new ArrayList<>();
        ranking.forEach(id -> expected.add(id.asText()));
        assertEquals(expected, strings(bars.get("y")), chart + ": the JSON's rank order");
        List<Double> impact = doubles(bars.get("impact"));
        List<Double> residual = doubles(bars.get("residual"));
        for (int k = 0; k < expected.size(); k++) {
            JsonNode outage = outages.get(expected.get(k));
            assertEquals(outage.get("impact").asDouble(), impact.get(k), 1e-6,
                    chart + ": impact of " + expected.get(k));
            assertEquals(outage.get("knockOnResidual").asDouble(), residual.get(k), 1e-6,
                    chart + ": residual knock-on of " + expected.get(k));
        }
    }

    // ----- the page ------------------------------------------------------------------------

    private void open(Path html) {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(html.toUri().toString());
        waitFor("return !!(window.symbiosis && (window.symbiosis.ready"
                + " || window.symbiosis.failed));", html.toString());
        Object failed = js("return window.symbiosis.failed || null;");
        assertEquals(null, failed, "the page failed to draw " + html);
    }

    private void waitFor(String condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Boolean.TRUE.equals(js(condition))) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void showSankey(String state) {
        browser.findElement(By.cssSelector("#sankey-toggle button[data-state='" + state + "']"))
                .click();
        waitFor("return window.symbiosis.sankeyState === '" + state + "';", state);
    }

    /** What the Sankey trace holds and what was drawn, for one state. */
    private record SankeyView(List<String> labels, List<Integer> source, List<Integer> target,
            List<Double> value, long drawnNodes, boolean circular, long circularDrawn) {

        double sumFrom(String prefix) {
            double sum = 0;
            for (int k = 0; k < value.size(); k++) {
                if (labels.get(source.get(k)).startsWith(prefix)) {
                    sum += value.get(k);
                }
            }
            return sum;
        }

        double sumInto(String prefix) {
            double sum = 0;
            for (int k = 0; k < value.size(); k++) {
                if (labels.get(target.get(k)).startsWith(prefix)) {
                    sum += value.get(k);
                }
            }
            return sum;
        }

        double sumBetweenPlants() {
            double sum = 0;
            for (int k = 0; k < value.size(); k++) {
                if (isPlant(labels.get(source.get(k))) && isPlant(labels.get(target.get(k)))) {
                    sum += value.get(k);
                }
            }
            return sum;
        }

        static boolean isPlant(String label) {
            return !label.startsWith("bought ") && !label.startsWith("sold ")
                    && !label.startsWith("to ");
        }
    }

    private SankeyView sankey(String state) {
        showSankey(state);
        Map<?, ?> v = (Map<?, ?>) js("var gd = document.getElementById('sankey');"
                + " var t = gd.data[0];"
                + " var links = Array.prototype.filter.call(gd.querySelectorAll('.sankey-link'),"
                + "   function (e) { return e.__data__ && e.__data__.link"
                + "     && e.__data__.link.circular; });"
                + " return {labels: t.node.label, source: t.link.source, target: t.link.target,"
                + "   value: t.link.value, drawn: gd.querySelectorAll('.sankey-node').length,"
                + "   circular: !!gd.calcdata[0][0].circular, circularDrawn: links.length};");
        return new SankeyView(strings(v.get("labels")), ints(v.get("source")),
                ints(v.get("target")), doubles(v.get("value")), (Long) v.get("drawn"),
                (Boolean) v.get("circular"), (Long) v.get("circularDrawn"));
    }

    private void checkSankey(String state, FlowState flows, Ledger ledger,
            UnaryOperator<String> group, String what) {
        SankeyView page = sankey(state);
        String where = what + ", " + state + ": ";
        Park park = flows.park();
        double bought = 0;
        double delivered = 0;
        double sold = 0;
        double released = 0;
        for (Ledger.CarrierLedger c : ledger.carriers().values()) {
            double carbon = park.carrier(c.carrier()).carbonPerUnit();
            bought += c.bought() * carbon;
            delivered += (c.exchanged() - c.lost()) * carbon;
            sold += c.sold() * carbon;
            released += (c.released() + c.lost()) * carbon;
        }
        assertRelative(ledger.totals().carbonIn(), bought, where + "purchases = carbonIn");
        assertRelative(ledger.totals().carbonOut(), sold + released, where
                + "sales + releases + losses = carbonOut");
        assertRelative(bought, page.sumFrom("bought "), where + "carbon bought");
        assertRelative(delivered, page.sumBetweenPlants(), where + "carbon delivered on links");
        assertRelative(sold, page.sumInto("sold "), where + "carbon sold");
        assertRelative(released, page.sumInto("to "), where + "carbon released and lost");

        Set<String> expected = expectedNodes(flows, group);
        assertEquals(expected, new TreeSet<>(page.labels), where + "nodes");
        assertEquals(page.labels.size(), page.labels.stream().distinct().count(),
                where + "one node each");
        assertEquals(expected.size(), page.drawnNodes, where + "nodes drawn");
        boolean cyclic = hasLoop(flows, group);
        assertEquals(cyclic, page.circular, where + "circular layout");
        if (cyclic) {
            assertTrue(page.circularDrawn > 0, where + "a loop is drawn as a circular link");
        }
    }

    /** Node labels the page must show, from the flow state: t C > 0 in or out. */
    private static Set<String> expectedNodes(FlowState flows, UnaryOperator<String> group) {
        ParkIndex index = flows.index();
        Park park = flows.park();
        Set<String> nodes = new TreeSet<>();
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.link(l);
            double carbon = park.carrier(link.carrier()).carbonPerUnit();
            if (flows.flow(l) * carbon > 0) {
                nodes.add(group.apply(link.from().value()));
                if ((flows.flow(l) - flows.linkLoss(l)) * carbon > 0) {
                    nodes.add(group.apply(link.to().value()));
                }
                if (flows.linkLoss(l) * carbon > 0) {
                    nodes.add("to air");
                }
            }
        }
        for (int k = 0; k < index.pairCount(); k++) {
            Carrier c = index.carrier(index.pairCarrier(k));
            String plant = group.apply(index.plant(index.pairPlant(k)).value());
            if (flows.bought(k) * c.carbonPerUnit() > 0) {
                nodes.add("bought " + c.id().value());
                nodes.add(plant);
            }
            if (flows.sold(k) * c.carbonPerUnit() > 0) {
                nodes.add("sold " + c.id().value());
                nodes.add(plant);
            }
            if (flows.released(k) * c.carbonPerUnit() > 0) {
                Market m = park.markets().get(c.id());
                String route = m.disposal().orElseThrow().kind().name().toLowerCase(Locale.ROOT);
                nodes.add(route.equals("storage") ? "to storage (permanent)" : "to " + route);
                nodes.add(plant);
            }
        }
        return nodes;
    }

    /** Whether carbon delivered between plants (or their groups) goes round a loop. */
    private static boolean hasLoop(FlowState flows, UnaryOperator<String> group) {
        ParkIndex index = flows.index();
        Map<String, Set<String>> next = new HashMap<>();
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.link(l);
            double carbon = flows.park().carrier(link.carrier()).carbonPerUnit();
            if ((flows.flow(l) - flows.linkLoss(l)) * carbon > 0) {
                next.computeIfAbsent(group.apply(link.from().value()), k -> new TreeSet<>())
                        .add(group.apply(link.to().value()));
            }
        }
        Map<String, Integer> mark = new HashMap<>();
        for (String start : next.keySet()) {
            if (cycleFrom(start, next, mark)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cycleFrom(String node, Map<String, Set<String>> next,
            Map<String, Integer> mark) {
        Integer m = mark.get(node);
        if (m != null) {
            return m == 1;
        }
        mark.put(node, 1);
        for (String n : next.getOrDefault(node, Set.of())) {
            if (cycleFrom(n, next, mark)) {
                return true;
            }
        }
        mark.put(node, 2);
        return false;
    }

    /** The stacked bars of one state add up to the ledger's scope 1, scope 2 and upstream. */
    private void checkEmissions(String stateLabel, Ledger ledger, String what) {
        Map<?, ?> bars = (Map<?, ?>) js("var r = {}; document.getElementById('emissions').data"
                + ".forEach(function (t) { r[t.name] = t.y; }); return r;");
        String[] names = {"Scope 1", "Scope 2", "Upstream (scope 3)"};
        double[] totals = {ledger.totals().scope1(), ledger.totals().scope2(),
            ledger.totals().upstream()};
        for (int k = 0; k < names.length; k++) {
            String name = names[k] + " \u2014 " + stateLabel;
            List<Double> y = doubles(bars.get(name));
            assertEquals(ledger.plants().size(), y.size(), what + ": one bar per plant, " + name);
            assertRelative(totals[k], y.stream().mapToDouble(Double::doubleValue).sum(),
                    what + ": " + name);
        }
    }

    private void assertNoErrors(String what) {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        assertEquals(List.of(), severe, what + ": console errors");
        assertEquals(List.of(), js("return window.symbiosisErrors;"), what + ": page errors");
    }

    private void screenshot(String name) throws IOException {
        long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height, 6000)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A screenshot small enough to commit: each channel rounded to a multiple of 8 (invisible on
     * flat charts), which cuts the colours of anti-aliased curves and lets PNG compress them
     * (175 KB to about 90 KB for the Sankey of shunan-2030 at 860 px).
     */
    private static void writeSmallPng(Path screenshot, Path target) throws IOException {
        BufferedImage in = ImageIO.read(screenshot.toFile());
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int rgb = in.getRGB(x, y);
                int r = Math.min(255, (((rgb >> 16) & 255) + 4) / 8 * 8);
                int g = Math.min(255, (((rgb >> 8) & 255) + 4) / 8 * 8);
                int b = Math.min(255, ((rgb & 255) + 4) / 8 * 8);
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        assertTrue(ImageIO.write(out, "png", target.toFile()), "PNG writer");
    }

    private static void assertRelative(double expected, double actual, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), 1e-9);
        assertEquals(expected, actual, tolerance, what);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static List<Integer> ints(Object list) {
        return ((List<?>) list).stream().map(o -> ((Number) o).intValue()).toList();
    }

    private static List<Double> doubles(Object list) {
        return ((List<?>) list).stream().map(o -> ((Number) o).doubleValue()).toList();
    }
}
