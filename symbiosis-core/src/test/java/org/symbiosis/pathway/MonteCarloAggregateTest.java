package org.symbiosis.pathway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Target;

/**
 * Blocks of Monte Carlo samples run apart and merged give the single run's aggregate and
 * result to the last bit, on the chain fixture of {@link PathwayRunnerTest} (residual = K a for
 * the power plant's activity a, drawn from a normal in 2020 and a triangular in 2030).
 */
class MonteCarloAggregateTest {

    static Scenario uncertain() {
        return new Scenario("mc", "", PathwayRunnerTest.chain(), 2020, 2030, List.of(
                new Scenario.Change(new Parameter(PathwayRunnerTest.POWER),
                        Scenario.Interpolation.LINEAR, List.of(
                                new Scenario.Point(2020, new Distribution.Normal(1000, 50)),
                                new Scenario.Point(2030, new Distribution.Triangular(500, 800,
                                        900))))), List.of(),
                List.of(new PathwayTarget.Reduction("minus-25", "", 2020, 2030, 0.25,
                        Target.Metric.RESIDUAL), new PathwayTarget.Cap("cap", "", 2030,
                        750 * PathwayRunnerTest.K, Target.Metric.NET)), false);
    }

    /** Seeded random splits of 0..199 into blocks, merged in shuffled order and grouping. */
    @Test
    void blocksMergedInAnyOrderEqualOneRun() {
        Scenario s = uncertain();
        PathwayRunner runner = new PathwayRunner(2, ProgressListener.NONE);
        PathwayResult whole = runner.run(s, 200, 7);
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<MonteCarloAggregate> blocks = new ArrayList<>();
            int from = 0;
            while (from < 200) {
                int to = Math.min(200, from + 1 + random.nextInt(60));
                blocks.add(new PathwayRunner().sample(s, 7, from, to));
                from = to;
            }
            Collections.shuffle(blocks, new java.util.Random(seed));
            MonteCarloAggregate pairwise = MonteCarloAggregate.empty(s, 7);
            for (MonteCarloAggregate b : blocks) {
                pairwise = b.merge(pairwise);
            }
            MonteCarloAggregate all = MonteCarloAggregate.mergeAll(blocks);
            assertEquals(all, pairwise, "split seed " + seed);
            PathwayResult merged = runner.result(s, all);
            assertEquals(whole.residualBands(), merged.residualBands(), "split seed " + seed);
            assertEquals(whole.netBands(), merged.netBands(), "split seed " + seed);
            assertEquals(whole.verdicts(), merged.verdicts(), "split seed " + seed);
            for (int i = 0; i < 200; i++) {
                assertArrayEquals(whole.residualBySample()[i], merged.residualBySample()[i]);
            }
            assertArrayEquals(java.util.stream.IntStream.range(0, 200).toArray(),
                    all.sampleIndices());
        }
    }

    /** The mean of {1, 2, 4} is 7/3; P5 = 1 + 0.1 x 1, P50 = 2, P95 = 2 + 0.9 x 2 (type 7). */
    @Test
    void bandsAreType7PercentilesAndTheMean() {
        Scenario s = uncertain();
        double[][] rows = new double[3][s.years()];
        double[] values = {4, 1, 2};
        for (int i = 0; i < 3; i++) {
            java.util.Arrays.fill(rows[i], values[i]);
        }
        MonteCarloAggregate a = MonteCarloAggregate.block(s, 1, 10, rows, rows,
                new boolean[][] {{true, false}, {true, true}, {false, false}});
        PathwayResult.Band band = a.residualBands().get(0);
        assertEquals(new PathwayResult.Band(2020, 1.1, 2, 3.8, 7.0 / 3), band);
        assertEquals(2.0 / 3, a.probabilityMet(0));
        assertEquals(1.0 / 3, a.probabilityMet(1));
        assertArrayEquals(new int[] {10, 11, 12}, a.sampleIndices());
    }

    @Test
    void refusesToCountASampleTwice() {
        Scenario s = uncertain();
        MonteCarloAggregate a = new PathwayRunner().sample(s, 7, 0, 5);
        MonteCarloAggregate b = new PathwayRunner().sample(s, 7, 4, 6);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> a.merge(b));
        assertEquals("Sample 4 is in two of the blocks being merged: give each block its own"
                + " range of samples.", e.getMessage());
        assertEquals("sample 4", e.issues().get(0).element());
        assertEquals("4", e.issues().get(0).value());
    }

    @Test
    void refusesToMergeBlocksOfDifferentSeeds() {
        Scenario s = uncertain();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PathwayRunner().sample(s, 7, 0, 2).merge(
                        new PathwayRunner().sample(s, 8, 2, 4)));
        assertTrue(e.getMessage().startsWith("Blocks of samples from different runs cannot be"
                + " merged: seed 8"), e.getMessage());
    }

    /** Java serialization (how a cluster ships blocks) keeps every bit. */
    @Test
    void survivesSerialization() throws Exception {
        MonteCarloAggregate a = new PathwayRunner().sample(uncertain(), 7, 3, 9);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(a, in.readObject());
        }
    }
}
