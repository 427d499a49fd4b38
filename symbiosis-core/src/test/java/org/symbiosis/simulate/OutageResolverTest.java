package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.generate.SyntheticParks;

class OutageResolverTest {

    /**
     * The local re-solve against the reference, a fresh assembly and solve of the same outage,
     * on seeded random parks: every activity, flow, purchase, sale and release agrees to 1e-9
     * of the larger plus 1e-10 of the park's largest activity or flow (both solves stop at a
     * residual of 1e-12 of their loop's size), and the balance holds.
     */
    @Test
    void agreesWithAFreshAssemblyOnRandomOutagesOfRandomParks() {
        Simulator simulator = new Simulator();
        int compared = 0;
        for (long seed = 1; seed <= 150; seed++) {
            ParkIndex index = ParkIndex.of(RandomParks.generate(seed, 4 + (int) (seed % 20),
                    0.5));
            boolean[] all = Simulator.activeLinks(index, false);
            OutageResolver resolver;
            try {
                resolver = OutageResolver.of(simulator, index, all);
            } catch (UnsolvableParkException e) {
                continue;
            }
            double scale = scale(resolver.base().state());
            Random random = new Random(seed);
            for (int trial = 0; trial < 4; trial++) {
                boolean[] active = all.clone();
                boolean[] stopped = new boolean[index.processCount()];
                int plant = random.nextInt(index.plantCount());
                boolean plantOut = random.nextBoolean();
                for (int r = 0; r < stopped.length; r++) {
                    stopped[r] = plantOut && index.processPlant(r) == plant;
                }
                for (int l = 0; l < active.length; l++) {
                    boolean touches = index.linkFrom(l) == plant || index.linkTo(l) == plant;
                    active[l] &= plantOut ? !touches : random.nextInt(4) != 0;
                }
                Optional<Simulation> local;
                FlowState reference;
                try {
                    reference = simulator.solve(Simulator.assemble(index, active, stopped))
                            .state();
                    local = resolver.without(active, stopped);
                } catch (UnsolvableParkException e) {
                    continue;
                }
                if (local.isEmpty()) {
                    continue;
                }
                FlowState state = local.get().state();
                String where = "seed " + seed + ", trial " + trial;
                assertTrue(state.maxBalanceError() < 1e-9, where);
                for (int r = 0; r < index.processCount(); r++) {
                    close(reference.activity(r), state.activity(r), scale, where + ", process " + r);
                }
                for (int l = 0; l < index.linkCount(); l++) {
                    close(reference.flow(l), state.flow(l), scale, where + ", link " + l);
                }
                for (int k = 0; k < index.pairCount(); k++) {
                    close(reference.bought(k), state.bought(k), scale, where + ", bought " + k);
                    close(reference.sold(k), state.sold(k), scale, where + ", sold " + k);
                    close(reference.released(k), state.released(k), scale, where + ", released " + k);
                }
                compared++;
            }
        }
        assertTrue(compared > 150, "only " + compared + " outages compared");
    }

    @Test
    void agreesOnTheSyntheticParkWhereEverythingIsOneLoop() {
        Simulator simulator = new Simulator();
        ParkIndex index = ParkIndex.of(SyntheticParks.generate(7, 200));
        boolean[] all = Simulator.activeLinks(index, false);
        OutageResolver resolver = OutageResolver.of(simulator, index, all);
        double scale = scale(resolver.base().state());
        int compared = 0;
        for (int plant = 0; plant < index.plantCount(); plant += 7) {
            boolean[] active = all.clone();
            boolean[] stopped = new boolean[index.processCount()];
            for (int r = 0; r < stopped.length; r++) {
                stopped[r] = index.processPlant(r) == plant;
            }
            for (int l = 0; l < active.length; l++) {
                active[l] &= index.linkFrom(l) != plant && index.linkTo(l) != plant;
            }
            FlowState reference = simulator.solve(Simulator.assemble(index, active, stopped))
                    .state();
            Optional<Simulation> local = resolver.without(active, stopped);
            if (local.isEmpty()) {
                continue;
            }
            FlowState state = local.get().state();
            compared++;
            for (int k = 0; k < index.pairCount(); k++) {
                close(reference.bought(k), state.bought(k), scale, "plant " + plant + ", pair " + k);
                close(reference.released(k), state.released(k), scale, "plant " + plant + ", pair "
                        + k);
            }
        }
        assertTrue(compared >= 3, "only " + compared + " outages re-solved locally");
    }

    /** The largest activity or flow of a state: the size both solves' tolerance refers to. */
    private static double scale(FlowState state) {
        double largest = 1;
        for (int r = 0; r < state.index().processCount(); r++) {
            largest = Math.max(largest, Math.abs(state.activity(r)));
        }
        for (int l = 0; l < state.index().linkCount(); l++) {
            largest = Math.max(largest, Math.abs(state.flow(l)));
        }
        return largest;
    }

    private static void close(double expected, double actual, double scale, String where) {
        double larger = Math.max(Math.abs(expected), Math.abs(actual));
        assertEquals(expected, actual, 1e-9 * larger + 1e-10 * scale, where);
    }
}
