package org.symbiosis.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleRun;
import org.symbiosis.pathway.MonteCarloAggregate;
import scala.Tuple2;

/**
 * Runs an ensemble on Spark. Every run's samples are cut into blocks of at most {@code
 * blockSize}; each block is one unit of work, run by the core's {@code PathwayRunner.sample} on
 * one core of an executor. The blocks of a run are gathered by run and merged exactly ({@code
 * MonteCarloAggregate.mergeAll}), then the run is judged ({@code PathwayRunner.result}: the
 * deterministic run, the verdicts, the bands) and, if asked, its tornado computed, on an
 * executor too. The ensemble travels as a broadcast of its sources; each executor builds a run's
 * scenario once and keeps the last few.
 *
 * <p>Cost: one pathway (every year built and solved) per sample, spread over the cluster's
 * cores, plus per run the deterministic pathway and 2 single-year solves per uncertain number
 * for the tornado; the driver holds only the rows. Shuffled: 16 bytes per sample and year.
 * Stateless apart from the session; one run at a time per session is the expected use.
 */
public final class SparkEnsembleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SparkEnsembleRunner.class);

    /** The default number of samples in one block (one Spark task each). */
    public static final int DEFAULT_BLOCK_SIZE = 50;

    private final SparkSession spark;
    private final int blockSize;
    private final int partitions;

    /**
     * @param spark      the session to run on
     * @param blockSize  the most samples in one block, 1 or more
     * @param partitions the partitions the blocks are spread over (0: one block per
     *                   partition); results do not depend on it
     */
    public SparkEnsembleRunner(SparkSession spark, int blockSize, int partitions) {
        this.spark = checkNotNull(spark);
        checkArgument(blockSize >= 1, "The block size (%s samples) must be 1 or more.",
                blockSize);
        checkArgument(partitions >= 0, "The partitions (%s) must be 0 (one per block) or more.",
                partitions);
        this.blockSize = blockSize;
        this.partitions = partitions;
    }

    /** With the default block size and one block per partition. */
    public SparkEnsembleRunner(SparkSession spark) {
        this(spark, DEFAULT_BLOCK_SIZE, 0);
    }

    /**
     * Runs {@code ensemble}: validates it on the driver, then runs and judges every run on the
     * cluster. The result's rows are computed once and kept (memory and disk) until it is closed.
     *
     * @throws org.symbiosis.io.ParkFileException or IllegalArgumentException if a park or
     *                                            scenario cannot be read, or a run cannot run
     *                                            (naming the run, the year and the sample)
     */
    public EnsembleResult run(Ensemble ensemble) {
        long started = System.nanoTime();
        ensemble.validate();
        List<Block> blocks = blocks(ensemble, blockSize);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Tasks.Shared> shared = jsc.broadcast(new Tasks.Shared(
                java.util.UUID.randomUUID().toString(), ensemble));
        int slices = partitions > 0 ? partitions : blocks.size();
        int runs = ensemble.runs().size();
        int reducers = Math.max(1, Math.min(runs, Math.max(slices, jsc.defaultParallelism())));
        LOG.debug("Ensemble '{}': {} runs, {} samples in {} blocks over {} partitions",
                ensemble.name(), runs, ensemble.totalSamples(), blocks.size(), slices);
        JavaPairRDD<Integer, MonteCarloAggregate> partial = jsc.parallelize(blocks, slices)
                .mapToPair(b -> new Tuple2<>(b.run(), Tasks.sample(shared, b)));
        JavaRDD<EnsembleRows> rows = partial.groupByKey(reducers)
                .map(group -> Tasks.finish(shared, group._1(), group._2()));
        rows.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            rows.count();
        } catch (Exception e) {
            // Spark's own exceptions are checked ones thrown unchecked: catch them all.
            rows.unpersist(false);
            shared.destroy();
            throw Tasks.userError(e, ensemble.name());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Ensemble '{}': {} runs x {} samples in all in {} s", ensemble.name(), runs,
                ensemble.totalSamples(), String.format(java.util.Locale.ROOT, "%.1f", seconds));
        return new EnsembleResult(spark, ensemble, rows, shared, seconds);
    }

    /** Every run's samples in blocks of at most {@code size}; a run without samples, one empty block. */
    static List<Block> blocks(Ensemble ensemble, int size) {
        List<Block> blocks = new ArrayList<>();
        for (int r = 0; r < ensemble.runs().size(); r++) {
            EnsembleRun run = ensemble.runs().get(r);
            if (run.samples() == 0) {
                blocks.add(new Block(r, run.firstSample(), run.firstSample()));
            }
            for (int from = run.firstSample(); from < run.endSample(); from += size) {
                blocks.add(new Block(r, from, Math.min(run.endSample(), from + size)));
            }
        }
        return blocks;
    }

    /** Samples {@code from} to {@code to - 1} of run {@code run} (its index in the ensemble). */
    record Block(int run, int from, int to) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
