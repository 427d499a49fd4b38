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
import org.symbiosis.io.ParkFile;
import org.symbiosis.io.ParkFiles;

/** Reading a park file (JSON text already in memory): parse, validate, build. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    @Param({"1000", "10000"})
    public int plants;

    private String json;

    @Setup(Level.Trial)
    public void setUp() {
        json = ParkFiles.toJson(SyntheticParks.generate(42, plants));
    }

    @Benchmark
    public ParkFile parse() {
        return ParkFiles.parse(json, "synthetic.json");
    }
}
