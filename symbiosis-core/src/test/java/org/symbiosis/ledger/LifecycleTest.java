package org.symbiosis.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.model.Accounting;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;
import org.symbiosis.model.Target;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

/** The life-cycle lines of the ledger, each against a computation by hand. */
class LifecycleTest {

    private static final double CO2_CARBON = 0.2729;
    /** Supramax bulk carrier, 5.4 g CO2e per t·km (GLEC v3.0). */
    static final double SUPRAMAX = 5.4e-6;
    /** Handymax, DEFRA 5.77 g CO2e per t·km. */
    static final double HANDYMAX = 5.77e-6;

    /**
     * A boiler burns 100 t of pellets a year, bought from two origins.
     *
     * <pre>
     *   origin vn (factor 0.1 t CO2e/t, 150/t, 3,700 km by supramax)  --\
     *                                                                     boiler (fixed 100 t)
     *   origin ca (factor 0.2 t CO2e/t, 160/t, 8,480 km by handymax)  --/
     * </pre>
     */
    static Park pellets(Market.Origin vn, Market.Origin ca) {
        return Park.builder().name("pellets")
                .carrier(Carrier.of("pellets", "t").withKind(CarrierKind.FUEL)
                        .withCarbon(0.45).withBiogenic(true))
                .carrier(Carrier.of("bio-co2", "t").withCarbon(0.45).withGwp(1)
                        .withBiogenic(true))
                .carrier(Carrier.of("steam", "GJ").withKind(CarrierKind.HEAT))
                .plant(Plant.of("boiler", "energy", Process.builder("boiler.burn")
                        .reference("pellets").input("pellets", 1).output("bio-co2", 1)
                        .output("steam", 15).fixed(100).build()))
                .market(new Market(CarrierId.of("pellets"), Optional.of(new Market.Purchase(
                        999, 9.9, Double.NaN, List.of(vn, ca))), Optional.empty(),
                        Optional.empty(), ""))
                .market(Market.disposal("bio-co2", DisposalKind.AIR, 0))
                .market(Market.sell("steam", 0, 0))
                .build();
    }

    static Market.Origin vn() {
        return Market.Origin.of("vn", 0.1, 0.6).withPrice(150)
                .withTransport(new Market.Transport("supramax", 3700, SUPRAMAX));
    }

    static Market.Origin ca() {
        return Market.Origin.of("ca", 0.2, 0.4).withPrice(160)
                .withTransport(new Market.Transport("handymax", 8480, HANDYMAX));
    }

    /**
     * By shares 0.6 / 0.4: category 3 = 100 x (0.6 x 0.1 + 0.4 x 0.2) = 14; category 4 = 100 x
     * (0.6 x 3700 x 5.4e-6 + 0.4 x 8480 x 5.77e-6) = 3.155984; cost = 100 x (0.6 x 150 + 0.4 x
     * 160) = 15,400. The pellets are biogenic: scope 1 is 0, so the life cycle is 17.156416.
     */
    @Test
    void upstreamByOriginWithShipping() {
        Simulation s = new Simulator().simulate(pellets(vn(), ca()));
        FlowInvariants.check(s.state(), "pellets by shares");
        Ledger.Totals t = s.ledger().totals();
        assertClose(14, t.fuelAndEnergy(), "category 3");
        assertClose(100 * (0.6 * 3700 * SUPRAMAX + 0.4 * 8480 * HANDYMAX), t.transport(),
                "category 4");
        assertEquals(0, t.purchasedGoods());
        assertClose(15_400, t.cost(), "cost");
        assertEquals(0, t.residual());
        assertClose(14 + 3.155984, t.lifecycle(), "life cycle");
        assertClose(60, s.state().fromOrigins(CarrierId.of("pellets"))[0], "from vn");
    }

    /**
     * In order up to capacities: vn supplies at most 30 t, ca the rest (70 t). Category 3 = 30 x
     * 0.1 + 70 x 0.2 = 17; at a capacity of 30 for both, 100 t cannot be supplied.
     */
    @Test
    void originsFillInOrderUpToTheirCapacities() {
        Simulation s = new Simulator().simulate(pellets(vn().withCapacity(30),
                ca().withCapacity(Double.POSITIVE_INFINITY)));
        assertClose(17, s.ledger().totals().fuelAndEnergy(), "category 3");
        assertClose(30 * 3700 * SUPRAMAX + 70 * 8480 * HANDYMAX, s.ledger().totals()
                .transport(), "category 4");
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> new Simulator().simulate(pellets(vn().withCapacity(30),
                        ca().withCapacity(30))));
        assertTrue(e.getMessage().startsWith("The park buys 100.000 t of 'pellets', more than"
                + " its origins can supply (60.0000 in all)"), e.getMessage());
    }

    /** 1,000 MWh bought at a location factor of 0.423 and a contractual 0.1. */
    @Test
    void scope2IsLocationBasedWithTheMarketBasedFigureApart() {
        Park park = Park.builder().name("grid")
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("widgets", "t"))
                .plant(Plant.of("factory", "x", Process.builder("factory.make")
                        .reference("widgets").input("electricity", 10).output("widgets", 1)
                        .fixed(100).build()))
                .market(new Market(CarrierId.of("electricity"), Optional.of(new Market.Purchase(
                        150, 0.423, 0.1, List.of())), Optional.empty(), Optional.empty(), ""))
                .market(Market.sell("widgets", 0, 0))
                .build();
        Ledger.Totals t = new Simulator().simulate(park).ledger().totals();
        assertClose(423, t.scope2(), "location-based");
        assertClose(100, t.scope2Market(), "market-based");
        assertClose(423, t.residual(), "residual counts location-based");
        assertClose(423, t.lifecycle(), "life cycle counts location-based");
    }

    /**
     * The pull chain's kiln CO2 (800 t) becomes e-methane that is sold: X = 800 x 0.2729 x
     * 44.01/12.011 t CO2 of recycled carbon. Emitter: scope 1 0, category 11 X. User: scope 1 X,
     * category 11 0. A share of 0.25 to the emitter: scope 1 0.75 X, category 11 0.25 X. The
     * tonne is credited once: scope 1 + category 11 = X under every setting.
     */
    @Test
    void recycledCarbonIsCreditedOnceUnderEveryAttribution() {
        double x = 800 * 0.2729 * Carrier.CO2_PER_CARBON;
        double[][] expected = {{1, 0, x}, {0, x, 0}, {0.25, 0.75 * x, 0.25 * x}};
        for (double[] row : expected) {
            Park park = org.symbiosis.simulate.FixturesAccess.pullChain().toBuilder()
                    .accounting(new Accounting(row[0])).build();
            Ledger.Totals t = new Simulator().simulate(park).ledger().totals();
            assertClose(row[1], t.ccuInScope1(), "CCU in scope 1 at share " + row[0]);
            assertClose(row[1], t.scope1(), "scope 1 at share " + row[0]);
            assertClose(row[2], t.soldFuels(), "category 11 at share " + row[0]);
            assertClose(x, t.scope1() + t.soldFuels(), "credited once at share " + row[0]);
        }
    }

    /**
     * A cracker makes 100 t of ethylene and sells it; a PVC plant needs 80 t. With the pipeline
     * (a symbiosis link, pull 1) 20 t are sold; without it 100 t are sold and 80 t bought back.
     * Category 12 is net of what is bought back: 20 x 0.856 x 44.01/12.011 either way, so the
     * with/without comparison is not moved by the intermediate.
     */
    @Test
    void soldCarbonIsNetOfTheSameCarrierBoughtBack() {
        Park park = Park.builder().name("ethylene")
                .carrier(Carrier.of("naphtha", "t").withCarbon(0.856))
                .carrier(Carrier.of("ethylene", "t").withCarbon(0.856))
                .carrier(Carrier.of("pvc", "t"))
                .plant(Plant.of("cracker", "chemicals", Process.builder("cracker.crack")
                        .reference("ethylene").input("naphtha", 1).output("ethylene", 1)
                        .fixed(100).build()))
                .plant(Plant.of("pvc", "chemicals", Process.builder("pvc.make").reference("pvc")
                        .input("ethylene", 0.8).output("pvc", 1).fixed(100).build()))
                .link(Link.pull("pipeline", "cracker", "pvc", "ethylene", 1))
                .market(Market.buy("naphtha", 0, 0).withSell(0, 0))
                .market(Market.buy("ethylene", 0, 0).withSell(0, 0))
                .market(Market.sell("pvc", 0, 0))
                .build();
        SimulationResult r = new Simulator().run(park);
        double net = 20 * 0.856 * Carrier.CO2_PER_CARBON;
        assertClose(net, r.withSymbiosis().ledger().totals().soldProducts(), "with");
        assertClose(net, r.baseline().ledger().totals().soldProducts(), "without");
        assertClose(80, r.baseline().state().bought(org.symbiosis.model.PlantId.of("pvc"),
                CarrierId.of("ethylene")), "bought back without the pipeline");
        assertEquals(0, r.withSymbiosis().ledger().totals().soldFuels());
    }

    /**
     * 1,000 t of coal a year in a boiler: IPCC 2006 Table 2.2, N2O 1.5 kg/TJ and CH4 1 kg/TJ at
     * 25.8 GJ/t give 3.87e-5 t N2O and 2.58e-5 t CH4 per t. Scope 1 = CO2 + 1000 x (3.87e-5 x
     * 273 + 2.58e-5 x 29.8) with AR6 GWPs; the CO2 is reduced by the carbon of the CH4 so the
     * recipe balances carbon.
     */
    @Test
    void nitrousOxideAndMethaneCountByTheirGwps() {
        double coalCarbon = 0.6661;
        double ch4 = 2.58e-5;
        double ch4Carbon = 12.011 / 16.043;
        double co2 = (coalCarbon - ch4 * ch4Carbon) / CO2_CARBON;
        Park park = Park.builder().name("coal boiler")
                .carrier(Carrier.of("coal", "t").withCarbon(coalCarbon).withKind(CarrierKind.FUEL))
                .carrier(Carrier.of("co2", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("n2o", "t").withGwp(273))
                .carrier(Carrier.of("ch4", "t").withCarbon(ch4Carbon).withGwp(29.8))
                .carrier(Carrier.of("steam", "GJ").withKind(CarrierKind.HEAT))
                .plant(Plant.of("boiler", "energy", Process.builder("boiler.burn")
                        .reference("coal").input("coal", 1).output("co2", co2)
                        .output("n2o", 3.87e-5).output("ch4", ch4).output("steam", 22)
                        .fixed(1000).build()))
                .market(Market.buy("coal", 100, 0.1))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("n2o", DisposalKind.AIR, 0))
                .market(Market.disposal("ch4", DisposalKind.AIR, 0))
                .market(Market.sell("steam", 0, 0))
                .build();
        assertEquals(List.of(), park.warnings());
        Simulation s = new Simulator().simulate(park);
        FlowInvariants.check(s.state(), "coal boiler");
        double expected = 1000 * (co2 + 3.87e-5 * 273 + ch4 * 29.8);
        assertClose(expected, s.ledger().totals().scope1(), "scope 1");
        assertClose(1000 * 0.1, s.ledger().totals().fuelAndEnergy(), "coal upstream, cat. 3");
        assertClose(expected + 100, s.ledger().totals().lifecycle(), "life cycle");
    }
}
