package org.symbiosis.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Location;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.simulate.Simulator;

class SynergyFinderTest {

    private static final double R = SynergyFinder.EARTH_RADIUS_KM;

    private static Plant at(Plant plant, double lat, double lon) {
        return new Plant(plant.id(), plant.name(), plant.sector(),
                Optional.of(new Location(lat, lon)), plant.processes(), "");
    }

    /**
     * Seven plants, no links. What is released or sold, and who buys it:
     *
     * <pre>
     *   power (34.0, 131.8)      releases 1000 t ash (landfill, 2/t) and 5000 t CO2 (air)
     *   greenhouse (34.01, 131.8) buys 300 t CO2 (5/t, 0.1 t CO2e/t)           1.11 km away
     *   cement (34.0, 131.9)     buys 800 t clay (20/t, 0.01); ash-use takes ash  9.22 km
     *   brickworks (34.0, 131.85) buys 100 t clay, has no recipe for ash        4.61 km
     *   far-cement (38.5, 131.8) buys 100 t clay, has ash-use                 500 km
     *   refinery (34.1, 131.8)   sells 30 t h2 (2/t)
     *   chem (34.1, 131.85)      buys 50 t h2 (3/t, 10 t CO2e/t)   4.60 km from refinery
     * </pre>
     * With ash declared a substitute for clay (1:1) and 100 km at most, exactly three
     * candidates: power -> greenhouse CO2, refinery -> chem h2, power -> cement ash. Not
     * brickworks (no recipe takes ash), not far-cement (too far).
     */
    static Park park() {
        Process ashUse = Process.builder("cement.ash-use").reference("coal-ash")
                .input("coal-ash", 1).output("clay", 1).follows("coal-ash").build();
        return Park.builder().name("discovery fixture")
                .carrier(Carrier.of("coal", "t"))
                .carrier(Carrier.of("electricity", "MWh"))
                .carrier(Carrier.of("coal-ash", "t"))
                .carrier(Carrier.of("co2", "t").withGwp(1))
                .carrier(Carrier.of("clay", "t"))
                .carrier(Carrier.of("clinker", "t"))
                .carrier(Carrier.of("crops", "t"))
                .carrier(Carrier.of("h2", "t"))
                .carrier(Carrier.of("fuel", "t"))
                .carrier(Carrier.of("chems", "t"))
                .carrier(Carrier.of("bricks", "t"))
                .plant(at(Plant.of("power", "power", Process.builder("power.gen")
                        .reference("electricity").input("coal", 0.5).output("electricity", 1)
                        .output("coal-ash", 1).output("co2", 5).fixed(1000).build()), 34.0,
                        131.8))
                .plant(at(Plant.of("greenhouse", "agriculture", Process.builder("greenhouse.grow")
                        .reference("crops").input("co2", 1).output("crops", 1).fixed(300)
                        .build()), 34.01, 131.8))
                .plant(at(Plant.of("cement", "cement", Process.builder("cement.kiln")
                        .reference("clinker").input("clay", 0.8).output("clinker", 1)
                        .fixed(1000).build(), ashUse), 34.0, 131.9))
                .plant(at(Plant.of("brickworks", "bricks", Process.builder("brickworks.fire")
                        .reference("bricks").input("clay", 1).output("bricks", 1).fixed(100)
                        .build()), 34.0, 131.85))
                .plant(at(Plant.of("far-cement", "cement", Process.builder("far-cement.kiln")
                        .reference("clinker").input("clay", 1).output("clinker", 1).fixed(100)
                        .build(), Process.builder("far-cement.ash-use").reference("coal-ash")
                        .input("coal-ash", 1).output("clay", 1).follows("coal-ash").build()),
                        38.5, 131.8))
                .plant(at(Plant.of("refinery", "refining", Process.builder("refinery.run")
                        .reference("fuel").output("fuel", 1).output("h2", 0.3).fixed(100)
                        .build()), 34.1, 131.8))
                .plant(at(Plant.of("chem", "chemicals", Process.builder("chem.make")
                        .reference("chems").input("h2", 0.5).output("chems", 1).fixed(100)
                        .build()), 34.1, 131.85))
                .market(Market.buy("coal", 100, 0.1))
                .market(Market.sell("electricity", 50, 0))
                .market(Market.disposal("coal-ash", DisposalKind.LANDFILL, 2))
                .market(Market.buy("co2", 5, 0.1).withDisposal(DisposalKind.AIR, 0))
                .market(Market.buy("clay", 20, 0.01))
                .market(Market.sell("clinker", 60, 0))
                .market(Market.sell("crops", 1, 0))
                .market(Market.buy("h2", 3, 10).withSell(2, 0))
                .market(Market.sell("fuel", 1, 0))
                .market(Market.sell("chems", 1, 0))
                .market(Market.sell("bricks", 1, 0))
                .build();
    }

    private static final SynergyFinder FINDER = new SynergyFinder(100, 0.1,
            List.of(Substitution.parse("coal-ash=clay")));

    @Test
    void findsExactlyTheExpectedCandidatesRankedByAvoidedEmissions() {
        List<Synergy> found = FINDER.find(new Simulator().simulate(park()).state());
        assertEquals(List.of("new-power-greenhouse-co2", "new-refinery-chem-h2",
                "new-power-cement-coal-ash"), found.stream().map(Synergy::linkId).toList());

        // CO2: 300 t (the greenhouse's need), released at power: 300 x 0.1 upstream + 300 x
        // GWP 1 = 330 t CO2e; 1.11195 km (R x 0.01 deg); cost 300 x 0.1 x 1.11195 - 300 x 5.
        Synergy co2 = found.get(0);
        double dCo2 = R * Math.toRadians(0.01);
        assertEquals(300, co2.amount(), 1e-9);
        assertEquals(300, co2.fromReleased(), 1e-9);
        assertEquals(330, co2.avoidedLifecycle(), 1e-9);
        assertEquals(dCo2, co2.distanceKm(), 1e-6);
        assertEquals(300 * 0.1 * dCo2 - 1500, co2.costChange(), 1e-4);
        assertEquals(300 / 5000.0, co2.share(), 1e-12);
        assertEquals(co2.shareAlone(), co2.share(), 1e-12);

        // h2: 30 t sold (less than chem's 50): 30 x 10 = 300 t CO2e; 4.6038 km (R x 0.05 deg x
        // cos 34.1 deg); cost 30 x 0.1 x 4.6038 + 30 x 2 (sales given up) - 30 x 3.
        Synergy h2 = found.get(1);
        double dH2 = R * Math.toRadians(0.05) * Math.cos(Math.toRadians(34.1));
        assertEquals(30, h2.amount(), 1e-9);
        assertEquals(0, h2.fromReleased(), 1e-9);
        assertEquals(300, h2.avoidedLifecycle(), 1e-9);
        assertEquals(dH2, h2.distanceKm(), 1e-5);
        assertEquals(30 * 0.1 * dH2 + 60 - 90, h2.costChange(), 1e-3);
        assertEquals(1, h2.share(), 1e-12);

        // Ash for clay: 800 t (cement's clay), 800 x 0.01 = 8 t CO2e (ash has no GWP); cost
        // 800 x 0.1 x 9.2185 - 800 x 20 - 800 x 2 (landfill saved).
        Synergy ash = found.get(2);
        double dAsh = R * Math.toRadians(0.1) * Math.cos(Math.toRadians(34));
        assertTrue(ash.substitution());
        assertEquals(CarrierId.of("clay"), ash.replaced());
        assertEquals(800, ash.amount(), 1e-9);
        assertEquals(8, ash.avoidedLifecycle(), 1e-9);
        assertEquals(800 * 0.1 * dAsh - 16000 - 1600, ash.costChange(), 1e-2);
    }

    @Test
    void writtenCandidateOnceBuiltCarriesTheAmountAndAvoidsTheEstimate() {
        Park park = park();
        List<Synergy> found = FINDER.find(new Simulator().simulate(park).state());
        Park proposed = SynergyFinder.withCandidates(park, found);
        Park read = ParkFiles.parse(ParkFiles.toJson(proposed), "proposed.json").park();
        assertEquals(3, read.candidates().size());
        Link link = read.link(LinkId.of("new-power-greenhouse-co2"));
        assertEquals(LinkStatus.CANDIDATE, link.status());
        assertEquals(300, link.capacity(), 1e-9);
        // Candidates do not run: the park simulates as before.
        double before = new Simulator().simulate(park).ledger().totals().lifecycle();
        assertEquals(before, new Simulator().simulate(read).ledger().totals().lifecycle(), 1e-6);
        // Built (existing), the CO2 link pushes 6 % of power's 5000 t: 300 t, and the life
        // cycle falls by the 330 t estimated.
        Park built = read.toBuilder().replaceLink(link.withStatus(LinkStatus.EXISTING))
                .clearCandidates().build();
        var state = new Simulator().simulate(built);
        assertEquals(300, state.state().flow(LinkId.of("new-power-greenhouse-co2")), 1e-9);
        assertEquals(0, state.state().bought(PlantId.of("greenhouse"), CarrierId.of("co2")),
                1e-9);
        assertEquals(before - 330, state.ledger().totals().lifecycle(), 1e-6);
    }

    /**
     * Two more greenhouses that each need 4,000 t of the 5,000 t CO2 power makes, and an
     * existing push link that takes 6 % of it (the 300 t the greenhouse needs):
     *
     * <pre>
     *   power --co2 0.06 (existing)--> greenhouse
     *   power releases 4,700 t: big-1 and big-2 each buy 4,000 t
     * </pre>
     * Alone each candidate would push 4,000 / 5,000 = 0.8; together only 4,700 / 5,000 = 0.94
     * is free, so each pushes 0.47: with the existing 0.06 they add up to 1, and the written
     * park (which would refuse 0.06 + 0.8 + 0.8) is valid with both built.
     */
    @Test
    void candidatesOfOneSupplySplitItSoTheirSharesFit() {
        Plant big1 = at(Plant.of("big-1", "agriculture", Process.builder("big-1.grow")
                .reference("crops").input("co2", 1).output("crops", 1).fixed(4000).build()),
                34.02, 131.8);
        Plant big2 = at(Plant.of("big-2", "agriculture", Process.builder("big-2.grow")
                .reference("crops").input("co2", 1).output("crops", 1).fixed(4000).build()),
                34.03, 131.8);
        Park park = park().toBuilder().plant(big1).plant(big2)
                .link(Link.push("co2-pipe", "power", "greenhouse", "co2", 0.06)).build();
        List<Synergy> found = new SynergyFinder(100, 0.1, List.of())
                .find(new Simulator().simulate(park).state());
        List<Synergy> co2 = found.stream().filter(s -> s.offered().value().equals("co2"))
                .toList();
        assertEquals(2, co2.size(), co2.toString());
        for (Synergy s : co2) {
            assertEquals(4000, s.amount(), 1e-9);
            assertEquals(0.8, s.shareAlone(), 1e-12);
            assertEquals(0.47, s.share(), 1e-12);
        }
        Park proposed = SynergyFinder.withCandidates(park, found);
        Link one = proposed.link(LinkId.of("new-power-big-1-co2"));
        assertEquals(0.47, one.rule().fraction(), 1e-12);
        assertTrue(one.note().contains("not the 0.800000 its amount alone needs: 2 candidates share"
                + " that supply"), one.note());
        Park built = proposed.toBuilder()
                .replaceLink(one.withStatus(LinkStatus.EXISTING))
                .replaceLink(proposed.link(LinkId.of("new-power-big-2-co2"))
                        .withStatus(LinkStatus.EXISTING))
                .clearCandidates().build();
        var state = new Simulator().simulate(built).state();
        assertEquals(0.47 * 5000, state.flow(LinkId.of("new-power-big-1-co2")), 1e-9);
    }

    /**
     * A list of synergies that would not fit (here each one twice, from two finds) is still
     * written so that the shares of one supply add up to at most 1.
     */
    @Test
    void writingScalesSharesThatWouldNotFit() {
        Park park = park();
        List<Synergy> found = FINDER.find(new Simulator().simulate(park).state());
        Synergy h2 = found.get(1);
        assertEquals(1, h2.share(), 1e-12);
        Park proposed = SynergyFinder.withCandidates(park, List.of(h2, h2));
        assertEquals(0.5, proposed.link(LinkId.of("new-refinery-chem-h2")).rule().fraction(),
                1e-12);
        assertEquals(0.5, proposed.link(LinkId.of("new-refinery-chem-h2-2")).rule().fraction(),
                1e-12);
    }

    @Test
    void existingLinkOfTheCarrierIsNotProposedAgain() {
        Park park = park().toBuilder().link(Link.push("co2-pipe", "power", "greenhouse", "co2",
                0.01)).build();
        List<Synergy> found = FINDER.find(new Simulator().simulate(park).state());
        assertTrue(found.stream().noneMatch(s -> s.linkId().equals("new-power-greenhouse-co2")));
        assertEquals(2, found.size());
    }

    @Test
    void distanceIsTheHaversine() {
        // A quarter of a meridian: pi/2 x R.
        assertEquals(Math.PI / 2 * R, SynergyFinder.distanceKm(new Location(0, 0),
                new Location(90, 0)), 1e-9);
    }

    @Test
    void rejectsAMalformedSubstitutionNamingTheForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Substitution.parse("coal-ash"));
        assertTrue(e.getMessage().contains("OFFERED=REPLACED"), e.getMessage());
        assertEquals(0.8, Substitution.parse("slag=limestone:0.8").ratio());
    }

    @Test
    void rejectsSubstitutionInputAsInvalidValuesNamingTheFix() {
        InvalidValueException form = assertThrows(InvalidValueException.class,
                () -> Substitution.parse("coal-ash"));
        assertEquals("substitution 'coal-ash'", form.issues().get(0).element());
        assertEquals("coal-ash", form.issues().get(0).value());
        assertTrue(form.getMessage().contains("(for example coal-ash=clay)"), form.getMessage());

        InvalidValueException notANumber = assertThrows(InvalidValueException.class,
                () -> Substitution.parse("slag=limestone:lots"));
        assertEquals("lots", notANumber.issues().get(0).value());
        assertEquals("The ratio 'lots' of the substitution 'slag=limestone:lots' is not a number:"
                + " write a positive number, e.g. slag=limestone:0.8.", notANumber.getMessage());

        InvalidValueException colons = assertThrows(InvalidValueException.class,
                () -> Substitution.parse("slag=limestone:1:2"));
        assertTrue(colons.getMessage().contains("write OFFERED=REPLACED:RATIO"),
                colons.getMessage());

        InvalidValueException ratio = assertThrows(InvalidValueException.class,
                () -> Substitution.parse("slag=limestone:-1"));
        assertEquals("substitution 'slag=limestone'", ratio.issues().get(0).element());
        assertEquals("-1.0", ratio.issues().get(0).value());
        assertEquals("The ratio (-1.0) of the substitution of 'slag' for 'limestone' must be a"
                + " positive number: the units of 'limestone' one unit of 'slag' replaces.",
                ratio.getMessage());

        InvalidValueException itself = assertThrows(InvalidValueException.class,
                () -> Substitution.parse("slag=slag"));
        assertEquals("slag", itself.issues().get(0).value());
        assertTrue(itself.getMessage().endsWith("leave it out (the same carrier is always"
                + " proposed)."), itself.getMessage());
    }
}
