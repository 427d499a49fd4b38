package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;

/**
 * The loop solvers against an independent dense solve ({@link DenseReference}: the rules written
 * over activities and flows, Gaussian elimination with an active set for capacities), on seeded
 * random parks and on loops whose gain is near 1: Gauss-Seidel, elimination, and elimination
 * forced to fall back on Gauss-Seidel (no room for its factors, or one round for capacities).
 */
class LoopSolversTest {

    private static final ProgressListener NONE = ProgressListener.NONE;

    private static List<Simulator> simulators() {
        return List.of(new Simulator(1e-12, 10_000_000, NONE, LoopSolver.GAUSS_SEIDEL),
                new Simulator(1e-12, 10_000_000, NONE, LoopSolver.ELIMINATION),
                new Simulator(1e-12, 10_000_000, NONE, LoopSolver.ELIMINATION, 0, 16),
                new Simulator(1e-12, 10_000_000, NONE, LoopSolver.ELIMINATION, 8, 1));
    }

    private static String name(int simulator) {
        return new String[] {"Gauss-Seidel", "elimination", "elimination without room",
            "elimination with one round"}[simulator];
    }

    /** Asserts that the simulation's activities and flows are the dense solution's. */
    private static void assertAgrees(DenseReference dense, Simulation simulation,
            double relative, String context) {
        double[] x = dense.solve();
        double scale = 1;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v));
        }
        ParkIndex index = simulation.state().index();
        for (int r = 0; r < dense.processes; r++) {
            assertTrue(Math.abs(x[r] - simulation.state().activity(r)) <= relative * scale,
                    context + ": activity " + index.process(r).id() + " dense " + x[r] + " vs "
                            + simulation.state().activity(r));
        }
        for (int l = 0; l < dense.links; l++) {
            double expected = x[dense.processes + l];
            assertTrue(Math.abs(expected - simulation.state().flow(l)) <= relative * scale,
                    context + ": flow " + index.link(l).id() + " dense " + expected + " vs "
                            + simulation.state().flow(l));
        }
    }

    @Test
    void everySolverAgreesWithADenseSolveOnRandomParks() {
        List<Simulator> simulators = simulators();
        int withLoops = 0;
        int eliminated = 0;
        for (long seed = 1; seed <= 120; seed++) {
            Park park = RandomParks.generate(seed, 3 + (int) (seed % 10));
            ParkIndex index = ParkIndex.of(park);
            boolean[] active = Simulator.activeLinks(index, false);
            DenseReference dense = new DenseReference(park, active);
            boolean rejected = false;
            for (int s = 0; s < simulators.size(); s++) {
                String context = "seed " + seed + ", " + name(s);
                Simulation simulation;
                try {
                    simulation = simulators.get(s).solve(index, active);
                } catch (UnsolvableParkException e) {
                    assertTrue(e.getMessage().matches("(?s).*(has a gain of|together return more"
                            + " than they take).*"), context + ": " + e);
                    assertTrue(s == 0 || rejected, context + ": rejected by this solver only");
                    rejected = true;
                    continue;
                }
                assertTrue(!rejected, context + ": solved, but rejected by Gauss-Seidel");
                FlowInvariants.check(simulation.state(), context);
                assertAgrees(dense, simulation, 1e-8, context);
                if (s == 0 && simulation.convergence().cyclicComponents() > 0) {
                    withLoops++;
                }
                if (s == 1 && simulation.convergence().cyclicComponents() > 0
                        && simulation.convergence().sweeps() == 0) {
                    eliminated++;
                }
            }
        }
        assertTrue(withLoops >= 60, "too few random parks with loops: " + withLoops);
        // Elimination solved the loops without a sweep in all but a few parks.
        assertTrue(eliminated >= withLoops - 5, eliminated + " of " + withLoops
                + " parks with loops solved by elimination alone");
    }

    /**
     * Synthetic parks of 5 clusters whose loops have a gain of 0.99 and 0.999 (about 10^4 and
     * 10^5 Gauss-Seidel sweeps), against the dense solve: both solvers, to 1e-9 of the largest
     * value (the dense solve's own error grows like 1 / (1 - gain)).
     */
    @Test
    void everySolverAgreesWithADenseSolveOnNearUnitLoops() {
        List<Simulator> simulators = simulators();
        for (double gain : new double[] {0.99, 0.999}) {
            for (long seed = 1; seed <= 2; seed++) {
                Park park = SyntheticParks.generate(seed, 50, gain);
                ParkIndex index = ParkIndex.of(park);
                boolean[] active = Simulator.activeLinks(index, false);
                DenseReference dense = new DenseReference(park, active);
                for (int s = 0; s < 2; s++) {
                    String context = "gain " + gain + ", seed " + seed + ", " + name(s);
                    Simulation simulation = simulators.get(s).solve(index, active);
                    FlowInvariants.check(simulation.state(), context);
                    assertAgrees(dense, simulation, 1e-9, context);
                    assertEquals(1, simulation.convergence().cyclicComponents(), context);
                }
            }
        }
    }

    /**
     * Random parks with their coefficients scaled until the dense spectral radius of their loops
     * is between 0.998 and 0.9995, capacities and losses included: every solver agrees with the
     * dense solve, or rejects the park only when the dense radius is within 2e-3 of 1.
     */
    @Test
    void everySolverAgreesWithADenseSolveOnRandomNearUnitLoops() {
        List<Simulator> simulators = simulators();
        int solved = 0;
        for (long seed = 1; seed <= 200 && solved < 8; seed++) {
            int plants = 3 + (int) (seed % 5);
            double low = 0;
            double high = 50;
            Park park = RandomParks.generate(seed, plants, high);
            DenseReference dense = new DenseReference(park, Simulator.activeLinks(
                    ParkIndex.of(park), false));
            double radius = dense.spectralRadius();
            if (radius < 0.998) {
                continue;
            }
            for (int step = 0; step < 40 && !(radius >= 0.998 && radius <= 0.9995); step++) {
                double scale = (low + high) / 2;
                park = RandomParks.generate(seed, plants, scale);
                dense = new DenseReference(park, Simulator.activeLinks(ParkIndex.of(park),
                        false));
                radius = dense.spectralRadius();
                if (radius > 0.9995) {
                    high = scale;
                } else {
                    low = scale;
                }
            }
            if (radius < 0.998 || radius > 0.9995) {
                continue;
            }
            ParkIndex index = ParkIndex.of(park);
            boolean[] active = Simulator.activeLinks(index, false);
            boolean all = true;
            for (int s = 0; s < simulators.size(); s++) {
                String context = "seed " + seed + ", radius " + radius + ", " + name(s);
                try {
                    Simulation simulation = simulators.get(s).solve(index, active);
                    FlowInvariants.check(simulation.state(), context);
                    assertAgrees(dense, simulation, 1e-7, context);
                } catch (UnsolvableParkException e) {
                    assertTrue(e.getMessage().contains("gain") && radius >= 0.998, context + ": "
                            + e);
                    all = false;
                }
            }
            if (all) {
                solved++;
            }
        }
        assertTrue(solved >= 5, "too few near-unit random parks solved: " + solved);
    }

    /**
     * {@link Fixtures#interlockingLoops}, by hand: a = 100 + 0.5 b, b = a + 0.6 c, c = 0.5 b
     * give b = a / 0.7, a (1 - 5 / 7) = 100, so a = 350, b = 500, c = 250; b sends 250 t of x
     * back to a and 250 t of z to c, which sends 150 t of y back to b. Nothing is released. Every
     * solver, with no sweep left to elimination.
     */
    @Test
    void interlockingLoopsMatchTheirHandComputation() {
        List<Simulator> simulators = simulators();
        Park park = Fixtures.interlockingLoops(0.6, Double.POSITIVE_INFINITY);
        for (int s = 0; s < simulators.size(); s++) {
            Simulation with = simulators.get(s).simulate(park);
            String context = "interlocking loops, " + name(s);
            FlowInvariants.check(with.state(), context);
            assertClose(350, with.state().activity(ProcessId.of("a.convert")), context + ": a");
            assertClose(500, with.state().activity(ProcessId.of("b.convert")), context + ": b");
            assertClose(250, with.state().activity(ProcessId.of("c.convert")), context + ": c");
            assertClose(350, with.state().flow(LinkId.of("a-b")), context + ": a-b");
            assertClose(250, with.state().flow(LinkId.of("b-a")), context + ": b-a");
            assertClose(250, with.state().flow(LinkId.of("b-c")), context + ": b-c");
            assertClose(150, with.state().flow(LinkId.of("c-b")), context + ": c-b");
            for (String plant : new String[] {"a", "b", "c"}) {
                for (String carrier : new String[] {"x", "y", "z"}) {
                    assertEquals(0, with.state().released(PlantId.of(plant),
                            CarrierId.of(carrier)), 1e-9,
                            context + ": released at " + plant + " of " + carrier);
                }
            }
            assertEquals(1, with.convergence().cyclicComponents(), context);
            if (s == 1) {
                assertEquals(0, with.convergence().sweeps(), context);
            }
        }
    }

    /**
     * The same loops with the link from c back to b capped at 100 t: b = a + 100, a = 100 + 0.5
     * b, so a = 300, b = 400, c = 200, and of c's 120 t of y, 100 go back to b and 20 to landfill
     * at c. Elimination clips the link in its second round.
     */
    @Test
    void interlockingLoopsAreClippedAtACapacity() {
        List<Simulator> simulators = simulators();
        Park park = Fixtures.interlockingLoops(0.6, 100);
        for (int s = 0; s < simulators.size(); s++) {
            Simulation with = simulators.get(s).simulate(park);
            String context = "clipped interlocking loops, " + name(s);
            FlowInvariants.check(with.state(), context);
            assertClose(300, with.state().activity(ProcessId.of("a.convert")), context + ": a");
            assertClose(400, with.state().activity(ProcessId.of("b.convert")), context + ": b");
            assertClose(200, with.state().activity(ProcessId.of("c.convert")), context + ": c");
            assertClose(200, with.state().flow(LinkId.of("b-a")), context + ": b-a");
            assertClose(100, with.state().flow(LinkId.of("c-b")), context + ": c-b");
            assertClose(20, with.state().released(PlantId.of("c"),
                    CarrierId.of("y")), context + ": landfill at c");
        }
    }

    /**
     * At a yield of 1.2 at c the two loops together grow by sqrt(0.5 x 2.2) = 1.049 per step,
     * though neither alone reaches 1 (0.5 and 0.6): every solver rejects the park, with the
     * capacity on the link back from c too (capacities do not make material from nothing
     * acceptable), naming the plants of the loops.
     */
    @Test
    void interlockingLoopsOfGainAboveOneAreRejectedByEverySolver() {
        List<Simulator> simulators = simulators();
        for (double capacity : new double[] {Double.POSITIVE_INFINITY, 100}) {
            Park park = Fixtures.interlockingLoops(1.2, capacity);
            for (int s = 0; s < simulators.size(); s++) {
                Simulator simulator = simulators.get(s);
                String context = "capacity " + capacity + ", " + name(s);
                UnsolvableParkException e = assertThrows(UnsolvableParkException.class,
                        () -> simulator.simulate(park), context);
                assertTrue(e.getMessage().matches("(?s).*(has a gain of|together return more"
                        + " than they take).*"), context + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("a") && e.getMessage().contains("b")
                        && e.getMessage().contains("c"), context + ": " + e.getMessage());
                assertTrue(!e.getMessage().contains("source"), context + ": " + e.getMessage());
            }
        }
    }

    /**
     * Elimination against Gauss-Seidel (the solver it replaces) on synthetic parks of 200 to
     * 3,000 plants, where the whole park is one loop with a feedback set of hundreds of
     * variables, at random loop gains from 0.3 to 0.97 and at the generator's own drawn shares,
     * with and without symbiosis: every activity and flow agrees to 1e-9 of the largest, and
     * elimination needs no sweep.
     */
    @Test
    void eliminationAgreesWithGaussSeidelOnSeededSyntheticParks() {
        Simulator gaussSeidel = new Simulator(1e-13, 10_000_000, NONE, LoopSolver.GAUSS_SEIDEL);
        Simulator elimination = new Simulator(1e-13, 10_000_000, NONE, LoopSolver.ELIMINATION);
        for (long seed = 1; seed <= 8; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int plants = 200 + random.nextInt(2800);
            double gain = seed % 4 == 0 ? Double.NaN : 0.3 + 0.67 * random.nextDouble();
            Park park = SyntheticParks.generate(seed, plants, gain);
            ParkIndex index = ParkIndex.of(park);
            for (boolean baseline : new boolean[] {false, true}) {
                boolean[] active = Simulator.activeLinks(index, baseline);
                String context = "seed " + seed + ", " + plants + " plants, gain " + gain
                        + (baseline ? ", baseline" : "");
                Simulation reference = gaussSeidel.solve(index, active);
                Simulation direct = elimination.solve(index, active);
                FlowInvariants.check(direct.state(), context);
                assertSame(reference, direct, 1e-9, context);
                assertEquals(0, direct.convergence().sweeps(), context);
                assertEquals(reference.convergence().cyclicComponents(),
                        direct.convergence().cyclicComponents(), context);
                if (!baseline) {
                    assertTrue(reference.convergence().sweeps() > 10, context);
                }
            }
        }
    }

    /**
     * Elimination against Gauss-Seidel on random parks of 300 plants (many small loops, hubs
     * kept as variables, capacities and losses): both solve the same parks or reject the same
     * ones for a loop gain of 1 or more, and agree to 1e-9 of the largest value where they
     * solve.
     */
    @Test
    void eliminationAgreesWithGaussSeidelOnLargerRandomParks() {
        Simulator gaussSeidel = new Simulator(1e-13, 10_000_000, NONE, LoopSolver.GAUSS_SEIDEL);
        Simulator elimination = new Simulator(1e-13, 10_000_000, NONE, LoopSolver.ELIMINATION);
        int solved = 0;
        for (long seed = 1000; seed < 1040; seed++) {
            Park park = RandomParks.generate(seed, 300, 0.3);
            ParkIndex index = ParkIndex.of(park);
            boolean[] active = Simulator.activeLinks(index, false);
            String context = "seed " + seed;
            Simulation reference;
            try {
                reference = gaussSeidel.solve(index, active);
            } catch (UnsolvableParkException e) {
                assertThrows(UnsolvableParkException.class, () -> elimination.solve(index,
                        active), context + ": rejected by Gauss-Seidel only");
                continue;
            }
            Simulation direct = elimination.solve(index, active);
            FlowInvariants.check(direct.state(), context);
            assertSame(reference, direct, 1e-9, context);
            solved++;
        }
        assertTrue(solved >= 30, "too few larger random parks solved: " + solved);
    }

    /** Every activity and flow of {@code actual} within {@code relative} of the largest. */
    private static void assertSame(Simulation expected, Simulation actual, double relative,
            String context) {
        ParkIndex index = expected.state().index();
        double scale = 1;
        for (int r = 0; r < index.processCount(); r++) {
            scale = Math.max(scale, Math.abs(expected.state().activity(r)));
        }
        for (int l = 0; l < index.linkCount(); l++) {
            scale = Math.max(scale, Math.abs(expected.state().flow(l)));
        }
        for (int r = 0; r < index.processCount(); r++) {
            double a = expected.state().activity(r);
            double b = actual.state().activity(r);
            assertTrue(Math.abs(a - b) <= relative * scale, context + ": activity "
                    + index.process(r).id() + " " + a + " vs " + b);
        }
        for (int l = 0; l < index.linkCount(); l++) {
            double a = expected.state().flow(l);
            double b = actual.state().flow(l);
            assertTrue(Math.abs(a - b) <= relative * scale, context + ": flow "
                    + index.link(l).id() + " " + a + " vs " + b);
        }
    }

    /**
     * The loop gain of {@link SyntheticParks#generate(long, int, double)}, checked on the dense
     * formulation: the transfer R from the power plants' activities back to themselves through
     * the rest of the park (a Schur complement, the rest being acyclic) has every row summing to
     * the gain, so its spectral radius is the gain.
     */
    @Test
    void theSyntheticParksLoopGainIsWhatItSays() {
        for (double gain : new double[] {0.5, 0.9, 0.99}) {
            Park park = SyntheticParks.generate(7, 40, gain);
            ParkIndex index = ParkIndex.of(park);
            DenseReference dense = new DenseReference(park, Simulator.activeLinks(index, false));
            List<Integer> power = new ArrayList<>();
            for (int r = 0; r < index.processCount(); r++) {
                if (index.process(r).id().value().endsWith("power.gen")) {
                    power.add(r);
                }
            }
            assertEquals(4, power.size());
            double[][] transfer = transfer(dense.k, power);
            for (int i = 0; i < power.size(); i++) {
                double sum = 0;
                for (double v : transfer[i]) {
                    sum += v;
                }
                assertEquals(gain, sum, 1e-12, "gain " + gain + ", row " + i);
            }
        }
    }

    /** {@code K_PP + K_PQ (I - K_QQ)^-1 K_QP} by dense Gaussian elimination. */
    private static double[][] transfer(double[][] k, List<Integer> p) {
        int n = k.length;
        boolean[] inP = new boolean[n];
        p.forEach(i -> inP[i] = true);
        List<Integer> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!inP[i]) {
                q.add(i);
            }
        }
        int m = q.size();
        // Solve (I - K_QQ) Z = K_QP, one column per element of P.
        double[][] a = new double[m][m + p.size()];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = (i == j ? 1 : 0) - k[q.get(i)][q.get(j)];
            }
            for (int j = 0; j < p.size(); j++) {
                a[i][m + j] = k[q.get(i)][p.get(j)];
            }
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int i = col + 1; i < m; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int i = 0; i < m; i++) {
                if (i != col && a[i][col] != 0) {
                    double f = a[i][col] / a[col][col];
                    for (int j = col; j < a[i].length; j++) {
                        a[i][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[][] r = new double[p.size()][p.size()];
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                double sum = k[p.get(i)][p.get(j)];
                for (int h = 0; h < m; h++) {
                    sum += k[p.get(i)][q.get(h)] * a[h][m + j] / a[h][h];
                }
                r[i][j] = sum;
            }
        }
        return r;
    }
}
