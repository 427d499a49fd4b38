/**
 * Ensembles on Apache Spark: {@link org.symbiosis.spark.SparkEnsembleRunner} splits every run's
 * Monte Carlo samples into blocks, runs each block with the core's pathway engine unchanged
 * ({@code PathwayRunner.sample}), merges the blocks of each run exactly ({@code
 * MonteCarloAggregate}) and judges it ({@code PathwayRunner.result}), so the bands equal the
 * single-machine runner's to the last bit whatever the partitioning. {@link
 * org.symbiosis.spark.EnsembleResult} holds the rows ({@link org.symbiosis.spark.EnsembleRows}:
 * one per park x scenario x year x statistic) and writes them as Parquet and CSV; {@link
 * org.symbiosis.spark.EnsembleCommand} is {@code symbiosis ensemble} and the main class for
 * {@code spark-submit}.
 */
package org.symbiosis.spark;
