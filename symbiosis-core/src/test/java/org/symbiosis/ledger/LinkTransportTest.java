package org.symbiosis.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.InvalidParkException;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.simulate.Simulator;

/** Transport emissions of a road or barge link between two sites (issue 14). */
class LinkTransportTest {

    /**
     * A mill sends all its 200 t of rice husk 50 km by road to a boiler that burns 250 t; the
     * boiler buys the other 50 t.
     *
     * <pre>
     *   mill (fixed 200 t husk) --husk, 50 km, f t CO2e/t·km--&gt; boiler (fixed, burns 250 t)
     * </pre>
     */
    private static Park husk(String unit, double factor) {
        Carrier husk = Carrier.of("husk", unit);
        return Park.builder().name("husk")
                .carrier(husk)
                .carrier(Carrier.of("steam", "t"))
                .plant(Plant.of("mill", "food", Process.builder("mill.husk").reference("husk")
                        .output("husk", 1).fixed(200).build()))
                .plant(Plant.of("boiler", "utility", Process.builder("boiler.burn")
                        .reference("husk").input("husk", 1).output("steam", 3).fixed(250)
                        .build()))
                .link(Link.push("road", "mill", "boiler", "husk", 1).withCost(2, 50)
                        .withTransportFactor(factor))
                .market(Market.buy("husk", 30, 0.01).withDisposal(DisposalKind.LANDFILL, 0))
                .market(Market.sell("steam", 10, 0))
                .build();
    }

    /**
     * 200 t x 50 km x 1e-4 t CO2e/t·km = 1.0 t CO2e in the boiler's category 4; the 50 t bought
     * add 50 x 0.01 = 0.5 in category 1 (a material). Residual is untouched; life cycle gains
     * both. Without symbiosis the link is off: no transport, 250 t bought (2.5) and the mill
     * landfills its husk.
     */
    @Test
    void aRoadLegIsUpstreamTransportOfTheReceivingPlant() {
        var result = new Simulator().run(husk("t", 1e-4));
        Ledger with = result.withSymbiosis().ledger();
        assertEquals(1.0, with.plant(PlantId.of("boiler")).transport(), 1e-12);
        assertEquals(0, with.plant(PlantId.of("mill")).transport());
        assertEquals(1.0, with.totals().transport(), 1e-12);
        assertEquals(0.5, with.totals().purchasedGoods(), 1e-12);
        assertEquals(with.totals().residual() + 1.5, with.totals().lifecycle(), 1e-12);
        assertEquals(0, result.baseline().ledger().totals().transport());
        assertEquals(2.5, result.baseline().ledger().totals().purchasedGoods(), 1e-12);
    }

    /** A leg needs a mass to count t·km, a distance, and a factor that is a number. */
    @Test
    void namesWhatALegIsMissing() {
        InvalidParkException noMass = assertThrows(InvalidParkException.class,
                () -> husk("m3", 1e-4));
        assertTrue(noMass.getMessage().contains("The link 'road' has a transport factor, but the"
                + " unit of its carrier 'husk' is 'm3', not t: give the carrier 'tonnesPerUnit'"),
                noMass.getMessage());
        Link road = Link.push("road", "mill", "boiler", "husk", 1).withTransportFactor(1e-4);
        InvalidParkException noDistance = assertThrows(InvalidParkException.class,
                () -> husk("t", 0).toBuilder().replaceLink(road).build());
        assertTrue(noDistance.getMessage().contains("The link 'road' has a transport factor"
                + " (1.0E-4 t CO2e per t·km) but no 'distance'"), noDistance.getMessage());
        InvalidValueException negative = assertThrows(InvalidValueException.class,
                () -> road.withTransportFactor(-1));
        assertTrue(negative.getMessage().contains("The transport factor (t CO2e per t·km) (-1.0)"
                + " of link 'road' must not be negative."), negative.getMessage());
    }

    /** The factor survives a write and a read. */
    @Test
    void parkFilesCarryTheFactor() {
        Park park = husk("t", 1e-4);
        String json = ParkFiles.toJson(park);
        Link read = ParkFiles.parse(json, "husk.json").park().link(LinkId.of("road"));
        assertEquals(1e-4, read.transportFactor());
        assertEquals(park.link(LinkId.of("road")), read);
    }
}
