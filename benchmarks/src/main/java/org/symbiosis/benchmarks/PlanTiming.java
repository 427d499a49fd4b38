package org.symbiosis.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.InvestmentPlanner;
import org.symbiosis.optimize.PlanGoal;
import org.symbiosis.optimize.PlanResult;

/**
 * The planning benchmark's model solved once by SCIP (through the planner) and once by COIN-OR
 * CBC from the exported LP file, wall-clock, with both optima. Usage: {@code java -cp
 * benchmarks.jar org.symbiosis.benchmarks.PlanTiming 1000} (needs {@code cbc} on the path).
 */
public final class PlanTiming {

    private PlanTiming() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Park park = PlanBenchmark.park(candidates);
        InvestmentPlanner planner = new InvestmentPlanner(PlanGoal.cost(50));
        planner.plan(park); // warm up the native libraries
        long t0 = System.nanoTime();
        PlanResult scip = planner.plan(park);
        double scipSeconds = (System.nanoTime() - t0) / 1e9;
        Path lp = Files.createTempFile("plan-" + candidates, ".lp");
        Files.writeString(lp, planner.writeLp(park));
        long t1 = System.nanoTime();
        Process cbc = new ProcessBuilder("cbc", lp.toString(), "solve").redirectErrorStream(true)
                .start();
        String log = new String(cbc.getInputStream().readAllBytes());
        cbc.waitFor();
        double cbcSeconds = (System.nanoTime() - t1) / 1e9;
        String objective = log.lines().filter(l -> l.startsWith("Objective value:")).findFirst()
                .orElse("(no objective: " + log.lines().reduce((a, b) -> b).orElse("") + ")");
        System.out.printf(Locale.ROOT, "%d candidates, %d plants: SCIP %.2f s (objective %.6f,"
                + " %d built, %s); CBC %.2f s (%s)%n", candidates, park.plants().size(),
                scipSeconds, scip.modelObjective(), scip.builds().size(), scip.status(), cbcSeconds,
                objective.trim());
        Files.delete(lp);
    }
}
