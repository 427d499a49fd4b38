package org.symbiosis.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.io.ParkFile;
import org.symbiosis.io.ParkFiles;

/**
 * Writes and reads synthetic park files, for {@code benchmarks/scripts/load_ratio.py}:
 *
 * <pre>
 * java -cp benchmarks.jar org.symbiosis.benchmarks.ParkFileTiming write PLANTS FILE
 * java -cp benchmarks.jar org.symbiosis.benchmarks.ParkFileTiming write-built PLANTS FILE
 * java -cp benchmarks.jar org.symbiosis.benchmarks.ParkFileTiming read FILE REPEATS
 * </pre>
 * {@code write} streams {@code SyntheticParks.write(42, PLANTS, FILE)}; {@code write-built}
 * builds {@code SyntheticParks.generate(42, PLANTS)} and writes it with {@code ParkFiles.write}
 * (the same file); {@code read} reads the file REPEATS times and prints each time in seconds
 * (the first includes class loading and the JIT's warm-up).
 */
public final class ParkFileTiming {

    private ParkFileTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("write")) {
            long start = System.nanoTime();
            SyntheticParks.write(42, Integer.parseInt(args[1]), Path.of(args[2]));
            System.out.printf(Locale.ROOT, "write %.3f s, %d bytes%n",
                    (System.nanoTime() - start) / 1e9, Files.size(Path.of(args[2])));
        } else if (args.length == 3 && args[0].equals("write-built")) {
            long start = System.nanoTime();
            ParkFiles.write(SyntheticParks.generate(42, Integer.parseInt(args[1])),
                    Path.of(args[2]));
            System.out.printf(Locale.ROOT, "write %.3f s, %d bytes%n",
                    (System.nanoTime() - start) / 1e9, Files.size(Path.of(args[2])));
        } else if (args.length == 3 && args[0].equals("read")) {
            int repeats = Integer.parseInt(args[2]);
            java.lang.management.ThreadMXBean threads =
                    java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long tokens = scan(Path.of(args[1]));
                double scanSeconds = (System.nanoTime() - start) / 1e9;
                double scanCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                start = System.nanoTime();
                cpu = threads.getCurrentThreadCpuTime();
                long process = processCpu();
                long gc = gcMillis();
                ParkFile file = ParkFiles.read(Path.of(args[1]));
                double seconds = (System.nanoTime() - start) / 1e9;
                double readCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                double processSeconds = (processCpu() - process) / 1e9;
                System.out.printf(Locale.ROOT, "load %.3f s wall, %.3f s cpu (all threads), %.3f s"
                        + " cpu (reading thread), %.3f s in gc%n", seconds, processSeconds,
                        readCpu, (gcMillis() - gc) / 1e3);
                start = System.nanoTime();
                cpu = threads.getCurrentThreadCpuTime();
                file.park().toBuilder().build();
                double build = (System.nanoTime() - start) / 1e9;
                double buildCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "read %.3f s cpu %.3f s; tokens only %.3f s cpu"
                        + " %.3f s (%d tokens); Park.build again %.3f s cpu %.3f s (%d plants)%n",
                        seconds, readCpu, scanSeconds, scanCpu, tokens, build, buildCpu,
                        file.park().plants().size());
            }
        } else {
            System.err.println("usage: write PLANTS FILE | write-built PLANTS FILE | read FILE REPEATS");
            System.exit(2);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Every token of the file, read and thrown away: the floor of any JSON reader here. */
    private static long scan(Path file) throws java.io.IOException {
        long n = 0;
        try (com.fasterxml.jackson.core.JsonParser parser =
                new com.fasterxml.jackson.core.JsonFactory().createParser(file.toFile())) {
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
                        || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    parser.getText();
                } else if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT
                        || t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    parser.getDoubleValue();
                }
                n++;
            }
        }
        return n;
    }
}
