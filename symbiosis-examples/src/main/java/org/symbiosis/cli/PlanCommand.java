package org.symbiosis.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.symbiosis.io.ParkFile;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.optimize.AbatementCurve;
import org.symbiosis.optimize.InvestmentPlanner;
import org.symbiosis.optimize.OptimizationStatus;
import org.symbiosis.optimize.PlanGoal;
import org.symbiosis.optimize.PlanResult;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.Solvers;
import org.symbiosis.report.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symbiosis plan FILE|EXAMPLE}: which candidates to build, at what cost per tonne. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan investments: which of the park's candidates to build and how big"
                + " (a mixed-integer program solved by SCIP), at minimum annualised cost plus a"
                + " carbon price, or minimum emissions within a budget, or minimum cost under a"
                + " cap; every plant keeps delivering its products unless --free-deliveries.",
            "Exit code 0 with a plan, 1 when none meets the goal, 2 when the solver fails."})
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|EXAMPLE",
            description = "A park file (JSON) with candidates, or a bundled example.")
    String park;

    @Option(names = "--carbon-price", paramLabel = "X", defaultValue = "0",
            description = "Currency per t CO2e added to the annualised cost. Default:"
                    + " ${DEFAULT-VALUE}.")
    double carbonPrice;

    @Option(names = "--budget", paramLabel = "B",
            description = "Instead: minimum emissions with investments (annualised capital and"
                    + " fixed O&M) of at most B per year.")
    Double budget;

    @Option(names = "--cap", paramLabel = "T",
            description = "Instead: minimum annualised cost with emissions of at most T t"
                    + " CO2e per year (a target).")
    Double cap;

    @Option(names = "--metric", defaultValue = "lifecycle",
            description = "residual, net or lifecycle. Default: ${DEFAULT-VALUE}.")
    String metric;

    @Option(names = "--free-deliveries",
            description = "Let plants stop delivering their products (off by default: no plan"
                    + " may lower emissions by buying products from outside).")
    boolean freeDeliveries;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the search after this long with the best plan and its gap."
                    + " Default: ${DEFAULT-VALUE}.")
    double timeLimit;

    @Option(names = "--macc",
            description = "Also compute the abatement cost curve by re-planning (one plan per"
                    + " candidate built and per price of the grid 0, 10, ..., 300).")
    boolean macc;

    @Option(names = "--write-lp", paramLabel = "FILE",
            description = "Also write the mixed-integer program in CPLEX LP format (cbc FILE).")
    Path writeLp;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write plan.csv (and macc.csv with --macc) into DIR.")
    Path csv;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (budget != null && cap != null) {
            throw new UserException("symbiosis plan: give --budget or --cap, not both.");
        }
        if (!(carbonPrice >= 0) || Double.isInfinite(carbonPrice)) {
            throw new UserException("symbiosis plan: --carbon-price (" + carbonPrice + ") must"
                    + " be a number of 0 or more.");
        }
        for (Double limit : new Double[] {budget, cap}) {
            if (limit != null && !(limit >= 0 && Double.isFinite(limit))) {
                throw new UserException("symbiosis plan: --budget and --cap must be numbers of 0"
                        + " or more, not " + limit + ".");
            }
        }
        if (!(timeLimit > 0 && timeLimit <= 86_400)) {
            throw new UserException("symbiosis plan: --time-limit (" + timeLimit + ") must be"
                    + " more than 0 and at most 86400 seconds.");
        }
        Target.Metric chosen = Cli.metric("plan", metric);
        PlanGoal goal = (budget != null ? PlanGoal.emissionsUnderBudget(budget)
                : cap != null ? PlanGoal.costUnderCap(cap) : PlanGoal.cost(carbonPrice))
                .withMetric(chosen);
        try (OutputFiles outputs = new OutputFiles("symbiosis plan")) {
            OutputFiles.Target lpFile = outputs.file("--write-lp", writeLp);
            OutputFiles.Target csvDir = outputs.directory("--csv", csv, List.of("plan.csv",
                    "macc.csv"));
            ParkFile file = ParkSources.open(park);
            file.warnings().forEach(err::println);
            Park p = file.park();
            if (p.candidates().isEmpty()) {
                throw new UserException("symbiosis plan: the park '" + p.name() + "' has no"
                        + " candidates to build: add 'candidates' to the park file (see"
                        + " docs/park-format.md).");
            }
            LpSolver solver = Solvers.lp("scip", Math.round(timeLimit * 1000));
            InvestmentPlanner planner = new InvestmentPlanner(goal, !freeDeliveries, solver);
            outputs.write(lpFile, path -> Files.writeString(path, planner.writeLp(p),
                    StandardCharsets.UTF_8));
            PlanResult result;
            try (Ticker ticker = Ticker.forTerminal(err, "planning (" + p.candidates().size()
                    + " candidates, SCIP)")) {
                result = planner.plan(p);
            }
            if (!result.solved()) {
                // No plan: the diagnosis on stderr; nothing on stdout, no file written.
                err.print(PlanReport.text(p, result, List.of()));
                return result.status() == OptimizationStatus.NOT_SOLVED
                        ? SymbiosisCommand.INTERNAL_ERROR : SymbiosisCommand.USER_ERROR;
            }
            List<AbatementCurve.Step> curve = List.of();
            if (macc && result.solved()) {
                double[] prices = new double[31];
                for (int i = 0; i < prices.length; i++) {
                    prices[i] = 10 * i;
                }
                try (Ticker ticker = Ticker.forTerminal(err, "abatement curve (re-planning)")) {
                    curve = AbatementCurve.of(p, goal, !freeDeliveries, solver, prices);
                }
            }
            List<AbatementCurve.Step> steps = curve;
            outputs.write(csvDir, dir -> {
                Files.writeString(dir.resolve("plan.csv"), PlanReport.csv(result),
                        StandardCharsets.UTF_8);
                if (macc) {
                    Files.writeString(dir.resolve("macc.csv"), PlanReport.maccCsv(steps),
                            StandardCharsets.UTF_8);
                }
            });
            outputs.commit();
            out.print(PlanReport.text(p, result, steps));
            if (writeLp != null) {
                out.println("MILP written to " + writeLp);
            }
            if (csv != null) {
                out.println("CSV written to " + csv);
            }
            return result.solved() ? SymbiosisCommand.OK
                    : result.status() == OptimizationStatus.NOT_SOLVED
                    ? SymbiosisCommand.INTERNAL_ERROR : SymbiosisCommand.USER_ERROR;
        }
    }

    /** A line on a terminal saying how long a solve has run, once a second. */
    static final class Ticker implements AutoCloseable {
        private final Thread thread;

        private Ticker(Thread thread) {
            this.thread = thread;
        }

        static Ticker forTerminal(PrintWriter err, String what) {
            if (System.console() == null) {
                return new Ticker(null);
            }
            long start = System.nanoTime();
            Thread t = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(1000);
                        err.printf(Locale.ROOT, "\r%s: %.0f s", what,
                                (System.nanoTime() - start) / 1e9);
                        err.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "plan-ticker");
            t.setDaemon(true);
            t.start();
            return new Ticker(t);
        }

        @Override
        public void close() {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

}
