package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.pathway.PathwayResult.Band;

/**
 * The Monte Carlo samples of one scenario, or a block of them: each sample's residual and net
 * emissions per year, and per target the number of samples that meet it. Blocks of samples run
 * apart (on threads, or on the machines of a cluster) are {@linkplain #merge merged} into the
 * aggregate of all of them, and merging is exact: rows are kept in sample order, so the same
 * samples give an equal aggregate, and equal bands to the last bit, whatever the blocks were and
 * in whatever order or grouping they were merged.
 *
 * <p>Bands are order statistics of each year's column (type 7, linear between order statistics)
 * and the mean of the sorted column summed in ascending order; neither depends on how the samples
 * were split. Holds 16 bytes per sample and year. Serializable, so that distributed runners can
 * ship blocks between machines. Immutable.
 */
public final class MonteCarloAggregate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The run's seed: aggregates merge only with aggregates of the same seed. */
    private final long seed;
    /** The scenario's first year. */
    private final int firstYear;
    /** How many years each sample has. */
    private final int years;
    /** Sample indices, strictly ascending. */
    private final int[] samples;
    /** Residual emissions, [row * years + year - first], t CO2e/yr. */
    private final double[] residual;
    /** Net emissions, the same layout. */
    private final double[] net;
    /** Per target, in scenario order: the samples that meet it. */
    private final int[] targetsMet;

    private MonteCarloAggregate(long seed, int firstYear, int years, int[] samples,
            double[] residual, double[] net, int[] targetsMet) {
        this.seed = seed;
        this.firstYear = firstYear;
        this.years = years;
        this.samples = samples;
        this.residual = residual;
        this.net = net;
        this.targetsMet = targetsMet;
    }

    /**
     * No samples of {@code scenario} from {@code seed}: the unit of {@link #merge}.
     *
     * @param scenario the scenario whose years and targets the samples will have
     * @param seed     the seed the samples are drawn from
     * @return an aggregate of no samples
     */
    public static MonteCarloAggregate empty(Scenario scenario, long seed) {
        return new MonteCarloAggregate(seed, scenario.firstYear(), scenario.years(), new int[0],
                new double[0], new double[0], new int[scenario.targets().size()]);
    }

    /**
     * A block of consecutive samples {@code from, from + 1, ...}: row i holds sample
     * {@code from + i}. Package-private: blocks come from {@link PathwayRunner#sample}.
     *
     * @param residual residual emissions [row][year - first]
     * @param net      net emissions [row][year - first]
     * @param met      [row][target]: whether the sample meets the target
     */
    static MonteCarloAggregate block(Scenario scenario, long seed, int from, double[][] residual,
            double[][] net, boolean[][] met) {
        int years = scenario.years();
        int rows = residual.length;
        int[] samples = new int[rows];
        double[] r = new double[rows * years];
        double[] n = new double[rows * years];
        int[] hits = new int[scenario.targets().size()];
        for (int i = 0; i < rows; i++) {
            samples[i] = from + i;
            System.arraycopy(residual[i], 0, r, i * years, years);
            System.arraycopy(net[i], 0, n, i * years, years);
            for (int t = 0; t < hits.length; t++) {
                if (met[i][t]) {
                    hits[t]++;
                }
            }
        }
        return new MonteCarloAggregate(seed, scenario.firstYear(), years, samples, r, n, hits);
    }

    /**
     * The aggregate of this block's samples and {@code other}'s. Associative and commutative.
     *
     * @param other another block of the same run
     * @return the samples of both, in sample order
     * @throws IllegalArgumentException if the blocks come from different seeds or year spans,
     *                                  judge a different number of targets, or share a sample
     */
    public MonteCarloAggregate merge(MonteCarloAggregate other) {
        return mergeAll(List.of(this, other));
    }

    /**
     * The aggregate of all {@code parts}' samples, in O(n log n) for n samples in all; the same
     * whatever the order of {@code parts}.
     *
     * @param parts blocks of the same run (seed, years, targets), each sample in one of them
     * @return the samples of all, in sample order
     * @throws IllegalArgumentException if {@code parts} is empty, or as {@link #merge}
     */
    public static MonteCarloAggregate mergeAll(Collection<MonteCarloAggregate> parts) {
        checkArgument(!parts.isEmpty(), "Merging needs at least one block of samples.");
        List<MonteCarloAggregate> list = new ArrayList<>(parts);
        MonteCarloAggregate first = checkNotNull(list.get(0));
        int total = 0;
        int[] hits = new int[first.targetsMet.length];
        for (MonteCarloAggregate part : list) {
            checkNotNull(part, "A block of samples to merge is null.");
            checkArgument(part.seed == first.seed && part.firstYear == first.firstYear
                    && part.years == first.years
                    && part.targetsMet.length == first.targetsMet.length, "Blocks of samples"
                    + " from different runs cannot be merged: seed %s, years %s-%s, %s targets"
                    + " against seed %s, years %s-%s, %s targets.", part.seed, part.firstYear,
                    part.firstYear + part.years - 1, part.targetsMet.length, first.seed,
                    first.firstYear, first.firstYear + first.years - 1,
                    first.targetsMet.length);
            total = Math.addExact(total, part.samples.length);
            for (int t = 0; t < hits.length; t++) {
                hits[t] += part.targetsMet[t];
            }
        }
        // Every row keyed (sample << 32 | position): sorted by sample, rows are copied in order.
        long[] order = new long[total];
        int[] partOf = new int[total];
        int[] rowOf = new int[total];
        int k = 0;
        for (int p = 0; p < list.size(); p++) {
            int[] s = list.get(p).samples;
            for (int i = 0; i < s.length; i++) {
                order[k] = ((long) s[i] << 32) | k;
                partOf[k] = p;
                rowOf[k] = i;
                k++;
            }
        }
        Arrays.sort(order);
        int years = first.years;
        int[] samples = new int[total];
        double[] residual = new double[total * years];
        double[] net = new double[total * years];
        for (int i = 0; i < total; i++) {
            int sample = (int) (order[i] >>> 32);
            int src = (int) order[i];
            if (i > 0 && samples[i - 1] == sample) {
                throw new InvalidValueException("sample " + sample, String.valueOf(sample),
                        "Sample " + sample + " is in two of the blocks being merged: give each"
                        + " block its own range of samples.");
            }
            samples[i] = sample;
            MonteCarloAggregate part = list.get(partOf[src]);
            int row = rowOf[src];
            System.arraycopy(part.residual, row * years, residual, i * years, years);
            System.arraycopy(part.net, row * years, net, i * years, years);
        }
        return new MonteCarloAggregate(first.seed, first.firstYear, years, samples, residual,
                net, hits);
    }

    /**
     * The seed the samples were drawn from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The first year of every sample's series.
     *
     * @return the first year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Years per sample.
     *
     * @return the number of years
     */
    public int years() {
        return years;
    }

    /**
     * The number of samples held.
     *
     * @return the number of samples
     */
    public int samples() {
        return samples.length;
    }

    /**
     * The sample indices held.
     *
     * @return the indices, ascending (a copy)
     */
    public int[] sampleIndices() {
        return samples.clone();
    }

    /**
     * How many samples meet a target.
     *
     * @param target the target's index in the scenario's targets
     * @return the number of samples meeting it
     */
    public int targetsMet(int target) {
        return targetsMet[target];
    }

    /**
     * Targets judged per sample.
     *
     * @return the number of the scenario's targets
     */
    public int targets() {
        return targetsMet.length;
    }

    /**
     * The share of samples meeting a target.
     *
     * @param target the target's index in the scenario's targets
     * @return the share, 0 to 1; NaN without samples
     */
    public double probabilityMet(int target) {
        return samples.length == 0 ? Double.NaN : (double) targetsMet[target] / samples.length;
    }

    /**
     * Residual emissions of every sample and year, t CO2e/yr.
     *
     * @return [row][year - first], rows in sample order (a copy)
     */
    public double[][] residualBySample() {
        return rows(residual);
    }

    /**
     * Net emissions of every sample and year, t CO2e/yr.
     *
     * @return [row][year - first], rows in sample order (a copy)
     */
    public double[][] netBySample() {
        return rows(net);
    }

    /**
     * P5/P50/P95 and mean of residual emissions per year: O(years x n log n).
     *
     * @return one band per year; empty without samples
     */
    public List<Band> residualBands() {
        return bands(residual);
    }

    /**
     * P5/P50/P95 and mean of net emissions per year: O(years x n log n).
     *
     * @return one band per year; empty without samples
     */
    public List<Band> netBands() {
        return bands(net);
    }

    private double[][] rows(double[] values) {
        double[][] rows = new double[samples.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(values, i * years, (i + 1) * years);
        }
        return rows;
    }

    private List<Band> bands(double[] values) {
        if (samples.length == 0) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>(years);
        double[] column = new double[samples.length];
        for (int y = 0; y < years; y++) {
            for (int s = 0; s < column.length; s++) {
                column[s] = values[s * years + y];
            }
            Arrays.sort(column);
            double sum = 0;
            for (double v : column) {
                sum += v;
            }
            bands.add(new Band(firstYear + y, percentile(column, 0.05),
                    percentile(column, 0.5), percentile(column, 0.95), sum / column.length));
        }
        return bands;
    }

    /** Linear interpolation between order statistics (type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonteCarloAggregate a && seed == a.seed && firstYear == a.firstYear
                && years == a.years && Arrays.equals(samples, a.samples)
                && Arrays.equals(residual, a.residual) && Arrays.equals(net, a.net)
                && Arrays.equals(targetsMet, a.targetsMet);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Long.hashCode(seed), firstYear, years,
            Arrays.hashCode(samples), Arrays.hashCode(residual), Arrays.hashCode(net),
            Arrays.hashCode(targetsMet)});
    }

    @Override
    public String toString() {
        return "MonteCarloAggregate[seed=" + seed + ", years=" + firstYear + "-"
                + (firstYear + years - 1) + ", samples=" + samples.length + "]";
    }
}
