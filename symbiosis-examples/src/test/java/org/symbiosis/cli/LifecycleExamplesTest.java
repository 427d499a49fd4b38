package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowState;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Market;
import org.symbiosis.model.Measure;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.pathway.MeasureEffects;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/** The life-cycle answers of the bundled examples, against identities computed here. */
class LifecycleExamplesTest {

    /** t CO2e per t of an origin, as the ledger's documented rule computes it. */
    private static double perUnit(Market.Origin o) {
        return o.factor() + o.transport().map(t -> t.km() * t.factor()).orElse(0.0);
    }

    private static double bought(FlowState state, String carrier) {
        double total = 0;
        for (PlantId plant : state.park().plants().keySet()) {
            total += state.bought(plant, CarrierId.of(carrier));
        }
        return total;
    }

    /**
     * shunan-2030's ammonia co-firing, grey: the life-cycle change must equal the residual
     * change plus the upstream of what the measure changes in purchases (ammonia in at grey's
     * 2.4 + 7,260 km x 9.11 g/t·km, coal out at its origin's factor and shipping), and it must
     * be positive: co-firing with grey ammonia raises life-cycle emissions. Blue is break-even
     * within 0.1 % of the stack saving; green lowers them.
     */
    @Test
    void greyAmmoniaCoFiringRaisesLifeCycleEmissionsByTheUpstreamItAdds() {
        Park park = ParkSources.open("shunan-2030").park();
        Measure cofiring = park.measures().stream().filter(m -> m.id().equals(
                "ammonia-cofiring")).findFirst().orElseThrow();
        Simulator simulator = new Simulator();
        Simulation with = simulator.simulate(park);
        Simulation without = simulator.simulate(MeasureEffects.without(park, cofiring));
        Market.Origin grey = park.market(CarrierId.of("nh3")).orElseThrow().buy().orElseThrow()
                .origins().get(0);
        Market.Origin coal = park.market(CarrierId.of("coal")).orElseThrow().buy().orElseThrow()
                .origins().get(0);
        assertEquals("grey", grey.id());
        assertEquals(2.4 + 7260 * 9.11e-6, perUnit(grey), 1e-12);
        double nh3 = bought(with.state(), "nh3");
        assertTrue(nh3 > 0.8e6 && nh3 < 1.0e6, "about 0.82 Mt of ammonia, inside the hub's 1 Mt: "
                + nh3);
        double coalSaved = bought(without.state(), "coal") - bought(with.state(), "coal");
        Ledger.Totals w = with.ledger().totals();
        Ledger.Totals wo = without.ledger().totals();
        double residualChange = w.residual() - wo.residual();
        double expected = residualChange + nh3 * perUnit(grey) - coalSaved * perUnit(coal);
        double lifecycleChange = w.lifecycle() - wo.lifecycle();
        assertEquals(expected, lifecycleChange, 1e-6 * Math.abs(expected));
        assertTrue(residualChange < -1.4e6, "co-firing cuts the stack: " + residualChange);
        assertTrue(lifecycleChange > 0.4e6, "grey ammonia raises the life cycle: "
                + lifecycleChange);

        CliRun run = CliRun.of("run", "shunan-2030");
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out().replace('\n', ' ');
        assertTrue(text.contains("ammonia-cofiring (20 % ammonia by heat in both captive coal"
                + " plants, grey ammonia unless --origin says otherwise) lowers residual"
                + " emissions by " + String.format(java.util.Locale.ROOT, "%,.0f",
                        -residualChange) + " t CO2e/yr and RAISES life-cycle emissions by "
                + String.format(java.util.Locale.ROOT, "%,.0f", lifecycleChange)), text);

        for (String origin : List.of("blue", "green")) {
            CliRun variant = CliRun.of("run", "shunan-2030", "--origin", "nh3=" + origin);
            assertEquals(0, variant.exitCode(), variant.err());
            assertTrue(variant.out().replace('\n', ' ').contains("and lowers life-cycle"
                    + " emissions by"), origin + ": " + variant.out());
        }
    }

    private static final Pattern VERDICT = Pattern.compile("Symbiosis (lowers|raises) residual"
            + " emissions by ([0-9,.]+) t CO2e/yr");

    /**
     * The saving a report states is the change of residual emissions and nothing else: avoided
     * emissions outside (a memo) are never part of it, in any bundled example. And no README or
     * doc adds "avoided" to a saving.
     */
    @Test
    void noReportOrDocumentAddsAvoidedEmissionsToASaving() throws IOException {
        for (ParkSources.Example example : ParkSources.examples()) {
            CliRun run = CliRun.of("run", example.name(), "--json",
                    Files.createTempDirectory("avoided").resolve("r.json").toString());
            assertEquals(0, run.exitCode(), run.err());
            Matcher m = VERDICT.matcher(run.out().replace('\n', ' '));
            assertTrue(m.find(), run.out());
            var result = new Simulator().run(ParkSources.open(example.name()).park());
            double saving = result.baseline().ledger().totals().residual()
                    - result.withSymbiosis().ledger().totals().residual();
            double stated = Double.parseDouble(m.group(2).replace(",", ""));
            assertEquals(Math.abs(saving), stated, Math.max(0.51, 1e-6 * Math.abs(saving)),
                    example.name() + ": the stated saving is not the residual change");
            double avoided = result.withSymbiosis().ledger().totals().avoided()
                    - result.baseline().ledger().totals().avoided();
            if (Math.abs(avoided) > 1) {
                assertTrue(Math.abs(stated - Math.abs(saving + avoided)) > 0.5,
                        example.name() + ": the saving includes avoided emissions");
            }
        }
        Path root = Path.of("..").toAbsolutePath().normalize();
        Pattern sum = Pattern.compile("(?i)(saving|saves)[^.]*\\d[^.]*(\\+|plus)[^.]*avoided");
        try (Stream<Path> files = Stream.of(root.resolve("README.md"),
                root.resolve("symbiosis-examples/README.md"), root.resolve("docs"))
                .flatMap(LifecycleExamplesTest::markdown)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file).replace('\n', ' ');
                Matcher found = sum.matcher(text);
                assertTrue(!found.find(), file + " adds avoided emissions to a saving: "
                        + (found.hitEnd() ? "" : text.substring(Math.max(0, found.start()),
                                Math.min(text.length(), found.end()))));
            }
        }
    }

    private static Stream<Path> markdown(Path path) {
        try {
            return Files.isDirectory(path) ? Files.list(path).filter(p -> p.toString()
                    .endsWith(".md")) : Stream.of(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
