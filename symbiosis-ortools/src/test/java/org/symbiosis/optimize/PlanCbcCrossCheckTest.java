package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Park;
import org.symbiosis.model.Process;
import org.symbiosis.simulate.RandomParks;
import org.symbiosis.simulate.Simulator;

/**
 * An independent check of the planner: seeded random parks with random candidates (links to
 * build, process capacities to expand), planned by SCIP; CBC solves the LP file the planner
 * writes, and the two optima must agree to 1e-6 relative.
 */
class PlanCbcCrossCheckTest {

    @TempDir
    Path dir;

    /** A random park whose links become candidates, half of them, and whose capped processes may expand. */
    static Park withCandidates(long seed) {
        Park park = RandomParks.generate(seed, 5 + (int) (seed % 8));
        Random random = new Random(seed * 7919);
        Park.Builder b = park.toBuilder();
        for (Link link : park.links().values()) {
            if (random.nextBoolean()) {
                double capacity = Double.isInfinite(link.capacity()) ? 50 + 100 * random
                        .nextDouble() : link.capacity();
                b.replaceLink(link.withCapacity(capacity).withStatus(LinkStatus.CANDIDATE));
                b.candidate(new Candidate("link:" + link.id(), Candidate.Kind.BUILD,
                        random.nextDouble() * 5,
                        random.nextDouble() * 50, 10 + random.nextInt(20),
                        random.nextDouble() * 10, Double.NaN, ""));
            }
        }
        for (Process process : park.processes()) {
            // An expansion of a fixed activity is refused (it would never be used).
            if (Double.isFinite(process.capacity()) && random.nextInt(3) == 0
                    && !(process.rule() instanceof org.symbiosis.model.OperatingRule.Fixed)) {
                b.candidate(new Candidate("process:" + process.id(), Candidate.Kind.EXPAND,
                        random.nextDouble() * 3, random.nextDouble() * 30, 15, 0,
                        process.capacity(), ""));
            }
        }
        return b.build();
    }

    @Test
    void cbcAgreesWithScipOnRandomPlans() throws Exception {
        Cbc.requireOrSkip();
        int compared = 0;
        int withBuilds = 0;
        for (long seed = 1; seed <= 80 && compared < 60; seed++) {
            Park park = withCandidates(seed);
            if (park.candidates().isEmpty()) {
                continue;
            }
            try {
                new Simulator().simulate(park);
            } catch (UnsolvableParkException e) {
                continue;
            }
            InvestmentPlanner planner = new InvestmentPlanner(PlanGoal.cost(20 + seed % 40));
            PlanResult result = planner.plan(park);
            if (!result.solved()) {
                continue;
            }
            FlowInvariants.check(result.state().orElseThrow(), "seed " + seed);
            Path lp = dir.resolve("plan-" + seed + ".lp");
            Files.writeString(lp, planner.writeLp(park));
            double cbc = Cbc.minimum(lp)[0];
            // The written model carries the tie-breaking terms: compare like with like.
            double scale = Math.max(1, Math.abs(result.modelObjective()));
            assertTrue(Math.abs(cbc - result.modelObjective()) <= 1e-6 * scale,
                    "seed " + seed + ": CBC " + cbc + " vs SCIP " + result.modelObjective());
            compared++;
            if (!result.builds().isEmpty()) {
                withBuilds++;
            }
        }
        assertTrue(compared >= 50, "too few random plans compared: " + compared);
        assertTrue(withBuilds >= 10, "too few random plans built anything: " + withBuilds);
    }
}
