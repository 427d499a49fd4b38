package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.io.ParkFile;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.ParkPath;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;

/** A market that takes only so much: a sale limit and a blending limit (issue 14). */
class SaleLimitTest {

    private static final CarrierId GAS = CarrierId.of("gas");

    /**
     * Two makers of a gas the park sells to a grid that takes at most {@code sale}.
     *
     * <pre>
     *   maker-a: fixed 30 t gas  --\
     *                               &gt;-- market 'gas' (sale limit; release to air if given)
     *   maker-b: fixed 10 t gas  --/
     * </pre>
     */
    private static Park makers(Market.Sale sale, boolean disposal) {
        Market market = new Market(GAS, Optional.empty(), Optional.of(sale), disposal
                ? Optional.of(new Market.Disposal(DisposalKind.AIR, 0)) : Optional.empty(), "");
        return Park.builder().name("makers")
                .carrier(Carrier.of("gas", "t"))
                .plant(Plant.of("maker-a", "chemicals", Process.builder("a.make")
                        .reference("gas").output("gas", 1).fixed(30).build()))
                .plant(Plant.of("maker-b", "chemicals", Process.builder("b.make")
                        .reference("gas").output("gas", 1).fixed(10).build()))
                .market(market)
                .build();
    }

    private static Market.Sale limitedTo20() {
        return new Market.Sale(100, 0).withLimit(20);
    }

    /**
     * 40 t to sell, 20 taken: each maker sells its share of the limit in proportion to its
     * surplus (30/40 and 10/40 of 20: 15 and 5) and releases the rest (15 and 5).
     */
    @Test
    void sellsWithinTheLimitInProportionAndReleasesTheRest() {
        FlowState state = new Simulator().simulate(makers(limitedTo20(), true)).state();
        PlantId a = PlantId.of("maker-a");
        PlantId b = PlantId.of("maker-b");
        assertEquals(15, state.sold(a, GAS), 1e-12);
        assertEquals(5, state.sold(b, GAS), 1e-12);
        assertEquals(15, state.released(a, GAS), 1e-12);
        assertEquals(5, state.released(b, GAS), 1e-12);
        Ledger.CarrierLedger gas = Ledger.of(state).carriers().get(GAS);
        assertEquals(20, gas.sold(), 1e-12);
        assertEquals(20, gas.released(), 1e-12);
    }

    /** Below the limit nothing changes: 40 t sold under a limit of 50. */
    @Test
    void aLimitThatDoesNotBindChangesNothing() {
        FlowState state = new Simulator().simulate(makers(new Market.Sale(100, 0).withLimit(50),
                true)).state();
        assertEquals(30, state.sold(PlantId.of("maker-a"), GAS), 1e-12);
        assertEquals(10, state.sold(PlantId.of("maker-b"), GAS), 1e-12);
        assertEquals(0, state.released(PlantId.of("maker-a"), GAS));
    }

    /** Without a disposal route the excess is an error naming the market, both amounts and the fix. */
    @Test
    void anExcessWithNowhereToGoIsAnErrorNamingTheMarket() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new Simulator().simulate(makers(limitedTo20(), false)));
        List<ParkIssue> issues = e.issues();
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("market 'gas'", issues.get(0).element());
        assertTrue(issues.get(0).message().startsWith("The park has 40.0000 t of 'gas' to sell,"
                + " more than its market takes (20.0000): lower what the park makes of it"),
                issues.get(0).message());
    }

    /**
     * A blending limit of 1 % of a 2,000 t stream is 20 t; with a larger plain limit beside it
     * the smaller one applies, and the message says where it comes from.
     */
    @Test
    void aBlendingLimitIsAShareOfTheReceivingStream() {
        Market.Sale blended = new Market.Sale(100, 0).withLimit(35)
                .withBlend(new Market.Blend(0.01, 2000, "the test grid"));
        assertEquals(20, blended.maximum(), 1e-12);
        FlowState state = new Simulator().simulate(makers(blended, true)).state();
        assertEquals(15, state.sold(PlantId.of("maker-a"), GAS), 1e-12);
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new Simulator().simulate(makers(blended, false)));
        assertTrue(e.issues().get(0).message().contains("(20.0000, 1.00000 % of the test grid)"),
                e.issues().get(0).message());
        assertEquals(35, blended.withBlend(null).maximum(), "without the blend, the plain limit");
    }

    /** A pathway raises the blending share year by year through a typed path. */
    @Test
    void pathsReadAndSetTheLimits() {
        Park park = makers(new Market.Sale(100, 0).withBlend(new Market.Blend(0.01, 2000,
                "the test grid")), true);
        ParkPath share = ParkPath.parse("market:gas:blendShare");
        ParkPath stream = ParkPath.parse("market:gas:blendStream");
        ParkPath limit = ParkPath.parse("market:gas:sellLimit");
        assertEquals(0.01, share.read(park));
        assertEquals(2000, stream.read(park));
        assertEquals(Double.POSITIVE_INFINITY, limit.read(park));
        Park in2050 = share.with(park, 0.9);
        assertEquals(1800, in2050.market(GAS).orElseThrow().sell().orElseThrow().maximum(),
                1e-9);
        assertEquals(40, new Simulator().simulate(in2050).state().sold(PlantId.of("maker-a"), GAS)
                + new Simulator().simulate(in2050).state().sold(PlantId.of("maker-b"), GAS),
                1e-12);
        Park capped = limit.with(park, 8);
        assertEquals(8, capped.market(GAS).orElseThrow().sell().orElseThrow().maximum());
        Market.Sale repriced = ParkPath.parse("market:gas:sellPrice").with(capped, 120)
                .market(GAS).orElseThrow().sell().orElseThrow();
        assertEquals(120, repriced.price());
        assertEquals(8, repriced.maximum(), "a new price keeps the limit");
        InvalidValueException out = assertThrows(InvalidValueException.class,
                () -> share.with(park, 1.5));
        assertTrue(out.getMessage().contains("The share (1.5) of a blending limit must be"
                + " between 0 and 1"), out.getMessage());
        Park plain = makers(limitedTo20(), true);
        InvalidValueException none = assertThrows(InvalidValueException.class,
                () -> share.read(plain));
        assertTrue(none.getMessage().contains("the market for 'gas' has no blending limit"),
                none.getMessage());
    }

    /** The limits survive a write and a read; a bad share names the market. */
    @Test
    void parkFilesCarryTheLimits() {
        Park park = makers(new Market.Sale(100, 2.5).withLimit(35)
                .withBlend(new Market.Blend(0.01, 2000, "the test grid")), true);
        String json = ParkFiles.toJson(park);
        assertTrue(json.contains("\"limit\" : 35.0") || json.contains("\"limit\": 35.0"), json);
        Market.Sale read = ParkFiles.parse(json, "makers.json").park().market(GAS).orElseThrow()
                .sell().orElseThrow();
        assertEquals(park.market(GAS).orElseThrow().sell().orElseThrow(), read);
        String bad = json.replace("0.01", "1.5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParkFiles.parse(bad, "makers.json"));
        assertTrue(e.getMessage().contains("The share (1.5) of market 'gas''s blending limit"
                + " must be between 0 and 1"), e.getMessage());
        String noInto = json.replaceAll("\"into\" ?: ?\"the test grid\"", "\"into\": \"\"");
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> ParkFiles.parse(noInto, "makers.json"));
        assertTrue(empty.getMessage().contains("blending limit must not be empty"),
                empty.getMessage());
        String noStream = json.replaceAll("\"stream\" ?: ?2000\\.0,", "");
        assertTrue(!noStream.equals(json), "the stream was found");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ParkFiles.parse(noStream, "makers.json"));
        assertTrue(missing.getMessage().contains("The field 'stream' of market 'gas''s blending"
                + " limit (carrier unit per year) is missing: it is required."),
                missing.getMessage());
    }

    /** A recycled-carbon fuel sold to a market with a limit is a bounded sink: no warning. */
    @Test
    void aLimitedMarketBoundsARecycledCarbonSink() {
        String fuel = """
                {"name": "fuel", "carriers": [
                  {"id": "fuel", "unit": "t", "carbon": 0.2729},
                  {"id": "co2", "unit": "t", "carbon": 0.2729},
                  {"id": "methane", "unit": "t", "carbon": 0.7488376, "recycledCarbon": true}],
                 "plants": [
                  {"id": "source", "sector": "cement", "processes": [{"id": "source.kiln",
                    "reference": "co2", "inputs": {"fuel": 1}, "outputs": {"co2": 1},
                    "rule": {"fixed": 100}}]},
                  {"id": "synth", "sector": "chemicals", "processes": [{"id": "synth.make",
                    "reference": "methane", "inputs": {"co2": 2.744},
                    "outputs": {"methane": 1}, "rule": {"follows": "co2"}}]}],
                 "links": [{"id": "pipe", "from": "source", "to": "synth", "carrier": "co2",
                    "push": 1}],
                 "markets": [{"carrier": "fuel", "buy": {"price": 1}},
                    {"carrier": "methane", "sell": {"price": 1, "displacedFactor":
                    2.744 SALE}}]}
                """;
        ParkFile unbounded = ParkFiles.parse(fuel.replace(" SALE", ""), "fuel.json");
        assertEquals(1, unbounded.warnings().size(), unbounded.warnings().toString());
        assertTrue(unbounded.warnings().get(0).contains("is recycled-carbon fuel sold to the"
                + " market"), unbounded.warnings().get(0));
        ParkFile bounded = ParkFiles.parse(fuel.replace(" SALE", ", \"blend\": {\"share\": 0.5,"
                + " \"stream\": 100, \"into\": \"a grid\"}"), "fuel.json");
        assertEquals(List.of(), bounded.warnings());
        // 100 t CO2 make 36.44 t of methane; the grid takes 50: all of it is sold.
        assertEquals(100 / 2.744, new Simulator().simulate(bounded.park()).state()
                .sold(PlantId.of("synth"), CarrierId.of("methane")), 1e-9);
    }
}
