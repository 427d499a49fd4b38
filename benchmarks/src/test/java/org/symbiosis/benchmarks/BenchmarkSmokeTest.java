package org.symbiosis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once with its smallest parameters, in process and briefly, so that none
 * of them rots between real runs. Not a measurement.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsWithTinyParameters() throws Exception {
        Options options = new OptionsBuilder()
                .include("org\\.symbiosis\\.benchmarks\\..*Benchmark\\..*")
                .exclude("ResilienceBenchmark")
                .param("plants", "100", "1000")
                .param("arcs", "1000")
                .param("samples", "2")
                .param("candidates", "100")
                .param("gain", "0.9")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .timeUnit(TimeUnit.MILLISECONDS)
                .threads(1)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // Simulate 5 methods x 2 sizes, loop solvers 2 x 2, optimize 2 x 2, allocation 1, parse
        // 1 x 2, pathway 1 x 2, plan 1.
        assertEquals(10 + 4 + 4 + 1 + 2 + 2 + 1, results.size());
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
        }
    }

    /** N-1 re-simulates the park once per plant: at 100 plants only, to keep the suite short. */
    @Test
    void resilienceBenchmarkRunsOnAHundredPlants() throws Exception {
        Options options = new OptionsBuilder()
                .include("org\\.symbiosis\\.benchmarks\\.ResilienceBenchmark\\..*")
                .param("plants", "100")
                .param("outages", "plants")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .timeUnit(TimeUnit.MILLISECONDS)
                .threads(1)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertEquals(1, results.size());
        assertTrue(results.iterator().next().getPrimaryResult().getScore() > 0);
    }
}
