package org.symbiosis.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/**
 * Heap retained by a synthetic park, its index, its assembled system (held while solving) and
 * its simulation, measured after full garbage collections: {@code java -Xmx2g -cp
 * benchmarks/target/benchmarks.jar org.symbiosis.benchmarks.HeapFootprint 1000000}. Run with
 * the heap limit of the target to show the whole simulation fits in it. With a park file instead
 * of a size ({@code HeapFootprint /tmp/parks/park-1000000.json}) it follows {@code run FILE
 * --json --csv}: the park read, the simulation with and without symbiosis, and the outputs.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].matches("\\d+")) {
            endToEnd(java.nio.file.Path.of(args[0]));
            return;
        }
        int plants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long base = used();
        Park park = SyntheticParks.generate(42, plants);
        long afterPark = used();
        ParkIndex index = ParkIndex.of(park);
        long afterIndex = used();
        boolean[] active = new boolean[index.linkCount()];
        Arrays.fill(active, true);
        Simulator.Assembly assembly = Simulator.assemble(index, active);
        long afterAssembly = used();
        Simulation simulation = new Simulator().solve(assembly);
        long assemblyBytes = afterAssembly - afterIndex;
        int variables = assembly.variables();
        int entries = assembly.entries();
        assembly = null;
        long afterSimulation = used();
        System.out.printf(Locale.ROOT, "plants %d, links %d, max heap %d MB%n", plants,
                park.links().size(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "park        %7.1f MB  %6.0f bytes/plant%n",
                (afterPark - base) / 1e6, (double) (afterPark - base) / plants);
        System.out.printf(Locale.ROOT, "+ index     %7.1f MB  %6.0f bytes/plant%n",
                (afterIndex - afterPark) / 1e6, (double) (afterIndex - afterPark) / plants);
        System.out.printf(Locale.ROOT, "(assembly   %7.1f MB  %6.0f bytes/plant, %d variables,"
                + " %d entries: held while solving)%n", assemblyBytes / 1e6,
                (double) assemblyBytes / plants, variables, entries);
        System.out.printf(Locale.ROOT, "+ solution  %7.1f MB  %6.0f bytes/plant%n",
                (afterSimulation - afterIndex) / 1e6,
                (double) (afterSimulation - afterIndex) / plants);
        System.out.printf(Locale.ROOT, "total       %7.1f MB  %6.0f bytes/plant (%d sweeps)%n",
                (afterSimulation - base) / 1e6, (double) (afterSimulation - base) / plants,
                simulation.convergence().sweeps());
    }

    /**
     * What {@code run FILE --json --csv} holds, step by step: the park read from the file, then
     * the simulation with and without symbiosis (two flow states, two ledgers, the index), then
     * after writing the text report, the JSON and the CSV (to a temporary directory): each
     * retained size after full collections, and the peak heap.
     */
    private static void endToEnd(java.nio.file.Path file) throws Exception {
        long base = used();
        org.symbiosis.model.Park park = org.symbiosis.io.ParkFiles.read(file).park();
        long afterPark = used();
        org.symbiosis.simulate.SimulationResult result = new Simulator().run(park);
        long afterRun = used();
        String text = org.symbiosis.report.SimulationReport.text(result);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("footprint");
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(dir.resolve("r.json"))) {
            org.symbiosis.report.SimulationExport.writeJson(result, java.util.List.of(), w);
        }
        org.symbiosis.report.SimulationExport.writeCsv(result, dir.resolve("csv"));
        long afterOutputs = used();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder())
                    .toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        int plants = park.plants().size();
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool
                : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "plants %d, links %d, max heap %d MB, report %d lines%n",
                plants, park.links().size(), Runtime.getRuntime().maxMemory() >> 20,
                text.lines().count());
        System.out.printf(Locale.ROOT, "park read      %7.1f MB  %6.0f bytes/plant%n",
                (afterPark - base) / 1e6, (double) (afterPark - base) / plants);
        System.out.printf(Locale.ROOT, "+ simulation   %7.1f MB  %6.0f bytes/plant (with and"
                + " without symbiosis: states, ledgers, index)%n", (afterRun - afterPark) / 1e6,
                (double) (afterRun - afterPark) / plants);
        System.out.printf(Locale.ROOT, "+ outputs      %7.1f MB  (retained after writing text,"
                + " JSON, CSV)%n", (afterOutputs - afterRun) / 1e6);
        System.out.printf(Locale.ROOT, "peak heap used %7.1f MB (sum of the pools' peaks)%n",
                peak / 1e6);
    }
}
