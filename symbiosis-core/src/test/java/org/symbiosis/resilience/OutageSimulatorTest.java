package org.symbiosis.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.resilience.OutageResult.PlantImpact;
import org.symbiosis.resilience.OutageResult.Role;
import org.symbiosis.simulate.RandomParks;
import org.symbiosis.simulate.Simulator;

class OutageSimulatorTest {

    private static final double EPS = 1e-9;

    /**
     * A chain whose middle plant has one supplier of hydrogen, which no market sells.
     *
     * <pre>
     *   supplier --- h2 (pull 1) ---> user --- x (push 1) ---> downstream
     *   meets h2: 3 gas in,            fixed 100 x,             follows x: 1 x in,
     *   8 t CO2 out per t h2           0.5 h2 per x             1 y and 0.2 t CO2 out
     * </pre>
     * Intact: the user needs 50 h2, so the supplier makes 50 from 150 gas (bought at 10, 0.5 t
     * CO2e/t upstream) and releases 400 t CO2; downstream refines 100 x into 100 y (sold at 5)
     * and releases 20 t CO2. Residual 420, life cycle 420 + 150 x 0.5 = 495, cost 150 x 10 -
     * 100 x 5 = 1000.
     */
    static Park chain(boolean h2Market) {
        Park.Builder b = Park.builder().name("chain of three")
                .carrier(Carrier.of("gas", "t").withKind(CarrierKind.FUEL))
                .carrier(Carrier.of("h2", "t"))
                .carrier(Carrier.of("co2", "t").withGwp(1))
                .carrier(Carrier.of("x", "t"))
                .carrier(Carrier.of("y", "t"))
                .plant(Plant.of("supplier", "chemicals", Process.builder("supplier.make")
                        .reference("h2").input("gas", 3).output("h2", 1).output("co2", 8)
                        .meets("h2").build()))
                .plant(Plant.of("user", "chemicals", Process.builder("user.use")
                        .reference("x").input("h2", 0.5).output("x", 1).fixed(100).build()))
                .plant(Plant.of("downstream", "chemicals", Process.builder("downstream.refine")
                        .reference("x").input("x", 1).output("y", 1).output("co2", 0.2)
                        .follows("x").build()))
                .link(Link.pull("h2-pipe", "supplier", "user", "h2", 1))
                .link(Link.push("x-pipe", "user", "downstream", "x", 1))
                .market(Market.buy("gas", 10, 0.5))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.sell("y", 5, 0));
        if (h2Market) {
            b.market(Market.buy("h2", 20, 2));
        }
        return b.build();
    }

    /**
     * A loop: the power plant meets the factory's and the capture unit's electricity, and the
     * capture unit runs on the power plant's CO2.
     *
     * <pre>
     *   factory <-- electricity (pull 1) -- power -- co2 (push 1: "flue") --> capture
     *   fixed 1000                          meets electricity,                follows co2:
     *                                       2 GJ gas, 0.1 t CO2 per MWh       1 MWh per t CO2,
     *                     power <-- electricity (pull 1) -------------------  0.9 stored, 0.1 vented
     * </pre>
     * Intact: E = 1000 + 0.1 E, so E = 1000 / 0.9 = 1111.11 MWh; capture 111.11 t, venting
     * 11.11 t; gas 2222.22 GJ (0.05 t CO2e/GJ upstream: 111.11). Residual 11.11, life cycle
     * 122.22.
     */
    static Park loop() {
        return Park.builder().name("capture loop")
                .carrier(Carrier.of("gas", "GJ").withKind(CarrierKind.FUEL))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("co2", "t").withGwp(1))
                .carrier(Carrier.of("co2-stored", "t"))
                .carrier(Carrier.of("goods", "t"))
                .plant(Plant.of("factory", "chemicals", Process.builder("factory.make")
                        .reference("goods").input("electricity", 1).output("goods", 1)
                        .fixed(1000).build()))
                .plant(Plant.of("power", "power", Process.builder("power.gen")
                        .reference("electricity").input("gas", 2).output("electricity", 1)
                        .output("co2", 0.1).meets("electricity").build()))
                .plant(Plant.of("capture", "capture", Process.builder("capture.amine")
                        .reference("co2").input("co2", 1).input("electricity", 1)
                        .output("co2-stored", 0.9).output("co2", 0.1).follows("co2").build()))
                .link(Link.pull("power-factory", "power", "factory", "electricity", 1))
                .link(Link.pull("power-capture", "power", "capture", "electricity", 1))
                .link(Link.push("flue", "power", "capture", "co2", 1))
                .market(Market.buy("gas", 1, 0.05))
                .market(Market.buy("electricity", 100, 0.5))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-stored", DisposalKind.STORAGE, 0))
                .market(Market.sell("goods", 0, 0))
                .build();
    }

    private static Map<PlantId, PlantImpact> byPlant(OutageResult result) {
        return result.plants().stream().collect(Collectors.toMap(PlantImpact::plant,
                Function.identity()));
    }

    @Test
    void plantThatLosesItsOnlySupplierCannotRunAndStopsWhatFollowsIt() {
        OutageResult result = new OutageSimulator().simulate(chain(false),
                Outage.of(PlantId.of("supplier")));
        assertTrue(result.runs());
        // Round 1: the user needs 100 x 0.5 = 50 t h2; nothing supplies it, no market sells it.
        assertEquals(1, result.cascade().size());
        OutageResult.CascadeStep step = result.cascade().get(0);
        assertEquals(PlantId.of("user"), step.plant());
        assertEquals(CarrierId.of("h2"), step.carrier());
        assertEquals(1, step.round());
        assertTrue(step.shortfall());
        assertEquals(50, step.amount(), EPS);
        // Round 2: the user stands still, so downstream receives no x and idles. Nothing is
        // left: residual 420 -> 0, life cycle 495 -> 0, cost 1000 -> 0.
        assertEquals(-420, result.residualChange(), EPS);
        assertEquals(-495, result.lifecycleChange(), EPS);
        assertEquals(-1000, result.costChange(), EPS);
        // Knock-on: the user had no emissions; downstream's 20 t go.
        assertEquals(-20, result.knockOnLifecycle(), EPS);
        assertEquals(-20, result.knockOnResidual(), EPS);
        assertEquals(1, result.plantsIdle());
        assertEquals(0, result.plantsLosingInputs());
        Map<PlantId, PlantImpact> plants = byPlant(result);
        assertEquals(Role.OUT, plants.get(PlantId.of("supplier")).role());
        assertEquals(Role.CANNOT_RUN, plants.get(PlantId.of("user")).role());
        assertEquals(Role.IDLE, plants.get(PlantId.of("downstream")).role());
        assertEquals(Role.IDLE, result.plant(PlantId.of("downstream")).orElseThrow().role());
        assertTrue(result.plant(PlantId.of("elsewhere")).isEmpty());
        assertEquals(List.of(org.symbiosis.model.ProcessId.of("downstream.refine")),
                plants.get(PlantId.of("downstream")).processesStopped());
    }

    @Test
    void plantThatLosesItsSupplierBuysFromTheMarketWhereOneSells() {
        OutageResult result = new OutageSimulator().simulate(chain(true),
                Outage.of(PlantId.of("supplier")));
        assertTrue(result.cascade().isEmpty());
        // The user buys its 50 t h2 (2 t CO2e/t upstream: +100); the supplier's 400 t CO2 and
        // 75 t upstream of gas go; downstream runs as before. Cost: +50 x 20 - 150 x 10 = -500.
        assertEquals(-400, result.residualChange(), EPS);
        assertEquals(-400 - 75 + 100, result.lifecycleChange(), EPS);
        assertEquals(-500, result.costChange(), EPS);
        assertEquals(100, result.knockOnLifecycle(), EPS);
        assertEquals(1, result.plantsLosingInputs());
        OutageResult.CarrierChange h2 = byPlant(result).get(PlantId.of("user")).carriers().get(0);
        assertEquals(CarrierId.of("h2"), h2.carrier());
        assertEquals(50, h2.boughtChange(), EPS);
        assertFalse(byPlant(result).containsKey(PlantId.of("downstream")));
    }

    @Test
    void brokenLoopReleasesWhatItUsedToCapture() {
        OutageResult result = new OutageSimulator().simulate(loop(), Outage.of(LinkId.of("flue")));
        // Without the flue-gas link the capture unit idles, so the power plant makes only the
        // factory's 1000 MWh (2000 GJ gas, 100 upstream) and releases its 100 t CO2.
        // Residual 11.11 -> 100, life cycle 122.22 -> 200.
        assertEquals(100 - 100 / 9.0, result.residualChange(), 1e-6);
        assertEquals(200 - 1100 / 9.0, result.lifecycleChange(), 1e-6);
        assertEquals(result.lifecycleChange(), result.knockOnLifecycle(), EPS);
        assertEquals(1, result.plantsIdle());
        OutageResult.CarrierChange co2 = byPlant(result).get(PlantId.of("power")).carriers()
                .stream().filter(c -> c.carrier().value().equals("co2")).findFirst()
                .orElseThrow();
        assertEquals(100, co2.releasedChange(), 1e-6);
    }

    @Test
    void plantOutOfALoopCountsItsOwnEmissionsApartFromTheKnockOn() {
        OutageResult capture = new OutageSimulator().simulate(loop(),
                Outage.of(PlantId.of("capture")));
        // The same physical state as the broken link, but the capture unit's own 11.11 t vent
        // is its own change, not knock-on: knock-on = power's 122.22 - 111.11 -> 200 = 88.89.
        assertEquals(200 - 1100 / 9.0, capture.lifecycleChange(), 1e-6);
        assertEquals(200 - 1000 / 9.0, capture.knockOnLifecycle(), 1e-6);
        OutageResult power = new OutageSimulator().simulate(loop(),
                Outage.of(PlantId.of("power")));
        // Power out: the factory buys 1000 MWh (0.5 t CO2e/MWh scope 2: 500), the capture
        // unit idles. Life cycle 122.22 -> 500; knock-on: factory +500, capture -11.11.
        assertEquals(500 - 1100 / 9.0, power.lifecycleChange(), 1e-6);
        assertEquals(500 - 100 / 9.0, power.knockOnLifecycle(), 1e-6);
        assertEquals(1, power.plantsLosingInputs());
        assertEquals(1, power.plantsIdle());
    }

    @Test
    void nMinusKTakesOutSeveralElementsAtOnce() {
        OutageResult both = new OutageSimulator().simulate(loop(), new Outage(
                List.of(PlantId.of("factory"), PlantId.of("capture")), List.of()));
        // Nothing asks the power plant for electricity: it idles, and its 111.11 upstream go.
        assertEquals(-1000 / 9.0, both.knockOnLifecycle(), 1e-6);
        assertEquals(-1100 / 9.0, both.lifecycleChange(), 1e-6);
        assertEquals(Role.IDLE, byPlant(both).get(PlantId.of("power")).role());
    }

    @Test
    void keystonesAreRankedByTheKnockOnRise() {
        ResilienceAnalysis analysis = new OutageSimulator().nMinusOne(loop());
        // Knock-on: power +488.89, capture +88.89; factory out leaves E = 0.1 E, so power and
        // capture both idle: -111.11 upstream and -11.11 vent, -122.22.
        List<String> ranked = analysis.keystones().stream().map(r -> r.outage().label())
                .toList();
        assertEquals(List.of("plant power", "plant capture", "plant factory"), ranked);
        assertEquals(-1100 / 9.0, analysis.keystones().get(2).impact(), 1e-6);
        assertEquals(2, analysis.keystones().get(2).plantsIdle());
        assertEquals(3, analysis.criticalLinks().size());
        assertEquals(6, analysis.outages().size());
        assertEquals(11 + 1 / 9.0, analysis.intact().residual(), 1e-6);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Park park = RandomParks.generate(seed, 12, 0.5);
            try {
                new Simulator().simulate(park);
            } catch (UnsolvableParkException e) {
                continue;
            }
            ResilienceAnalysis one = new OutageSimulator(new Simulator(), 1, true)
                    .nMinusOne(park);
            ResilienceAnalysis two = new OutageSimulator(new Simulator(), 2, true)
                    .nMinusOne(park);
            assertEquals(one.outages(), two.outages(), "seed " + seed);
            compared++;
        }
        assertTrue(compared >= 6, "only " + compared + " random parks could run");
    }

    @Test
    void rejectsAnOutageOfAnUnknownPlantWithASuggestion() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new OutageSimulator().simulate(loop(), Outage.of(PlantId.of("powr"))));
        assertEquals("The outage names plant 'powr', which is not in the park: maybe 'power'?",
                e.getMessage());
        assertEquals("plant 'powr'", e.issues().get(0).element());
        assertEquals("powr", e.issues().get(0).value());
    }

    @Test
    void rejectsAnOutageOfAnUnknownLinkNamingTheFix() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new OutageSimulator().simulate(loop(), Outage.of(LinkId.of(
                        "zzzzzzzzzzzzzzzz"))));
        assertEquals("The outage names link 'zzzzzzzzzzzzzzzz', which is not in the park: name"
                + " one of its links.", e.getMessage());
        assertEquals("link 'zzzzzzzzzzzzzzzz'", e.issues().get(0).element());
        assertEquals("zzzzzzzzzzzzzzzz", e.issues().get(0).value());
    }
}
