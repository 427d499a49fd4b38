package org.symbiosis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.simulate.Simulator;

/** Typed paths, edits and withers: what a parameter sweep uses. */
class ParkPathTest {

    private static final Path CHAIN = Path.of("src/test/resources/parks/chain.json");

    private static Park chain() {
        return ParkFiles.read(CHAIN).park();
    }

    /**
     * The chain fixture at capture rate r (captured r, vented 1 - r per t of flue CO2): 1000 t
     * of flue CO2, so scope 1 is 1000 (1 - r) vented at the capture plant, and scope 2 is the
     * grid power of capture (0.25 x 1000 MWh) and mineralisation (0.05 x 1000 r MWh) at 0.423 t
     * CO2e/MWh. Residual = 1000 (1 - r) + (250 + 50 r) x 0.423, by hand:
     * r = 0.80: 200 + 290 x 0.423 = 322.67; r = 0.90: 100 + 295 x 0.423 = 224.785;
     * r = 0.95: 50 + 297.5 x 0.423 = 175.8425.
     */
    @Test
    void sweepsACaptureRateWithTwoPaths() {
        Park park = chain();
        ParkPath captured = ParkPath.parse("process:capture.amine:output:co2-captured");
        ParkPath vented = ParkPath.parse("process:capture.amine:output:co2");
        assertEquals(0.9, captured.read(park));
        double[] rates = {0.80, 0.90, 0.95};
        double[] expected = {322.67, 224.785, 175.8425};
        for (int i = 0; i < rates.length; i++) {
            Park changed = new ParkEdit(park).set(captured, rates[i]).set(vented, 1 - rates[i])
                    .build();
            assertEquals(rates[i], captured.read(changed));
            assertEquals(1 - rates[i], vented.read(changed), 1e-15);
            double residual = new Simulator().run(changed).withSymbiosis().ledger().totals()
                    .residual();
            assertEquals(expected[i], residual, 1e-9, "rate " + rates[i]);
        }
        assertEquals(0.9, captured.read(park), "the base park is unchanged");
    }

    @Test
    void readsAndSetsEveryKindOfNumber() {
        Park park = chain();
        String[][] cases = {
            {"process:power.coal:capacity", "2000", "2500"},
            {"process:power.coal:fixed", "1000", "800"},
            {"process:power.coal:input:coal", "0.4", "0.38"},
            {"link:co2-pipe:share", "1", "0.5"},
            {"link:co2-pipe:capacity", "Infinity", "700"},
            {"market:electricity:buyFactor", "0.423", "0.3"},
            {"market:electricity:buyPrice", "150", "160"},
            {"market:electricity:sellPrice", "120", "110"},
            {"market:electricity:displacedFactor", "0.423", "0.4"},
        };
        for (String[] c : cases) {
            ParkPath path = ParkPath.parse(c[0]);
            assertEquals(Double.parseDouble(c[1]), path.read(park), c[0]);
            Park changed = path.with(park, Double.parseDouble(c[2]));
            assertEquals(Double.parseDouble(c[2]), path.read(changed), c[0]);
            assertEquals(Double.parseDouble(c[1]), path.read(park), c[0] + " in the base");
        }
    }

    /**
     * The chain fixture's numbers as written in chain.json, with two origins added to the coal
     * market (a: factor 0.1, price 90, share 0.6; b: factor 0.2, price 110, share 0.4) and costs
     * on the capture process (2 per t of flue CO2, 500 a year). Each path reads its number; set,
     * it reads the new one, and every other path still reads what it did.
     */
    @Test
    void readsAndSetsCarrierLinkCostAndMarketNumbersLeavingTheRestAlone() {
        Park base = chain();
        Market coal = base.market(CarrierId.of("coal")).orElseThrow();
        Market.Purchase buy = coal.buy().orElseThrow();
        Park park = base.toBuilder()
                .replaceMarket(coal.withPurchase(buy.withOrigins(java.util.List.of(
                        Market.Origin.of("a", 0.1, 0.6).withPrice(90),
                        Market.Origin.of("b", 0.2, 0.4).withPrice(110)))))
                .build()
                .withProcess(base.plant(PlantId.of("capture")).processes().get(0)
                        .withCosts(2, 500));
        String[][] cases = {
            {"carrier:coal:carbon", "0.68225", "0.7"},
            {"carrier:co2:gwp", "1", "0.95"},
            {"carrier:electricity:carbon", "0", "0"},
            {"link:co2-pipe:loss", "0", "0.02"},
            {"link:co2-pipe:cost", "0", "3.5"},
            {"link:co2-pipe:distance", "2.5", "4"},
            {"link:co2-pipe:transportFactor", "0", "5.4e-6"},
            {"process:capture.amine:variableCost", "2", "2.5"},
            {"process:capture.amine:fixedCost", "500", "650"},
            {"market:co2-mineral:disposalCost", "0", "12"},
            {"market:coal:origin:a:price", "90", "95"},
            {"market:coal:origin:b:factor", "0.2", "0.25"},
            {"market:coal:origin:a:share", "0.6", "0.6"},
            {"market:electricity:buyPrice", "150", "160"},
        };
        for (String[] c : cases) {
            ParkPath path = ParkPath.parse(c[0]);
            assertEquals(Double.parseDouble(c[1]), path.read(park), c[0]);
            Park changed = path.with(park, Double.parseDouble(c[2]));
            assertEquals(Double.parseDouble(c[2]), path.read(changed), c[0]);
            for (String[] other : cases) {
                if (!other[0].equals(c[0])) {
                    assertEquals(Double.parseDouble(other[1]), ParkPath.parse(other[0])
                            .read(changed), other[0] + " after setting " + c[0]);
                }
            }
        }
        // The disposal route keeps its kind; a market without one says so.
        Park dearer = ParkPath.parse("market:co2-mineral:disposalCost").with(park, 12);
        assertEquals(DisposalKind.STORAGE, dearer.market(CarrierId.of("co2-mineral"))
                .orElseThrow().disposal().orElseThrow().kind());
        assertEquals("the market for 'coal' has no disposal route ('disposal')",
                ParkPath.parse("market:coal:disposalCost").problemIn(park).orElseThrow());
        assertEquals("the park has no carrier 'steam'",
                ParkPath.parse("carrier:steam:gwp").problemIn(park).orElseThrow());
        assertEquals(ParkPath.Element.CARRIER, ParkPath.parse("carrier:co2:gwp").element());
        InvalidValueException loss = assertThrows(InvalidValueException.class,
                () -> ParkPath.parse("link:co2-pipe:loss").with(park, 1.5));
        assertEquals("1.5", loss.issues().get(0).value());
    }

    @Test
    void namesThePathTheElementAndTheFix() {
        InvalidValueException bad = assertThrows(InvalidValueException.class,
                () -> ParkPath.parse("process:power.coal:speed"));
        assertEquals("The parameter 'process:power.coal:speed' is not a path this tool knows:"
                + " write process:ID:capacity|fixed|variableCost|fixedCost|input:CARRIER|"
                + "output:CARRIER, link:ID:share|capacity|loss|cost|distance|transportFactor,"
                + " carrier:ID:carbon|gwp, market:CARRIER:buyFactor|buyPrice|sellPrice|"
                + "displacedFactor|sellLimit|blendShare|blendStream|disposalCost or"
                + " market:CARRIER:origin:ORIGIN:share|factor|price.",
                bad.getMessage());
        assertEquals("process:power.coal:speed", bad.issues().get(0).value());
        Park park = chain();
        ParkPath missing = ParkPath.parse("link:co2-pipes:share");
        assertEquals("the park has no link 'co2-pipes'", missing.problemIn(park).orElseThrow());
        InvalidValueException unfit = assertThrows(InvalidValueException.class,
                () -> missing.with(park, 0.5));
        assertEquals("The path 'link:co2-pipes:share' does not fit the park: the park has no"
                + " link 'co2-pipes'.", unfit.getMessage());
        InvalidValueException share = assertThrows(InvalidValueException.class,
                () -> ParkPath.parse("link:co2-pipe:share").with(park, 1.5));
        assertEquals("1.5", share.issues().get(0).value());
        assertTrue(share.getMessage().contains("1.5"), share.getMessage());
        assertTrue(ParkPath.parse("process:power.coal:fixed").problemIn(park).isEmpty());
    }

    @Test
    void withersChangeOneThingAndToBuilderRoundTrips() {
        Park park = chain();
        Process capture = park.plant(PlantId.of("capture")).processes().get(0);
        assertEquals(capture, capture.toBuilder().build());
        Process noPower = capture.withInput(CarrierId.of("electricity"), 0);
        assertFalse(noPower.inputs().containsKey(CarrierId.of("electricity")));
        assertEquals(capture.withCosts(2, 3).variableCost(), 2);
        Park changed = park.withProcess(noPower);
        assertEquals(0, changed.plant(PlantId.of("capture")).processes().get(0)
                .input(CarrierId.of("electricity")));
        Link pipe = park.link(LinkId.of("co2-pipe"));
        assertEquals(0.25, pipe.withShare(0.25).rule().fraction());
        assertTrue(pipe.withShare(0.25).rule() instanceof LinkRule.Push);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> LinkRule.push(1.5));
        assertEquals("1.5", e.issues().get(0).value());
        assertThrows(InvalidValueException.class, () -> park.plant(PlantId.of("capture"))
                .withProcess(Process.builder("other").reference("co2").input("co2", 1).fixed(1).build()));
    }

    @Test
    void ledgerLookupsNameAnUnknownId() {
        var ledger = new Simulator().run(chain()).withSymbiosis().ledger();
        assertEquals(100, ledger.plant(PlantId.of("capture")).scope1(), 1e-9,
                "0.1 x 1000 t vented at the capture plant");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ledger.plant(PlantId.of("kiln")));
        assertEquals("The ledger has no plant 'kiln': the park has none of that id.",
                e.getMessage());
        assertEquals("kiln", e.issues().get(0).value());
        assertThrows(InvalidValueException.class, () -> ledger.carrier(CarrierId.of("steam")));
    }

    @Test
    void readingAStreamLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(Files.readAllBytes(CHAIN)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals("chain", ParkFiles.read(in, "chain.json").park().name());
        assertFalse(closed[0], "the caller's stream was closed");
    }
}
