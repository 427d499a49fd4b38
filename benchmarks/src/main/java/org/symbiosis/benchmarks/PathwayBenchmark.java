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
import org.openjdk.jmh.annotations.Warmup;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Park;
import org.symbiosis.pathway.Distribution;
import org.symbiosis.pathway.Parameter;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;

/**
 * A pathway Monte Carlo on a synthetic park: 38 years (2013-2050), {@code samples} samples, the
 * grid factor, two capture shares and a kiln's output uncertain, on two threads. The DESIGN
 * target is 38 years x 1000 samples of a 500-plant park in under 60 s; time per sample scales
 * linearly, so 100 samples are measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class PathwayBenchmark {

    @Param({"500"})
    public int plants;

    @Param({"100"})
    public int samples;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        Park park = SyntheticParks.generate(42, plants);
        List<Scenario.Change> changes = new ArrayList<>();
        changes.add(new Scenario.Change(new Parameter("market:electricity:buyFactor"),
                Scenario.Interpolation.LINEAR, List.of(
                        new Scenario.Point(2013, new Distribution.Fixed(0.423)),
                        new Scenario.Point(2050, new Distribution.Triangular(0, 0.05, 0.2)))));
        for (int k = 0; k < 2; k++) {
            changes.add(new Scenario.Change(new Parameter("link:c" + k
                    + "-cement-a_c" + k + "-capture.co2:share"), Scenario.Interpolation.LINEAR,
                    List.of(new Scenario.Point(2013, new Distribution.Fixed(0)),
                            new Scenario.Point(2050, new Distribution.Uniform(0.5, 1)))));
        }
        changes.add(new Scenario.Change(new Parameter("process:c0-cement-b.kiln:fixed"),
                Scenario.Interpolation.STEP, List.of(new Scenario.Point(2030,
                        new Distribution.Triangular(1e5, 2e5, 3e5)))));
        scenario = new Scenario("benchmark", "", park, 2013, 2050, changes, List.of(), List.of(),
                false);
    }

    @Benchmark
    public PathwayResult monteCarlo() {
        return new PathwayRunner(2, ProgressListener.NONE).run(scenario, samples, 1);
    }
}
