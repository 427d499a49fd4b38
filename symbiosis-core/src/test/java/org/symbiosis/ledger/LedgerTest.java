package org.symbiosis.ledger;

import static org.symbiosis.flow.FlowInvariants.assertClose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/** The ledger's rules for link losses, by hand. */
class LedgerTest {

    private static final double BARK_CARBON = 0.2729;

    /**
     * A pulp mill sends its bark (biogenic, 0.2729 t C/t) to a boiler over a conveyor that loses
     * a quarter of it; the boiler burns what arrives.
     *
     * <pre>
     *   mill (fixed 100 t pulp; + 0.8 t bark, 2 GJ heat per t)
     *     --bark (push 1, loss 0.25)--> boiler (follows bark; 1 t bio-CO2 + 3 GJ steam per t)
     * </pre>
     * Bark 80 t, 20 t lost, 60 t burnt: 60 t bio-CO2 to air, 180 GJ steam sold, 200 GJ heat to
     * air. By-products: bark 80, heat 200, bio-CO2 60, steam 180 = 520. Not kept: bark lost 20
     * (released at the source), heat 200, bio-CO2 60, steam sold 180 = 460; circularity =
     * 60 / 520. Biogenic memo: (20 lost + 60 released) t x 0.2729 t C/t x 44.01 / 12.011.
     */
    static Park lossyMill() {
        return Park.builder().name("lossy mill")
                .carrier(Carrier.of("pulp", "t"))
                .carrier(Carrier.of("bark", "t").withCarbon(BARK_CARBON).withBiogenic(true))
                .carrier(Carrier.of("heat", "GJ"))
                .carrier(Carrier.of("bio-co2", "t").withCarbon(BARK_CARBON).withGwp(1)
                        .withBiogenic(true))
                .carrier(Carrier.of("steam", "GJ"))
                .plant(Plant.of("mill", "pulp", Process.builder("mill.make").reference("pulp")
                        .output("pulp", 1).output("bark", 0.8).output("heat", 2).fixed(100)
                        .build()))
                .plant(Plant.of("boiler", "energy", Process.builder("boiler.burn")
                        .reference("bark").input("bark", 1).output("bio-co2", 1)
                        .output("steam", 3).follows("bark").build()))
                .link(Link.push("conveyor", "mill", "boiler", "bark", 1).withLoss(0.25))
                .market(Market.sell("pulp", 0, 0))
                .market(Market.disposal("bark", DisposalKind.LANDFILL, 0))
                .market(Market.disposal("heat", DisposalKind.AIR, 0))
                .market(Market.disposal("bio-co2", DisposalKind.AIR, 0))
                .market(Market.sell("steam", 0, 0))
                .build();
    }

    @Test
    void linkLossesAreNotKeptAndBiogenicLossesAreInTheMemo() {
        Simulation s = new Simulator().simulate(lossyMill());
        FlowInvariants.check(s.state(), "lossy mill");
        Ledger.Totals t = s.ledger().totals();
        assertClose(60.0 / 520, t.circularity(), "circularity");
        assertClose(80 * BARK_CARBON * Carrier.CO2_PER_CARBON, t.biogenicMemo(), "biogenic memo");
        assertClose(20 * BARK_CARBON * Carrier.CO2_PER_CARBON,
                s.ledger().plants().get(PlantId.of("mill")).biogenicMemo(),
                "memo at the conveyor's source");
        assertClose(0, t.scope1(), "biogenic CO2 counts 0");
    }

    @Test
    void warnsThatLossesOfACarbonCarrierGoToAirThoughItsMarketLandfillsIt() {
        assertTrue(lossyMill().warnings().stream().anyMatch(w -> w.message().startsWith(
                "Link 'conveyor' loses 0.25 of its 'bark', and losses go to air at its source")),
                lossyMill().warnings().toString());
    }

    /**
     * A surplus is sold where the market both sells and disposes of it; a fixed cost is paid by
     * an idle process, and in the baseline too.
     *
     * <pre>
     *   maker (fixed 10 t x, fixed cost 7)      idler (follows y, which nothing supplies;
     *   x: sell at 2 or release to air           fixed cost 100)
     * </pre>
     * Sold 10, released 0; cost = 7 + 100 - 10 x 2 = 87, with and without symbiosis.
     */
    @Test
    void aSurplusIsSoldBeforeItIsReleasedAndFixedCostsArePaidWhenIdle() {
        Park park = Park.builder().name("sell first")
                .carrier(Carrier.of("x", "t").withCarbon(0.1).withGwp(1))
                .carrier(Carrier.of("y", "t"))
                .plant(Plant.of("maker", "x", Process.builder("maker.make").reference("x")
                        .output("x", 1).fixed(10).costs(0, 7).build()))
                .plant(Plant.of("idler", "y", Process.builder("idler.run").reference("y")
                        .input("y", 1).follows("y").costs(0, 100).build()))
                .market(Market.disposal("x", DisposalKind.AIR, 0).withSell(2, 0))
                .market(Market.disposal("y", DisposalKind.LANDFILL, 0))
                .build();
        var result = new Simulator().run(park);
        var with = result.withSymbiosis();
        assertClose(10, with.state().sold(PlantId.of("maker"), CarrierId.of("x")), "sold");
        assertClose(0, with.state().released(PlantId.of("maker"), CarrierId.of("x")),
                "released");
        assertClose(0, with.state().activity(ProcessId.of("idler.run")), "idle");
        assertClose(87, with.ledger().totals().cost(), "cost");
        assertClose(87, result.baseline().ledger().totals().cost(), "baseline cost");
        assertClose(0, with.ledger().totals().scope1(), "nothing released");
    }
}
