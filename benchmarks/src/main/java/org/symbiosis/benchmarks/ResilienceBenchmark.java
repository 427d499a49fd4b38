package org.symbiosis.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.resilience.Outage;
import org.symbiosis.resilience.OutageSimulator;
import org.symbiosis.resilience.ResilienceAnalysis;
import org.symbiosis.simulate.Simulator;

/**
 * N-1 on a synthetic park: every plant ({@code outages = plants}, the keystone ranking), every
 * existing link ({@code links}) or both ({@code all}) taken out in turn and the park re-simulated
 * (with its cascade), spread over {@code threads} threads, totals and counts kept (no per-plant
 * detail). One operation is the whole sweep, including the intact simulation it starts from;
 * single shot, as one sweep takes minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class ResilienceBenchmark {

    @Param({"10000"})
    public int plants;

    @Param({"2"})
    public int threads;

    @Param({"plants", "links", "all"})
    public String outages;

    private Park park;
    private List<Outage> sweep;

    @Setup(Level.Trial)
    public void setUp() {
        park = SyntheticParks.generate(42, plants);
        sweep = new ArrayList<>();
        if (!outages.equals("links")) {
            park.plants().keySet().forEach(p -> sweep.add(Outage.of(p)));
        }
        if (!outages.equals("plants")) {
            park.links().keySet().forEach(l -> sweep.add(Outage.of(l)));
        }
    }

    /** The sweep, each outage a re-simulation. */
    @Benchmark
    public ResilienceAnalysis nMinusOne() {
        return new OutageSimulator(new Simulator(), threads, false).analyse(park, sweep);
    }
}
