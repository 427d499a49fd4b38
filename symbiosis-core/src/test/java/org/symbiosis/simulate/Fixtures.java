package org.symbiosis.simulate;

import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;

/**
 * Hand-computable parks for the simulate tests (illustrative numbers; the stoichiometry is that
 * of docs/sources.md#methanation and #ch4-combustion: 2.744 t CO2 and 0.503 t H2 per t CH4).
 */
final class Fixtures {

    static final double CO2_CARBON = 0.2729;
    /** Chosen so that methanation and combustion balance carbon exactly: 2.744 x 0.2729. */
    static final double CH4_CARBON = 2.744 * CO2_CARBON;
    /** t CH4 per MWh: 3.6 GJ / (50 GJ/t x 50 % efficiency). */
    static final double GAS_PER_MWH = 0.144;
    /** t CO2 per MWh: 0.144 x 2.744. */
    static final double CO2_PER_MWH = GAS_PER_MWH * 2.744;
    /** MWh per t of flue-gas CO2 treated by capture. */
    static final double CAPTURE_ELECTRICITY = 0.3;
    static final double FACTORY_DEMAND = 1000;

    private Fixtures() {
    }

    /**
     * The methane loop. The factory's fixed demand and the capture unit's electricity are pulled
     * from the gas power plant, which meets them; its flue gas goes to capture; captured CO2 is
     * methanated with bought H2; the methane goes back to the power plant; fossil gas is bought
     * to top up.
     *
     * <pre>
     *               electricity (pull 1)                 electricity (pull 1)
     *   factory  <----------------------  power  ---------------------------->  capture
     *   fixed 1000 MWh               meets electricity   flue-co2 (push 1)     follows flue-co2
     *                                 ^   buys fossil ch4 ---------------->    90 % captured
     *                                 |                                         |
     *                                 +---- ch4 (push 1) ---- methanation <-----+ co2-captured
     *                                                         buys h2             (push 1)
     * </pre>
     */
    static Park methaneLoop(double powerCapacity, double methaneLinkCapacity) {
        return Park.builder().name("methane loop")
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("ch4", "t").withCarbon(CH4_CARBON).withGwp(29.8)
                        .withKind(CarrierKind.FUEL))
                .carrier(Carrier.of("flue-co2", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("co2", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("co2-captured", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("h2", "t"))
                .carrier(Carrier.of("water", "t"))
                .carrier(Carrier.of("product", "t"))
                .plant(Plant.of("factory", "chemicals", Process.builder("factory.make")
                        .reference("product").input("electricity", 1).output("product", 1)
                        .fixed(FACTORY_DEMAND).build()))
                .plant(Plant.of("power", "power", Process.builder("power.gas")
                        .reference("electricity").input("ch4", GAS_PER_MWH)
                        .output("electricity", 1).output("flue-co2", CO2_PER_MWH)
                        .capacity(powerCapacity).meets("electricity").build()))
                .plant(Plant.of("capture", "capture", Process.builder("capture.amine")
                        .reference("flue-co2").input("flue-co2", 1)
                        .input("electricity", CAPTURE_ELECTRICITY).output("co2-captured", 0.9)
                        .output("co2", 0.1).follows("flue-co2").build()))
                .plant(Plant.of("methanation", "fuels", Process.builder("methanation.sabatier")
                        .reference("ch4").input("co2-captured", 2.744).input("h2", 0.503)
                        .output("ch4", 1).output("water", 2.246).follows("co2-captured")
                        .build()))
                .link(Link.pull("power-factory", "power", "factory", "electricity", 1)
                        .withSymbiosis(false))
                .link(Link.pull("power-capture", "power", "capture", "electricity", 1)
                        .withSymbiosis(false))
                .link(Link.push("flue-gas", "power", "capture", "flue-co2", 1))
                .link(Link.push("co2-pipe", "capture", "methanation", "co2-captured", 1))
                .link(Link.push("methane-back", "methanation", "power", "ch4", 1)
                        .withCapacity(methaneLinkCapacity))
                .market(Market.buy("ch4", 600, 0.5).withSell(500, 0))
                .market(Market.buy("h2", 4000, 0))
                .market(Market.buy("electricity", 150, 0.423))
                .market(Market.disposal("flue-co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-captured", DisposalKind.AIR, 0))
                .market(Market.disposal("water", DisposalKind.WATER, 0))
                .market(Market.sell("product", 100, 0))
                .build();
    }

    /**
     * A pull chain: the kiln's CO2 is pushed to methanation, whose H2 need is pulled from an
     * electrolyser (2 % of the H2 lost on the way) that meets it with bought electricity.
     *
     * <pre>
     *   kiln --- co2 (push 1) ---> methanation <--- h2 (pull 1, loss 2 %) --- electrolyser
     *   fixed 1000 t, 0.8 t CO2/t  follows co2, sells ch4                     meets h2,
     *                                                                         55 MWh/t bought
     * </pre>
     */
    static Park pullChain() {
        return Park.builder().name("pull chain")
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("ch4", "t").withCarbon(CH4_CARBON).withGwp(29.8)
                        .withKind(CarrierKind.FUEL).withRecycledCarbon(true))
                .carrier(Carrier.of("co2", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("h2", "t"))
                .carrier(Carrier.of("water", "t"))
                .carrier(Carrier.of("lime", "t"))
                .carrier(Carrier.of("limestone", "t").withCarbon(0.8 * CO2_CARBON))
                .plant(Plant.of("kiln", "lime", Process.builder("kiln.calcine")
                        .reference("lime").input("limestone", 1).output("lime", 1)
                        .output("co2", 0.8).fixed(1000).build()))
                .plant(Plant.of("methanation", "fuels", Process.builder("methanation.sabatier")
                        .reference("ch4").input("co2", 2.744).input("h2", 0.503)
                        .output("ch4", 1).output("water", 2.246).follows("co2").build()))
                .plant(Plant.of("electrolyser", "hydrogen", Process.builder("electrolyser.pem")
                        .reference("h2").input("electricity", 55).output("h2", 1).meets("h2")
                        .build()))
                .link(Link.push("co2-pipe", "kiln", "methanation", "co2", 1))
                .link(Link.pull("h2-pipe", "electrolyser", "methanation", "h2", 1).withLoss(0.02))
                .market(Market.buy("electricity", 150, 0.423))
                .market(Market.buy("limestone", 10, 0.01))
                .market(Market.sell("lime", 120, 0))
                .market(Market.sell("ch4", 500, 2.744))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("water", DisposalKind.WATER, 0))
                .build();
    }

    /**
     * A loop that makes material: a source feeds 100 t of x to plant a, which turns 1 t of x into
     * {@code yield} t of y and pushes it all to b, which turns 1 t of y into 1 t of x and pushes
     * it all back to a. The loop gain is {@code yield}.
     *
     * <pre>
     *   source --x--> a --y (push 1)--> b
     *                 ^                 |
     *                 +---x (push 1)----+
     * </pre>
     */
    static Park amplifyingLoop(double yield) {
        return amplifyingLoop(yield, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #amplifyingLoop(double)} where a's process also gives out {@code selfOutput} t of x
     * per t of x it takes in (the x it follows: what it runs on excludes this), and the link back
     * from b carries at most {@code backCapacity} t. The loop gain is still {@code yield}: a runs
     * on what it receives, 100 + what b sends back.
     */
    static Park amplifyingLoop(double yield, double selfOutput, double backCapacity) {
        Process.Builder a = Process.builder("a.convert").reference("x").input("x", 1)
                .output("y", yield).follows("x");
        if (selfOutput > 0) {
            a.output("x", selfOutput);
        }
        return Park.builder().name("amplifying loop")
                .carrier(Carrier.of("x", "t"))
                .carrier(Carrier.of("y", "t"))
                .plant(Plant.of("source", "supply", Process.builder("source.make")
                        .reference("x").output("x", 1).fixed(100).build()))
                .plant(Plant.of("a", "convert", a.build()))
                .plant(Plant.of("b", "convert", Process.builder("b.convert").reference("y")
                        .input("y", 1).output("x", 1).follows("y").build()))
                .link(Link.push("source-a", "source", "a", "x", 1))
                .link(Link.push("a-b", "a", "b", "y", 1))
                .link(Link.push("b-a", "b", "a", "x", 1).withCapacity(backCapacity))
                .market(Market.disposal("x", DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .market(Market.disposal("y", DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .build();
    }

    /**
     * Two loops that share plant b, fed by 100 t of x from a source:
     *
     * <pre>
     *   source --x 100--> a --y (push 1)--> b --z (push 1)--> c
     *                     ^                 |  ^              |
     *                     +--x (push 1)-----+  +--y (push 1)--+  (capacity {@code backCapacity})
     *
     *   a: 1 t x -> 1 t y;  b: 1 t y -> 0.5 t x + 0.5 t z;  c: 1 t z -> {@code cYield} t y
     *   (each follows its input)
     * </pre>
     *
     * a = 100 + 0.5 b, b = a + cYield c, c = 0.5 b: the loop's growth per step (the spectral
     * radius) is {@code sqrt(0.5 (1 + cYield))}, 0.894 at a yield of 0.6 and 1.049 at 1.2.
     */
    static Park interlockingLoops(double cYield, double backCapacity) {
        return Park.builder().name("interlocking loops")
                .carrier(Carrier.of("x", "t"))
                .carrier(Carrier.of("y", "t"))
                .carrier(Carrier.of("z", "t"))
                .plant(Plant.of("source", "supply", Process.builder("source.make")
                        .reference("x").output("x", 1).fixed(100).build()))
                .plant(Plant.of("a", "convert", Process.builder("a.convert").reference("x")
                        .input("x", 1).output("y", 1).follows("x").build()))
                .plant(Plant.of("b", "convert", Process.builder("b.convert").reference("y")
                        .input("y", 1).output("x", 0.5).output("z", 0.5).follows("y").build()))
                .plant(Plant.of("c", "convert", Process.builder("c.convert").reference("z")
                        .input("z", 1).output("y", cYield).follows("z").build()))
                .link(Link.push("source-a", "source", "a", "x", 1))
                .link(Link.push("a-b", "a", "b", "y", 1))
                .link(Link.push("b-a", "b", "a", "x", 1))
                .link(Link.push("b-c", "b", "c", "z", 1))
                .link(Link.push("c-b", "c", "b", "y", 1).withCapacity(backCapacity))
                .market(Market.disposal("x", DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .market(Market.disposal("y", DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .market(Market.disposal("z", DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .build();
    }
}
