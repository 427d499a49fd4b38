package org.symbiosis.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.FallbackLpSolver;
import org.symbiosis.optimize.lp.LpModel;
import org.symbiosis.optimize.lp.LpSolution;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.Solvers;

/**
 * Our optimisation of one synthetic park ({@code SyntheticParks.generate(42, plants)}, cost plus
 * a carbon price of 50, as {@link OptimizeBenchmark}) timed in one JVM, phase by phase, for
 * each LP solver configuration asked for, and the model written as an LP file for other solvers
 * ({@code benchmarks/scripts/lp_ratio.py} runs CLP and GLPK on it). Per configuration one warm-up
 * optimisation, then {@code repeats} timed ones, each printed as one line:
 *
 * <pre>
 * ours CONFIG repeat R build W C solve W C second W C total W C objective X status S solver NAME
 * </pre>
 *
 * <p>with W the wall time and C the CPU time of the calling thread, in seconds (the solvers run
 * in it, so C is what load from other processes inflates least). {@code build} is {@link
 * LinearProgramOptimizer#model(Park)} timed alone (the park's index, the program, the
 * simulation of the delivery guard); {@code total} is one {@link
 * LinearProgramOptimizer#optimize(Park)}: the build, the first solve {@code solve} (the model
 * handed to the solver included), the least-volume solve {@code second}, the polish and the
 * ledger.
 * {@code CONFIG} is a solver name of {@link Solvers#lp(String, long)} used alone, or {@code
 * default} for {@link FallbackLpSolver#standard()}; spaces in it are printed as {@code _}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.symbiosis.benchmarks.OptimizeTiming PLANTS
 * LPFILE REPEATS CONFIG[,CONFIG...]}
 */
public final class OptimizeTiming {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private OptimizeTiming() {
    }

    /**
     * Runs the timing.
     *
     * @param args plants, the LP file to write, repeats, and comma-separated configurations
     * @throws Exception if the LP file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int plants = Integer.parseInt(args[0]);
        Path lpFile = Path.of(args[1]);
        int repeats = Integer.parseInt(args[2]);
        List<String> configs = List.of(args[3].split(","));
        Park park = SyntheticParks.generate(42, plants);
        Objective objective = Objective.cost(50);
        LinearProgramOptimizer reference = new LinearProgramOptimizer(objective);
        LpModel model = reference.model(park);
        long nonZeros = 0;
        for (int r = 0; r < model.rows(); r++) {
            nonZeros += model.rowVariables(r).length;
        }
        Files.writeString(lpFile, reference.writeLp(park));
        System.out.printf(Locale.ROOT, "model %d plants %d variables %d rows %d non-zeros%n",
                plants, model.variables(), model.rows(), nonZeros);
        for (String config : configs) {
            Recording solver = new Recording(config.equals("default")
                    ? FallbackLpSolver.standard() : Solvers.lp(config, 0));
            LinearProgramOptimizer optimizer = new LinearProgramOptimizer(objective, false,
                    solver);
            optimizer.optimize(park); // warm-up: JIT, native libraries
            for (int repeat = 1; repeat <= repeats; repeat++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                optimizer.model(park);
                long c1 = CPU.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                solver.calls.clear();
                OptimizationResult result = optimizer.optimize(park);
                long c2 = CPU.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                long[] first = solver.calls.get(0);
                long[] second = solver.calls.size() > 1 ? solver.calls.get(1) : new long[2];
                System.out.printf(Locale.ROOT, "ours %s repeat %d build %.4f %.4f solve %.4f"
                        + " %.4f second %.4f %.4f total %.4f %.4f objective %.12e status %s"
                        + " solver %s%n", config.replace(' ', '_'), repeat, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                        first[0] / 1e9, first[1] / 1e9, second[0] / 1e9, second[1] / 1e9,
                        (t2 - t1) / 1e9, (c2 - c1) / 1e9, result.objective(), result.status(),
                        result.solver());
            }
        }
    }

    /** A solver that records the wall and CPU time (this thread's) of each call. */
    private static final class Recording implements LpSolver {
        private final LpSolver solver;
        private final List<long[]> calls = new ArrayList<>();

        Recording(LpSolver solver) {
            this.solver = solver;
        }

        @Override
        public LpSolution solve(LpModel model) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LpSolution solution = solver.solve(model);
            calls.add(new long[] {System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - c0});
            return solution;
        }

        @Override
        public String name() {
            return solver.name();
        }
    }
}
