package org.symbiosis.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.ensemble.Ensemble;

/**
 * The rows of an ensemble run ({@link EnsembleRows}), computed once and kept by Spark (memory,
 * then disk) until {@link #close()}: as datasets, written as Parquet and CSV, or collected.
 */
public final class EnsembleResult implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnsembleResult.class);

    private final SparkSession spark;
    private final Ensemble ensemble;
    private final JavaRDD<EnsembleRows> rows;
    private final Broadcast<Tasks.Shared> shared;
    private final double seconds;

    EnsembleResult(SparkSession spark, Ensemble ensemble, JavaRDD<EnsembleRows> rows,
            Broadcast<Tasks.Shared> shared, double seconds) {
        this.spark = spark;
        this.ensemble = ensemble;
        this.rows = rows;
        this.shared = shared;
        this.seconds = seconds;
    }

    /** The ensemble that ran. */
    public Ensemble ensemble() {
        return ensemble;
    }

    /** Wall-clock seconds from the start of the run to its rows being computed. */
    public double seconds() {
        return seconds;
    }

    /** One row per park x scenario x year x statistic ({@link EnsembleRows#BANDS}). */
    public Dataset<Row> bands() {
        return spark.createDataFrame(rows.flatMap(r -> r.bands().iterator()),
                EnsembleRows.BANDS);
    }

    /** One row per park x scenario x target ({@link EnsembleRows#TARGETS}). */
    public Dataset<Row> targets() {
        return spark.createDataFrame(rows.flatMap(r -> r.targets().iterator()),
                EnsembleRows.TARGETS);
    }

    /** One row per park x scenario x uncertain number; empty without a tornado year. */
    public Dataset<Row> tornado() {
        return spark.createDataFrame(rows.flatMap(r -> r.tornado().iterator()),
                EnsembleRows.TORNADO);
    }

    /**
     * Per run, on the driver: its targets and its last year's residual rows (what {@link
     * EnsembleReport} prints), in the ensemble's order of runs.
     */
    public List<EnsembleRows> summaryRows() {
        List<EnsembleRows> summary = new java.util.ArrayList<>(rows.map(EnsembleResult::lastYear)
                .collect());
        List<String> order = ensemble.runs().stream().map(r -> r.park() + "\u0000"
                + r.scenario()).toList();
        summary.sort(java.util.Comparator.comparingInt(r -> order.indexOf(key(r))));
        return summary;
    }

    private static String key(EnsembleRows r) {
        Row any = r.bands().isEmpty() ? r.targets().get(0) : r.bands().get(0);
        return any.getString(0) + "\u0000" + any.getString(1);
    }

    private static EnsembleRows lastYear(EnsembleRows r) {
        int last = r.bands().stream().mapToInt(b -> b.getInt(2)).max().orElse(0);
        return new EnsembleRows(r.bands().stream().filter(b -> b.getInt(2) == last
                && b.getString(3).equals("residual")).toList(), r.targets(), List.of());
    }

    /** Every run's rows, on the driver: for small ensembles and tests. */
    public List<EnsembleRows> collect() {
        return rows.collect();
    }

    /**
     * Writes {@code bands}, {@code targets} and (with a tornado year) {@code tornado} under
     * {@code dir} (any path Spark can write: a local folder, hdfs://, s3a://), each as a Parquet
     * dataset ({@code bands.parquet/}) and as CSV with a header in one part file sorted by park,
     * scenario and the rest ({@code bands.csv/}).
     *
     * @param overwrite replace what is there; otherwise an existing table is an error
     */
    public void write(String dir, boolean overwrite) {
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        String base = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        if (!overwrite) {
            String there = existing(spark.sparkContext().hadoopConfiguration(), base,
                    ensemble.tornadoYear() != null);
            if (there != null) {
                throw new IllegalArgumentException("The output " + there + " already exists:"
                        + " choose another folder, or replace it (--overwrite).");
            }
        }
        try {
            write(bands(), base + "/bands", mode, "park", "scenario", "metric", "statistic",
                    "year");
            write(targets(), base + "/targets", mode, "park", "scenario", "target");
            if (ensemble.tornadoYear() != null) {
                write(tornado(), base + "/tornado", mode, "park", "scenario", "rank");
            }
        } catch (Exception e) {
            // Spark's own exceptions are checked ones thrown unchecked: catch them all.
            throw Tasks.userError(e, ensemble.name());
        }
        LOG.debug("Ensemble '{}' written to {}", ensemble.name(), base);
    }

    /**
     * The first of the tables {@link #write} would write under {@code dir} that exists already,
     * or null if none does (or the file system cannot tell: then Spark's writer refuses).
     */
    static String existing(org.apache.hadoop.conf.Configuration hadoop, String dir,
            boolean tornado) {
        List<String> tables = new java.util.ArrayList<>(List.of("bands.parquet", "bands.csv",
                "targets.parquet", "targets.csv"));
        if (tornado) {
            tables.addAll(List.of("tornado.parquet", "tornado.csv"));
        }
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
            org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(hadoop);
            for (String table : tables) {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root, table);
                if (fs.exists(path)) {
                    return path.toString();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("Cannot check {} for existing output: {}", dir, e.toString());
        }
        return null;
    }

    private static void write(Dataset<Row> table, String path, SaveMode mode, String... order) {
        String first = order[0];
        String[] rest = java.util.Arrays.copyOfRange(order, 1, order.length);
        table.sortWithinPartitions(first, rest).write().mode(mode).parquet(path + ".parquet");
        table.repartition(1).sortWithinPartitions(first, rest).write().mode(mode)
                .option("header", true).csv(path + ".csv");
    }

    /** Drops the kept rows and the broadcast ensemble. */
    @Override
    public void close() {
        rows.unpersist(false);
        shared.destroy();
    }
}
