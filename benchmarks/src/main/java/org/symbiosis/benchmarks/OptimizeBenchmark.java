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
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.LpModel;

/** Optimise (LP, GLOP) on synthetic parks: the model build alone and the whole optimisation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class OptimizeBenchmark {

    @Param({"100", "1000", "10000"})
    public int plants;

    private Park park;
    private final LinearProgramOptimizer optimizer =
            new LinearProgramOptimizer(Objective.cost(50));

    @Setup(Level.Trial)
    public void setUp() {
        park = SyntheticParks.generate(42, plants);
    }

    @Benchmark
    public LpModel buildModel() {
        return optimizer.model(park);
    }

    @Benchmark
    public OptimizationResult optimize() {
        OptimizationResult result = optimizer.optimize(park);
        if (!result.optimal()) {
            throw new IllegalStateException(result.diagnosis());
        }
        return result;
    }
}
