package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;

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
