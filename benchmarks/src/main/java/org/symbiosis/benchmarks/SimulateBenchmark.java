package org.symbiosis.benchmarks;

import java.util.Arrays;
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
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.Convergence;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/**
 * Simulate on synthetic parks: index and assembly (CSR and condensation), the fixed point alone
 * ({@code solveSystem}) and the solve with settlement and ledger ({@code solve}) measured apart,
 * and one streaming pass over the assembled arrays, the memory-bandwidth floor of a sweep. Loops
 * by the default {@link org.symbiosis.simulate.LoopSolver}; {@link LoopSolverBenchmark} sets
 * the loop gain and compares the solvers. Six warm-up iterations: with two, the first measured
 * iterations were still up to 20 times slower than the last at 10^3 and 10^4 plants (2026-11-30,
 * under load).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class SimulateBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int plants;

    private ParkIndex index;
    private boolean[] active;
    private Simulator.Assembly assembly;
    private double[] ones;
    private final Simulator simulator = new Simulator();

    @Setup(Level.Trial)
    public void setUp() {
        Park park = SyntheticParks.generate(42, plants);
        index = ParkIndex.of(park);
        active = new boolean[index.linkCount()];
        Arrays.fill(active, true);
        assembly = Simulator.assemble(index, active);
        ones = new double[assembly.variables()];
        Arrays.fill(ones, 1);
    }

    /** Dense indices over the park (once per park). */
    @Benchmark
    public ParkIndex index() {
        return ParkIndex.of(index.park());
    }

    /** Rules to CSR arrays and strongly connected components. */
    @Benchmark
    public Simulator.Assembly assemble() {
        return Simulator.assemble(index, active);
    }

    /** The fixed point: the acyclic part in one pass, the loops by the loop solver. */
    @Benchmark
    public Convergence solveSystem() {
        return simulator.solveSystem(assembly);
    }

    /** The fixed point, settlement at the markets, ledger. */
    @Benchmark
    public Simulation solve() {
        return simulator.solve(assembly);
    }

    /** One read of every array entry: the floor of one sweep. */
    @Benchmark
    public double streamingPass() {
        return assembly.streamingPass(ones);
    }
}
