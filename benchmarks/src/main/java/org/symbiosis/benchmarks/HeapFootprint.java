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
 * benchmarks/target/benchmarks.jar org.symbiosis.benchmarks.HeapFootprint 1000000}. Run with the heap limit of the target to show
 * the whole simulation fits in it.
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

    public static void main(String[] args) {
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
}
