package org.symbiosis.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayResult.Band;
import org.symbiosis.pathway.PathwayResult.TargetVerdict;
import org.symbiosis.pathway.PathwayResult.YearEmissions;
import org.symbiosis.pathway.PathwayRunner.TornadoBar;

/**
 * The rows of one run of an ensemble, in the three tables an ensemble writes (long format, so
 * that a table of 400 parks stays one schema):
 *
 * <ul>
 *   <li>{@link #BANDS}: one row per park x scenario x year x statistic. Statistics: the
 *       deterministic run's {@code scope1}, {@code scope2}, {@code residual}, {@code net} and
 *       {@code lifecycle} (statistic {@code deterministic}), and over the samples {@code
 *       residual} and {@code net} at {@code p5}, {@code p50}, {@code p95} and {@code mean}; t
 *       CO2e/yr.</li>
 *   <li>{@link #TARGETS}: one row per park x scenario x target: the verdict of the
 *       deterministic run and the probability that the target is met (null without samples).</li>
 *   <li>{@link #TORNADO}: one row per park x scenario x uncertain number, largest swing first
 *       (rank 1), when the ensemble asks for a tornado.</li>
 * </ul>
 *
 * @param bands   rows of {@link #BANDS}
 * @param targets rows of {@link #TARGETS}
 * @param tornado rows of {@link #TORNADO}
 */
public record EnsembleRows(List<Row> bands, List<Row> targets, List<Row> tornado)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** park, scenario, year, metric, statistic, value, samples, seed. */
    public static final StructType BANDS = new StructType()
            .add("park", DataTypes.StringType, false)
            .add("scenario", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("metric", DataTypes.StringType, false)
            .add("statistic", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false)
            .add("samples", DataTypes.IntegerType, false)
            .add("seed", DataTypes.LongType, false);

    /**
     * park, scenario, target, metric, year, goal, emissions, met, gap, first_year_met (null:
     * never), probability_met (null without samples), samples.
     */
    public static final StructType TARGETS = new StructType()
            .add("park", DataTypes.StringType, false)
            .add("scenario", DataTypes.StringType, false)
            .add("target", DataTypes.StringType, false)
            .add("metric", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("goal", DataTypes.DoubleType, false)
            .add("emissions", DataTypes.DoubleType, false)
            .add("met", DataTypes.BooleanType, false)
            .add("gap", DataTypes.DoubleType, false)
            .add("first_year_met", DataTypes.IntegerType, true)
            .add("probability_met", DataTypes.DoubleType, true)
            .add("samples", DataTypes.IntegerType, false);

    /** park, scenario, year, rank, parameter, low_setting, high_setting, at_low, at_high, centre, swing. */
    public static final StructType TORNADO = new StructType()
            .add("park", DataTypes.StringType, false)
            .add("scenario", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("parameter", DataTypes.StringType, false)
            .add("low_setting", DataTypes.DoubleType, false)
            .add("high_setting", DataTypes.DoubleType, false)
            .add("at_low", DataTypes.DoubleType, false)
            .add("at_high", DataTypes.DoubleType, false)
            .add("centre", DataTypes.DoubleType, false)
            .add("swing", DataTypes.DoubleType, false);

    /** The statistic of the deterministic run. */
    public static final String DETERMINISTIC = "deterministic";

    /** Copies the lists. */
    public EnsembleRows {
        bands = List.copyOf(bands);
        targets = List.copyOf(targets);
        tornado = List.copyOf(tornado);
    }

    /**
     * The rows of {@code result}, keyed by the run's park and scenario ids; with {@code bars},
     * the tornado of {@code tornadoYear}. The same rows whether the result came from one machine
     * or from a cluster.
     */
    public static EnsembleRows of(String park, String scenario, PathwayResult result,
            List<TornadoBar> bars, Integer tornadoYear) {
        int samples = result.samples();
        long seed = result.seed();
        List<Row> bands = new ArrayList<>();
        for (int i = 0; i < result.years().size(); i++) {
            YearEmissions y = result.years().get(i);
            int year = y.year();
            bands.add(band(park, scenario, year, "scope1", DETERMINISTIC, y.scope1(), samples,
                    seed));
            bands.add(band(park, scenario, year, "scope2", DETERMINISTIC, y.scope2(), samples,
                    seed));
            bands.add(band(park, scenario, year, "residual", DETERMINISTIC, y.residual(),
                    samples, seed));
            bands.add(band(park, scenario, year, "net", DETERMINISTIC, y.net(), samples, seed));
            bands.add(band(park, scenario, year, "lifecycle", DETERMINISTIC, y.lifecycle(),
                    samples, seed));
            if (!result.residualBands().isEmpty()) {
                addBand(bands, park, scenario, "residual", result.residualBands().get(i),
                        samples, seed);
                addBand(bands, park, scenario, "net", result.netBands().get(i), samples, seed);
            }
        }
        List<Row> targets = new ArrayList<>();
        for (TargetVerdict v : result.verdicts()) {
            targets.add(RowFactory.create(park, scenario, v.target().id(),
                    v.target().metric().name().toLowerCase(Locale.ROOT), v.target().year(),
                    v.goal(), v.value(), v.met(), v.gap(), v.firstYearMet().isPresent()
                            ? v.firstYearMet().getAsInt() : null,
                    Double.isNaN(v.probabilityMet()) ? null : v.probabilityMet(), samples));
        }
        List<Row> tornado = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            tornado.add(RowFactory.create(park, scenario, tornadoYear, i + 1, b.parameter(),
                    b.lowSetting(), b.highSetting(), b.atLow(), b.atHigh(), b.centre(),
                    b.swing()));
        }
        return new EnsembleRows(bands, targets, tornado);
    }

    private static void addBand(List<Row> rows, String park, String scenario, String metric,
            Band b, int samples, long seed) {
        rows.add(band(park, scenario, b.year(), metric, "p5", b.p5(), samples, seed));
        rows.add(band(park, scenario, b.year(), metric, "p50", b.p50(), samples, seed));
        rows.add(band(park, scenario, b.year(), metric, "p95", b.p95(), samples, seed));
        rows.add(band(park, scenario, b.year(), metric, "mean", b.mean(), samples, seed));
    }

    private static Row band(String park, String scenario, int year, String metric,
            String statistic, double value, int samples, long seed) {
        return RowFactory.create(park, scenario, year, metric, statistic, value, samples, seed);
    }
}
