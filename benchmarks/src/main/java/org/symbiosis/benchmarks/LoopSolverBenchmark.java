package org.symbiosis.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.simulate.Convergence;
import org.symbiosis.simulate.LoopSolver;
import org.symbiosis.simulate.Simulator;

/**
 * The fixed point alone ({@link Simulator#solveSystem}) of synthetic parks whose loops all have
 * the given gain, by each {@link LoopSolver}: Gauss-Seidel needs about {@code log(1e-12) /
 * log(gain)} sweeps, elimination a few passes whatever the gain. The sweeps are printed by
 * {@link LoopSolverComparison}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class LoopSolverBenchmark {

    @Param({"100000", "1000000"})
    public int plants;

    @Param({"0.5", "0.9", "0.99"})
    public double gain;

    @Param({"GAUSS_SEIDEL", "ELIMINATION"})
    public LoopSolver solver;

    private Simulator simulator;
    private Simulator.Assembly assembly;

    @Setup(Level.Trial)
    public void setUp() {
        ParkIndex index = ParkIndex.of(SyntheticParks.generate(42, plants, gain));
        boolean[] active = new boolean[index.linkCount()];
        java.util.Arrays.fill(active, true);
        assembly = Simulator.assemble(index, active);
        simulator = new Simulator(Simulator.DEFAULT_TOLERANCE, 10_000_000, ProgressListener.NONE,
                solver);
    }

    /** Loops and acyclic part to the tolerance; no settlement, no ledger. */
    @Benchmark
    public Convergence solveSystem() {
        return simulator.solveSystem(assembly);
    }
}
