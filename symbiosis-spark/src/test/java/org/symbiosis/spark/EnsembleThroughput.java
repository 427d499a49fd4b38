package org.symbiosis.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleFiles;
import org.symbiosis.ensemble.EnsembleRun;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;

/**
 * The ensemble benchmark's one measurement (benchmarks/scripts/ensemble.sh runs each in a fresh
 * JVM): {@code single THREADS FILE} runs the ensemble with the single-machine runner on THREADS
 * threads, {@code spark MASTER FILE} with {@link SparkEnsembleRunner} on MASTER; both validate,
 * sample, judge and compute the tornado. Prints one line: mode, seconds, samples per second,
 * the process's CPU seconds per sample (all threads: robust to other load on the machine, and
 * what a cluster's cores would spend), and for Spark the session's start-up time, which is not
 * in the run's seconds. With a fourth argument, also writes the measurement to that file as one
 * JSON object (the script gathers them into benchmarks/results-*-ensemble.json).
 */
final class EnsembleThroughput {

    private EnsembleThroughput() {
    }

    /** CPU seconds of this JVM so far, all threads. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The measurement as one JSON object; sessionStart is null for the single machine. */
    static String json(String mode, String setting, long samples, double seconds, double cpu,
            Double sessionStart) {
        return String.format(Locale.ROOT, "{\"mode\": \"%s\", \"setting\": \"%s\","
                + " \"samples\": %d, \"wall_s\": %.3f, \"samples_per_s\": %.2f,"
                + " \"cpu_s\": %.3f, \"cpu_ms_per_sample\": %.3f, \"session_start_s\": %s}",
                mode, setting, samples, seconds, samples / seconds, cpu, 1000 * cpu / samples,
                sessionStart == null ? "null" : String.format(Locale.ROOT, "%.3f",
                        sessionStart));
    }

    static void write(String[] args, String json) throws IOException {
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), json + "\n", StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        String setting = args[1];
        Ensemble ensemble = EnsembleFiles.read(Path.of(args[2]));
        long samples = ensemble.totalSamples();
        if (mode.equals("single")) {
            int threads = Integer.parseInt(setting);
            double cpu = cpuSeconds();
            long started = System.nanoTime();
            ensemble.validate();
            PathwayRunner runner = new PathwayRunner(threads, ProgressListener.NONE);
            for (EnsembleRun run : ensemble.runs()) {
                Scenario s = run.build();
                runner.run(s, run.samples(), ensemble.seed());
                if (ensemble.tornadoYear() != null) {
                    runner.tornado(s, ensemble.tornadoYear());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double used = cpuSeconds() - cpu;
            System.out.printf(Locale.ROOT, "single %s threads: %.2f s, %.1f samples/s, %.2f"
                    + " CPU ms per sample%n", setting, seconds, samples / seconds,
                    1000 * used / samples);
            write(args, json(mode, setting, samples, seconds, used, null));
            return;
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("EnsembleThroughput")
                .master(setting).config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", false)
                .getOrCreate();
        double startup = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds();
        try (EnsembleResult result = new SparkEnsembleRunner(spark).run(ensemble)) {
            double used = cpuSeconds() - cpu;
            System.out.printf(Locale.ROOT, "spark %s: %.2f s, %.1f samples/s, %.2f CPU ms per"
                    + " sample (session start %.2f s)%n", setting, result.seconds(),
                    samples / result.seconds(), 1000 * used / samples, startup);
            write(args, json(mode, setting, samples, result.seconds(), used, startup));
        } finally {
            spark.stop();
        }
    }
}
