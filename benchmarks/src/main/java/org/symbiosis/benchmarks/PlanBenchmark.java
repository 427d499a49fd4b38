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
import org.symbiosis.optimize.InvestmentPlanner;
import org.symbiosis.optimize.PlanGoal;
import org.symbiosis.optimize.PlanResult;

/**
 * Plan (MILP, SCIP) on synthetic parks whose links are candidates to build, at 50 per t of
 * life-cycle CO2e. {@code PlanTiming} solves the same exported model with CBC for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class PlanBenchmark {

    /** Candidates; the park has about 3.5 links per plant, so plants = candidates / 3. */
    @Param({"100", "1000"})
    public int candidates;

    private Park park;
    private final InvestmentPlanner planner = new InvestmentPlanner(PlanGoal.cost(50));

    @Setup(Level.Trial)
    public void setUp() {
        park = park(candidates);
    }

    static Park park(int candidates) {
        return SyntheticParks.withCandidates(SyntheticParks.generate(42,
                Math.max(10, candidates / 3)), 7, candidates);
    }

    @Benchmark
    public PlanResult plan() {
        PlanResult result = planner.plan(park);
        if (!result.solved()) {
            throw new IllegalStateException(result.diagnosis());
        }
        return result;
    }
}
