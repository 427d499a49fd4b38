package org.symbiosis.pathway;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.symbiosis.model.PlantId;

/**
 * A pathway run: emissions per year (the deterministic run, every uncertain number at its typical
 * value), the verdict on each target, and with Monte Carlo the P5/P50/P95 bands per year and the
 * probability that each target is met.
 *
 * @param scenario      the scenario
 * @param years         emissions per year, first to last
 * @param verdicts      one per target, in scenario order
 * @param samples       Monte Carlo samples (0 for none)
 * @param seed          the seed the samples came from
 * @param residualBands residual emissions P5/P50/P95 and mean per year (empty without samples)
 * @param netBands      net emissions P5/P50/P95 and mean per year (empty without samples)
 * @param residualBySample residual emissions of every sample and year, [sample][year - first],
 *                         in sample order; the result keeps its own copy and hands out copies
 */
public record PathwayResult(Scenario scenario, List<YearEmissions> years,
        List<TargetVerdict> verdicts, int samples, long seed, List<Band> residualBands,
        List<Band> netBands, double[][] residualBySample) {

    /**
     * Copies the lists and every row of {@code residualBySample}.
     *
     * @param scenario         the scenario
     * @param years            emissions per year, first to last
     * @param verdicts         one per target, in scenario order
     * @param samples          Monte Carlo samples (0 for none)
     * @param seed             the seed the samples came from
     * @param residualBands    residual emissions per year over the samples
     * @param netBands         net emissions per year over the samples
     * @param residualBySample residual emissions of every sample and year
     * @throws NullPointerException if a list or {@code residualBySample} is null
     */
    public PathwayResult {
        years = List.copyOf(years);
        verdicts = List.copyOf(verdicts);
        residualBands = List.copyOf(residualBands);
        netBands = List.copyOf(netBands);
        residualBySample = copy(residualBySample);
    }

    /**
     * The emissions of one year.
     *
     * @param year a year of the scenario
     * @return its emissions
     * @throws org.symbiosis.model.InvalidValueException if the pathway has no such year, naming
     *                                                   the years it has
     */
    public YearEmissions year(int year) {
        for (YearEmissions y : years) {
            if (y.year() == year) {
                return y;
            }
        }
        throw noYear(year);
    }

    /**
     * The residual band of one year over the samples.
     *
     * @param year a year of the scenario
     * @return its P5/P50/P95 and mean
     * @throws org.symbiosis.model.InvalidValueException if the pathway has no such year or ran
     *                                                   no samples
     */
    public Band residualBand(int year) {
        for (Band b : residualBands) {
            if (b.year() == year) {
                return b;
            }
        }
        if (residualBands.isEmpty()) {
            throw new org.symbiosis.model.InvalidValueException("scenario '" + scenario.name()
                    + "'", Integer.toString(year), String.format("The pathway of scenario '%s'"
                    + " ran no samples, so it has no band for %d: run it with samples.",
                    scenario.name(), year));
        }
        throw noYear(year);
    }

    private org.symbiosis.model.InvalidValueException noYear(int year) {
        String range = years.isEmpty() ? "none" : years.get(0).year() + " to "
                + years.get(years.size() - 1).year();
        return new org.symbiosis.model.InvalidValueException("scenario '" + scenario.name() + "'",
                Integer.toString(year), String.format("The pathway of scenario '%s' has no year"
                        + " %d: ask for one of its years, %s.", scenario.name(), year, range));
    }

    /**
     * Residual emissions of every sample and year, [sample][year - first]: a copy.
     *
     * @return a new array, t CO2e per year; no rows without samples
     */
    @Override
    public double[][] residualBySample() {
        return copy(residualBySample);
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i] == null ? null : rows[i].clone();
        }
        return copy;
    }

    /**
     * Emissions of one year, t CO2e per year, as the ledger of that year's park counts them.
     *
     * @param year            the year
     * @param scope1          scope 1
     * @param scope2          scope 2, location-based
     * @param residual        scope 1 + 2
     * @param net             residual - removals
     * @param lifecycle       residual + scope 3 upstream
     * @param residualByPlant residual per plant of that year's park, in park order (a retired
     *                        plant is absent); empty where the runner does not keep it (Monte
     *                        Carlo samples)
     */
    public record YearEmissions(int year, double scope1, double scope2, double residual,
            double net, double lifecycle, Map<PlantId, Double> residualByPlant) {
        /**
         * Copies {@code residualByPlant}, keeping its order.
         *
         * @param year            the year
         * @param scope1          scope 1
         * @param scope2          scope 2, location-based
         * @param residual        scope 1 + 2
         * @param net             residual - removals
         * @param lifecycle       residual + scope 3 upstream
         * @param residualByPlant residual per plant
         * @throws NullPointerException if {@code residualByPlant}, a key or a value is null
         */
        public YearEmissions {
            residualByPlant = ImmutableMap.copyOf(residualByPlant);
        }

        /**
         * The emissions of this year by a target's metric.
         *
         * @param metric residual, net or life cycle
         * @return {@link #residual()}, {@link #net()} or {@link #lifecycle()}
         */
        public double of(org.symbiosis.model.Target.Metric metric) {
            return switch (metric) {
                case RESIDUAL -> residual;
                case NET -> net;
                case LIFECYCLE -> lifecycle;
            };
        }
    }

    /**
     * The verdict on one target in the deterministic run; emissions in t CO2e per year.
     *
     * @param target         the target
     * @param value          the emissions counted in the target's year
     * @param goal           what the target allows
     * @param met            {@code value <= goal}, up to
     *                       {@link org.symbiosis.model.Park#TOLERANCE} x max(1, |goal|)
     * @param gap            value - goal (positive: missed by that much)
     * @param firstYearMet   the first year whose emissions are within the goal (after the base
     *                       year, for a reduction), if any
     * @param probabilityMet share of Monte Carlo samples meeting it (NaN without samples)
     */
    public record TargetVerdict(PathwayTarget target, double value, double goal, boolean met,
            double gap, OptionalInt firstYearMet, double probabilityMet) {
    }

    /**
     * Percentiles (type 7) and the mean of one year's emissions over the samples, t CO2e/yr;
     * the mean is summed over the sorted samples, so it does not depend on how they were split.
     *
     * @param year the year
     * @param p5   the 5th percentile
     * @param p50  the median
     * @param p95  the 95th percentile
     * @param mean the mean
     */
    public record Band(int year, double p5, double p50, double p95, double mean) {
    }
}
