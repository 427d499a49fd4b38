package org.symbiosis.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.simulate.Convergence;
import org.symbiosis.simulate.LoopSolver;
import org.symbiosis.simulate.Simulator;

/**
 * Sweeps and time of each loop solver on synthetic parks at loop gains 0.5, 0.9 and 0.99 (and the
 * default park's random gains), side by side, after three untimed runs of each: {@code java -Xmx6g -cp
 * benchmarks/target/benchmarks.jar org.symbiosis.benchmarks.LoopSolverComparison 1000000}. Times
 * are the best of five, wall clock and CPU of this thread (the CPU time is the steadier on a
 * shared machine), beside one streaming pass over the system's arrays. The JMH figures are
 * {@link LoopSolverBenchmark}'s.
 */
public final class LoopSolverComparison {

    private LoopSolverComparison() {
    }

    public static void main(String[] args) {
        int plants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d plants; best of %d%n", plants, repeats);
        System.out.printf(Locale.ROOT, "%-8s %-13s %9s %10s %8s %12s %9s %8s%n", "gain", "solver",
                "variables", "loop vars", "sweeps", "wall ms", "cpu ms", "pass ms");
        boolean warm = false;
        for (double gain : new double[] {Double.NaN, 0.5, 0.9, 0.99}) {
            ParkIndex index = ParkIndex.of(SyntheticParks.generate(42, plants, gain));
            boolean[] active = new boolean[index.linkCount()];
            Arrays.fill(active, true);
            Simulator.Assembly assembly = Simulator.assemble(index, active);
            for (int i = 0; i < 3 && !warm; i++) {
                // Compiled before anything is timed.
                for (LoopSolver solver : LoopSolver.values()) {
                    new Simulator(Simulator.DEFAULT_TOLERANCE, 10_000_000, ProgressListener.NONE,
                            solver).solveSystem(assembly);
                }
            }
            warm = true;
            double[] ones = new double[assembly.variables()];
            Arrays.fill(ones, 1);
            double pass = Double.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                assembly.streamingPass(ones);
                pass = Math.min(pass, (System.nanoTime() - t) / 1e6);
            }
            for (LoopSolver solver : LoopSolver.values()) {
                Simulator simulator = new Simulator(Simulator.DEFAULT_TOLERANCE, 10_000_000,
                        ProgressListener.NONE, solver);
                double wall = Double.MAX_VALUE;
                double cpu = Double.MAX_VALUE;
                Convergence convergence = null;
                for (int i = 0; i < repeats; i++) {
                    long t = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    convergence = simulator.solveSystem(assembly);
                    cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c) / 1e6);
                    wall = Math.min(wall, (System.nanoTime() - t) / 1e6);
                }
                System.out.printf(Locale.ROOT, "%-8s %-13s %9d %10d %8d %12.1f %9.1f %8.2f%n",
                        Double.isNaN(gain) ? "random" : gain, solver, assembly.variables(),
                        convergence.largestCyclicComponent(), convergence.sweeps(), wall, cpu,
                        pass);
            }
        }
    }
}
