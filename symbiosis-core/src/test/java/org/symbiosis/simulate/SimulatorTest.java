package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;
import static org.symbiosis.simulate.Fixtures.CAPTURE_ELECTRICITY;
import static org.symbiosis.simulate.Fixtures.CH4_CARBON;
import static org.symbiosis.simulate.Fixtures.CO2_CARBON;
import static org.symbiosis.simulate.Fixtures.CO2_PER_MWH;
import static org.symbiosis.simulate.Fixtures.FACTORY_DEMAND;
import static org.symbiosis.simulate.Fixtures.GAS_PER_MWH;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;

class SimulatorTest {

    private final Simulator simulator = new Simulator();

    static Park chain() {
        try (InputStream in = SimulatorTest.class.getResourceAsStream("/parks/chain.json")) {
            return ParkFiles.read(in, "chain.json").park();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void checkBoth(SimulationResult result, String context) {
        FlowInvariants.check(result.withSymbiosis().state(), context + " with symbiosis");
        FlowInvariants.check(result.baseline().state(), context + " baseline");
    }

    private static double activity(Simulation s, String process) {
        return s.state().activity(ProcessId.of(process));
    }

    private static double bought(Simulation s, String plant, String carrier) {
        return s.state().bought(PlantId.of(plant), CarrierId.of(carrier));
    }

    private static double released(Simulation s, String plant, String carrier) {
        return s.state().released(PlantId.of(plant), CarrierId.of(carrier));
    }

    private static double sold(Simulation s, String plant, String carrier) {
        return s.state().sold(PlantId.of(plant), CarrierId.of(carrier));
    }

    /**
     * (a) The chain of parks/chain.json:
     *
     * <pre>
     *   power --flue-co2 (push 1)--> capture --co2-captured (push 1)--> cement
     *   fixed 1000 MWh               follows, 90 % captured              mineralises, stored
     *   0.4 t coal/MWh, 1 t CO2/MWh  0.25 MWh/t bought                   0.05 MWh/t bought
     * </pre>
     *
     * By hand: capture treats 1000 t, vents 100 t, buys 250 MWh; cement mineralises 900 t and
     * buys 45 MWh; power buys 400 t coal and sells 1000 MWh. Scope 1 = 100; scope 2 = 295 x 0.423
     * = 124.785; upstream = 400 x 0.1 = 40; stored = 900 t x 0.2729 t C/t x 44.01/12.011 t CO2.
     * Cost = 400 x 100 + 295 x 150 - 1000 x 120 = -35,750. Carbon: 400 x 0.68225 = 272.9 t C in
     * = (100 + 900) x 0.2729 out. By-products 1000 (flue) + 900 (captured) + 100 (vented) + 900
     * (mineral); vented and stored leave the complex: circularity = 1 - 1000 / 2900. Without
     * symbiosis the flue gas is released: scope 1 = 1000, scope 2 = 0.
     */
    @Test
    void chainMatchesItsHandComputation() {
        SimulationResult result = simulator.run(chain());
        checkBoth(result, "chain");
        Simulation with = result.withSymbiosis();
        assertClose(1000, activity(with, "capture.amine"), "capture activity");
        assertClose(900, activity(with, "cement.mineralise"), "mineralisation");
        assertClose(100, released(with, "capture", "co2"), "vented");
        assertClose(900, released(with, "cement", "co2-mineral"), "stored t");
        assertClose(250, bought(with, "capture", "electricity"), "capture electricity");
        assertClose(1000, sold(with, "power", "electricity"), "power sold");
        Ledger.Totals t = with.ledger().totals();
        assertClose(100, t.scope1(), "scope 1");
        assertClose(295 * 0.423, t.scope2(), "scope 2");
        assertClose(40, t.upstream(), "upstream");
        assertClose(100 + 295 * 0.423, t.residual(), "residual");
        assertClose(900 * 0.2729 * Carrier.CO2_PER_CARBON, t.stored(), "stored");
        assertClose(423, t.avoided(), "avoided");
        assertClose(-35_750, t.cost(), "cost");
        assertClose(272.9, t.carbonIn(), "carbon in");
        assertClose(272.9, t.carbonOut(), "carbon out");
        assertClose(1 - 1000.0 / 2900, t.circularity(), "circularity");
        assertClose(100, with.ledger().plants().get(PlantId.of("capture")).scope1(),
                "capture scope 1");
        Ledger.Totals base = result.baseline().ledger().totals();
        assertClose(1000, base.scope1(), "baseline scope 1");
        assertEquals(0, base.scope2());
        assertClose(1000 - 100 - 295 * 0.423, result.residualReduction(), "reduction");
    }

    /**
     * (b) The methane loop of {@link Fixtures#methaneLoop}. Closed form: with D = 1000 MWh of
     * fixed demand, k = 0.144 x 2.744 t CO2/MWh and e = 0.3 MWh per t CO2 captured, the power
     * plant meets D plus the capture unit's electricity e C, where C = k P is all its flue gas:
     *
     * <pre>
     *   P = D + e k P   =>   P = D / (1 - e k)          (loop gain e k = 0.1185...)
     *   captured = 0.9 k P;  methane M = 0.9 k P / 2.744 = 0.9 x 0.144 P
     *   fossil gas bought = 0.144 P - M = 0.0144 P;  H2 = 0.503 M;  water = 2.246 M
     *   scope 1 = vented CO2 = 0.1 k P;  upstream = 0.5 t CO2e/t x fossil
     * </pre>
     * Without symbiosis (flue gas, CO2 and methane links off, electricity links on): P = D, all
     * flue gas released: scope 1 = k D; fossil gas = 0.144 D.
     */
    @Test
    void methaneLoopMatchesItsClosedForm() {
        SimulationResult result = simulator.run(Fixtures.methaneLoop(Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));
        checkBoth(result, "methane loop");
        double p = FACTORY_DEMAND / (1 - CAPTURE_ELECTRICITY * CO2_PER_MWH);
        double m = 0.9 * GAS_PER_MWH * p;
        Simulation with = result.withSymbiosis();
        assertClose(p, activity(with, "power.gas"), "power");
        assertClose(CO2_PER_MWH * p, activity(with, "capture.amine"), "capture");
        assertClose(m, activity(with, "methanation.sabatier"), "methane");
        assertClose(m, with.state().flow(LinkId.of("methane-back")), "methane back");
        assertClose(0.1 * GAS_PER_MWH * p, bought(with, "power", "ch4"), "fossil top-up");
        assertClose(0.503 * m, bought(with, "methanation", "h2"), "hydrogen");
        assertClose(2.246 * m, released(with, "methanation", "water"), "water");
        assertClose(CAPTURE_ELECTRICITY * CO2_PER_MWH * p,
                with.state().flow(LinkId.of("power-capture")), "capture electricity");
        Ledger.Totals t = with.ledger().totals();
        assertClose(0.1 * CO2_PER_MWH * p, t.scope1(), "scope 1");
        assertEquals(0, t.scope2());
        assertClose(0.5 * 0.1 * GAS_PER_MWH * p, t.upstream(), "upstream");
        assertClose(0.1 * GAS_PER_MWH * p * CH4_CARBON, t.carbonIn(), "carbon in");
        assertClose(0.1 * CO2_PER_MWH * p * CO2_CARBON, t.carbonOut(), "carbon out");
        Convergence c = with.convergence();
        assertEquals(1, c.cyclicComponents());
        assertTrue(c.residual() <= Simulator.DEFAULT_TOLERANCE, "residual " + c.residual());
        Simulation base = result.baseline();
        assertClose(FACTORY_DEMAND, activity(base, "power.gas"), "baseline power");
        assertClose(CO2_PER_MWH * FACTORY_DEMAND, base.ledger().totals().scope1(),
                "baseline scope 1");
        assertClose(GAS_PER_MWH * FACTORY_DEMAND, bought(base, "power", "ch4"),
                "baseline fossil");
    }

    /**
     * (c) The pull chain of {@link Fixtures#pullChain}: CO2 = 0.8 x 1000 = 800 t; methane M = 800
     * / 2.744; H2 need N = 0.503 M; the pull link carries f = N / 0.98 so that 98 % arrives; the
     * electrolyser makes f and buys 55 f MWh; 0.02 f is lost. All CH4 is sold: sold carbon = 800
     * t CO2 x 0.2729 x 44.01/12.011 / 0.2729 ... = M x CH4 carbon x 44.01/12.011; avoided = 2.744
     * M = 800.
     */
    @Test
    void pullChainMatchesItsHandComputation() {
        SimulationResult result = simulator.run(Fixtures.pullChain());
        checkBoth(result, "pull chain");
        Simulation with = result.withSymbiosis();
        double m = 800 / 2.744;
        double f = 0.503 * m / 0.98;
        assertClose(m, activity(with, "methanation.sabatier"), "methane");
        assertClose(f, with.state().flow(LinkId.of("h2-pipe")), "h2 pulled");
        assertClose(f, activity(with, "electrolyser.pem"), "electrolyser");
        assertClose(55 * f, bought(with, "electrolyser", "electricity"), "electricity");
        assertEquals(0, bought(with, "methanation", "h2"));
        assertClose(m, sold(with, "methanation", "ch4"), "methane sold");
        Ledger.Totals t = with.ledger().totals();
        assertEquals(0, t.scope1());
        assertClose(55 * f * 0.423, t.scope2(), "scope 2");
        assertClose(800, t.avoided(), "avoided");
        // Recycled carbon sold as fuel; the emitter keeps the credit by default, so the buyer's
        // combustion is in category 11.
        assertClose(m * CH4_CARBON * Carrier.CO2_PER_CARBON, t.soldFuels(), "sold fuel carbon");
        assertEquals(0, t.ccuInScope1());
        assertClose(0.02 * f, with.ledger().carriers().get(CarrierId.of("h2")).lost(), "h2 lost");
        Simulation base = result.baseline();
        assertEquals(0, activity(base, "electrolyser.pem"));
        assertClose(800, base.ledger().totals().scope1(), "baseline scope 1");
    }

    /**
     * (d) The methane loop with the power plant capped at 1100 MWh and the methane link at 50 t.
     * By hand: P = 1100 (the loop wants 1134.5); the capture unit treats k x 1100 and pulls 0.3
     * k x 1100 MWh, so the power plant sends 1000 + 0.3 k 1100 = 1130.39 MWh and buys the 30.39
     * it lacks from the grid; methanation makes 0.9 x 0.144 x 1100 = 142.56 t CH4, sends 50 back
     * and sells the 92.56 left; the power plant buys 0.144 x 1100 - 50 = 108.4 t fossil gas.
     */
    @Test
    void capacitiesClipALoop() {
        SimulationResult result = simulator.run(Fixtures.methaneLoop(1100, 50));
        checkBoth(result, "clipped loop");
        Simulation with = result.withSymbiosis();
        double captured = CO2_PER_MWH * 1100;
        double shortfall = FACTORY_DEMAND + CAPTURE_ELECTRICITY * captured - 1100;
        assertClose(1100, activity(with, "power.gas"), "power at capacity");
        assertClose(captured, activity(with, "capture.amine"), "capture");
        assertClose(shortfall, bought(with, "power", "electricity"), "grid top-up");
        assertClose(142.56, activity(with, "methanation.sabatier"), "methane");
        assertClose(50, with.state().flow(LinkId.of("methane-back")), "methane link at capacity");
        assertClose(92.56, sold(with, "methanation", "ch4"), "methane sold");
        assertClose(0.144 * 1100 - 50, bought(with, "power", "ch4"), "fossil");
        assertClose(shortfall * 0.423, with.ledger().totals().scope2(), "scope 2");
    }

    /** (e) A loop with gain 1.2 creates material: rejected, naming its plants and not others. */
    @Test
    void rejectsALoopWithGainAboveOneNamingItsPlants() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> simulator.run(Fixtures.amplifyingLoop(1.2)));
        assertTrue(e.getMessage().matches("The loop (a -> b -> a|b -> a -> b) \\(through .*\\) has"
                + " a gain of 1\\.200 \\(1 or more\\).*"), e.getMessage());
        for (String element : new String[] {"process 'a.convert'", "process 'b.convert'",
            "link 'a-b'", "link 'b-a'"}) {
            assertTrue(e.getMessage().contains(element), e.getMessage());
        }
        assertTrue(!e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void rejectsALoopWithGainExactlyOne() {
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> simulator.run(Fixtures.amplifyingLoop(1.0)));
        assertTrue(e.getMessage().contains("has a gain of 1.000 (1 or more)"), e.getMessage());
    }

    /**
     * Regression (issue 10.1): a follower that also gives out the carrier it follows, on a loop of
     * gain exactly 1, ran 100,000 sweeps and printed flows near 10^6 instead of being rejected;
     * with a capacity on the loop it ran and exited 0. The gain rule ignores capacities.
     */
    @Test
    void rejectsAUnitGainLoopWhoseFollowerAlsoGivesOutWhatItFollows() {
        for (double capacity : new double[] {Double.POSITIVE_INFINITY, 50}) {
            UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                    () -> simulator.run(Fixtures.amplifyingLoop(1.0, 0.5, capacity)),
                    "capacity " + capacity);
            assertTrue(e.getMessage().contains("has a gain of 1.000 (1 or more)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("a -> b -> a") || e.getMessage().contains(
                    "b -> a -> b"), e.getMessage());
        }
    }

    /**
     * The same loop at gain 0.5 with a's self-output of 0.5: a runs on what it receives, 100 +
     * 0.5 a, so a = 200, b = 100, and a's own 100 t of x are left over and go to landfill.
     */
    @Test
    void solvesAFollowerThatGivesOutWhatItFollows() {
        SimulationResult result = simulator.run(Fixtures.amplifyingLoop(0.5, 0.5,
                Double.POSITIVE_INFINITY));
        checkBoth(result, "self-output loop 0.5");
        assertClose(200, activity(result.withSymbiosis(), "a.convert"), "a");
        assertClose(100, activity(result.withSymbiosis(), "b.convert"), "b");
        assertClose(100, released(result.withSymbiosis(), "a", "x"), "a's own x");
    }

    /**
     * A loop below gain 1 that does not settle within the sweep limit gives no flows: its
     * figures would be approximate. (Gain 0.999 needs about 30,000 Gauss-Seidel sweeps; the
     * limit is 50.)
     */
    @Test
    void aLoopThatDoesNotSettleGivesNoFlows() {
        Simulator hurried = new Simulator(1e-12, 50, org.symbiosis.flow.ProgressListener.NONE,
                LoopSolver.GAUSS_SEIDEL);
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> hurried.run(Fixtures.amplifyingLoop(0.999)));
        assertTrue(e.getMessage().startsWith("The loop among plants [a, b] did not settle in 50"
                + " sweeps"), e.getMessage());
        assertTrue(e.getMessage().contains("raise the sweep limit"), e.getMessage());
    }

    /**
     * The same loop at gain 0.999 by elimination, under the same limit of 50 sweeps: solved
     * directly, without a sweep. By hand: a = 100 / (1 - 0.999) = 100,000 t of x, b = 0.999 a =
     * 99,900 t, all sent back to a.
     */
    @Test
    void eliminationSolvesALoopOfGainNearOneWithoutSweeps() {
        Simulator hurried = new Simulator(1e-12, 50, org.symbiosis.flow.ProgressListener.NONE,
                LoopSolver.ELIMINATION);
        SimulationResult result = hurried.run(Fixtures.amplifyingLoop(0.999));
        checkBoth(result, "loop 0.999");
        Simulation with = result.withSymbiosis();
        assertClose(100_000, activity(with, "a.convert"), "a");
        assertClose(99_900, activity(with, "b.convert"), "b");
        assertClose(99_900, with.state().flow(LinkId.of("b-a")), "sent back");
        assertEquals(0, with.convergence().sweeps());
        assertEquals(1, with.convergence().cyclicComponents());
    }

    /**
     * Gain 0.999 with the link back capped at 50 t: a = 100 + 50 = 150, b = 0.999 x 150 =
     * 149.85, of which 99.85 t of x go to landfill at b. Both loop solvers find it; the clipped
     * link leaves the solution no proof of the gain, so the certificate proves it.
     */
    @Test
    void bothLoopSolversClipANearUnitLoopAtItsCapacity() {
        for (LoopSolver solver : LoopSolver.values()) {
            Simulator simulator = new Simulator(1e-12, 1_000_000,
                    org.symbiosis.flow.ProgressListener.NONE, solver);
            Simulation with = simulator.run(Fixtures.amplifyingLoop(0.999, 0, 50))
                    .withSymbiosis();
            FlowInvariants.check(with.state(), "clipped loop 0.999 by " + solver);
            assertClose(150, activity(with, "a.convert"), solver + ": a");
            assertClose(149.85, activity(with, "b.convert"), solver + ": b");
            assertClose(50, with.state().flow(LinkId.of("b-a")), solver + ": sent back");
            assertClose(99.85, released(with, "b", "x"), solver + ": landfill at b");
        }
    }

    /** Gain 0.5: a = 100 / (1 - 0.5) = 200 t of x; y = 100 t. */
    @Test
    void solvesTheSameLoopBelowGainOne() {
        SimulationResult result = simulator.run(Fixtures.amplifyingLoop(0.5));
        checkBoth(result, "loop 0.5");
        assertClose(200, activity(result.withSymbiosis(), "a.convert"), "a");
        assertClose(100, activity(result.withSymbiosis(), "b.convert"), "b");
    }

    @Test
    void namesAnInputThatCannotBeSupplied() {
        Park noElectricity = Fixtures.pullChain().toBuilder()
                .removeMarket(CarrierId.of("electricity")).build();
        UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                () -> simulator.run(noElectricity));
        double f = 0.503 * (800 / 2.744) / 0.98;
        assertTrue(e.getMessage().startsWith(String.format(java.util.Locale.ROOT,
                "Plant 'electrolyser' needs %.6g MWh of 'electricity' that nothing supplies and no"
                        + " market sells", 55 * f)), e.getMessage());
    }

    /**
     * A capture unit that takes flue-gas CO2 in and vents 10 % of it as the same carrier runs on
     * what it receives, not on its own vent: 1000 t in, activity 1000, 900 captured, 100 vented.
     *
     * <pre>
     *   power --co2 (push 1)--> capture (in co2 1, out co2 0.1 + captured 0.9; follows co2)
     * </pre>
     */
    @Test
    void aProcessDoesNotFollowItsOwnOutput() {
        Park park = Park.builder()
                .carrier(Carrier.of("co2", "t").withCarbon(CO2_CARBON).withGwp(1))
                .carrier(Carrier.of("captured", "t").withCarbon(CO2_CARBON))
                .carrier(Carrier.of("electricity", "MWh"))
                .plant(org.symbiosis.model.Plant.of("power", "power",
                        org.symbiosis.model.Process.builder("power.run").reference("electricity")
                                .output("electricity", 1).output("co2", 1).fixed(1000).build()))
                .plant(org.symbiosis.model.Plant.of("capture", "capture",
                        org.symbiosis.model.Process.builder("capture.amine").reference("co2")
                                .input("co2", 1).output("co2", 0.1).output("captured", 0.9)
                                .follows("co2").build()))
                .link(org.symbiosis.model.Link.push("flue", "power", "capture", "co2", 1))
                .market(org.symbiosis.model.Market.disposal("co2",
                        org.symbiosis.model.DisposalKind.AIR, 0))
                .market(org.symbiosis.model.Market.disposal("captured",
                        org.symbiosis.model.DisposalKind.STORAGE, 0))
                .market(org.symbiosis.model.Market.sell("electricity", 0, 0))
                .build();
        Simulation with = simulator.run(park).withSymbiosis();
        FlowInvariants.check(with.state(), "self-following capture");
        assertClose(1000, activity(with, "capture.amine"), "capture activity");
        assertClose(100, released(with, "capture", "co2"), "vented");
        assertClose(900, released(with, "capture", "captured"), "stored");
    }

    @Test
    void resultIsDeterministic() {
        Park park = Fixtures.methaneLoop(1100, 50);
        FlowState a = simulator.run(park).withSymbiosis().state();
        FlowState b = simulator.run(park).withSymbiosis().state();
        for (int r = 0; r < a.index().processCount(); r++) {
            assertEquals(a.activity(r), b.activity(r));
        }
    }
}
