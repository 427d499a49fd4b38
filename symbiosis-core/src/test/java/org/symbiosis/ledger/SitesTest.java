package org.symbiosis.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

class SitesTest {

    private static Park chain() {
        try (var in = SitesTest.class.getResourceAsStream("/parks/chain.json")) {
            return ParkFiles.parse(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), "chain.json").park();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Park withSite(Park park, String plant, String site) {
        return park.toBuilder().replacePlant(park.plant(PlantId.of(plant)).withSite(site))
                .build();
    }

    /**
     * The chain fixture: power pushes all its 1000 t of flue gas to capture and buys nothing;
     * capture vents 100 t and buys 250 MWh, cement buys 45 MWh, at 0.423 (residual 224.785 in
     * all). Site east (power, cement) = 45 x 0.423; (no site) (capture) = 100 + 250 x 0.423.
     */
    @Test
    void eachSiteIsTheSumOfItsPlantsAndTheSitesAddUpToThePark() {
        Park park = withSite(withSite(chain(), "power", "east"), "cement", "east");
        assertTrue(Sites.any(park));
        assertFalse(Sites.any(chain()));
        SimulationResult r = new Simulator().run(park);
        Ledger with = r.withSymbiosis().ledger();
        Ledger without = r.baseline().ledger();
        List<Sites.Site> sites = Sites.of(park, with, without);
        assertEquals(List.of("east", Sites.NO_SITE), sites.stream().map(Sites.Site::site)
                .toList());
        assertEquals(List.of(PlantId.of("power"), PlantId.of("cement")), sites.get(0).plants());
        assertEquals(45 * 0.423, sites.get(0).residual(), 1e-9);
        assertEquals(100 + 250 * 0.423, sites.get(1).residual(), 1e-9);
        assertEquals(with.plants().get(PlantId.of("power")).lifecycle()
                + with.plants().get(PlantId.of("cement")).lifecycle(), sites.get(0).lifecycle(),
                1e-9);
        assertEquals(without.totals().residual(), sites.get(0).residualWithout()
                + sites.get(1).residualWithout(), 1e-9);
        assertEquals(with.totals().lifecycle(), sites.get(0).lifecycle()
                + sites.get(1).lifecycle(), 1e-9);
    }

    @Test
    void aResultLooksUpASiteByName() {
        Park park = withSite(withSite(chain(), "power", "east"), "cement", "east");
        SimulationResult r = new Simulator().run(park);
        assertEquals(45 * 0.423, r.site("east").residual(), 1e-9);
        assertEquals(100 + 250 * 0.423, r.site(Sites.NO_SITE).residual(), 1e-9);
        assertEquals(r.sites(), Sites.of(park, r.withSymbiosis().ledger(),
                r.baseline().ledger()));
        org.symbiosis.model.InvalidValueException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.model.InvalidValueException.class,
                        () -> r.site("west"));
        assertEquals("No plant is on site 'west': the sites are [east, (no site)].",
                e.getMessage());
    }

    @Test
    void aPlantWhoseSiteIsNamedLikeNoSiteJoinsThePlantsOfNone() {
        Park park = withSite(chain(), "cement", Sites.NO_SITE);
        SimulationResult r = new Simulator().run(park);
        List<Sites.Site> sites = Sites.of(park, r.withSymbiosis().ledger(),
                r.baseline().ledger());
        assertEquals(1, sites.size());
        assertEquals(3, sites.get(0).plants().size());
        assertEquals(r.withSymbiosis().ledger().totals().residual(), sites.get(0).residual(),
                1e-9);
    }
}
