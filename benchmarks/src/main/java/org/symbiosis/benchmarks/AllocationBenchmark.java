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
import org.symbiosis.flow.FlowState;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.MinCostFlowAllocator;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.simulate.Simulator;

/** Single-carrier CO2 allocation as a min-cost flow: emitters x 100 sinks arcs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class AllocationBenchmark {

    @Param({"1000", "10000", "100000"})
    public int arcs;

    private FlowState simulated;
    private final MinCostFlowAllocator allocator = new MinCostFlowAllocator(Objective.cost(40));

    @Setup(Level.Trial)
    public void setUp() {
        int sinks = Math.min(100, Math.max(1, arcs / 100));
        Park park = SyntheticParks.co2Allocation(42, arcs / sinks, sinks);
        simulated = new Simulator().run(park).withSymbiosis().state();
    }

    @Benchmark
    public OptimizationResult allocate() {
        return allocator.allocate(simulated, CarrierId.of("co2"));
    }
}
