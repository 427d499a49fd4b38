package org.symbiosis.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.symbiosis.flow.FlowState;
import org.symbiosis.html.HtmlReport;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.io.ParkFile;
import org.symbiosis.model.CarrierId;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.MinCostFlowAllocator;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.OptimizationStatus;
import org.symbiosis.optimize.lp.FallbackLpSolver;
import org.symbiosis.report.OptimizationExport;
import org.symbiosis.report.OptimizationReport;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symbiosis optimize FILE|EXAMPLE}: the best routing against the simulated state. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Optimise the park's flows as a linear program (activities and link flows,"
                + " candidate links included, free within capacities; fixed activities stay"
                + " fixed) and report what changed against the simulated state, the largest"
                + " shadow prices and the capacities worth most.",
            "Exit code 0 when optimal, 1 when infeasible or unbounded (the diagnosis names the"
                + " balance at fault)."})
final class OptimizeCommand implements Callable<Integer> {

    enum Goal { emissions, cost }

    @Parameters(paramLabel = "FILE|EXAMPLE",
            description = "A park file (JSON), or the name of a bundled example.")
    String park;

    @Option(names = "--objective", defaultValue = "emissions",
            description = "emissions (minimum residual CO2e) or cost (minimum cost with"
                    + " --carbon-price). Default: ${DEFAULT-VALUE}.")
    Goal goal;

    @Option(names = "--carbon-price", paramLabel = "X", defaultValue = "0",
            description = "Currency per t CO2e added to the cost objective. Default:"
                    + " ${DEFAULT-VALUE}.")
    double carbonPrice;

    @Option(names = "--keep-rules",
            description = "Keep push shares and pull covers as upper limits on link flows.")
    boolean keepRules;

    @Option(names = "--allocate", paramLabel = "CARRIER",
            description = "Instead of the whole LP, re-allocate one carrier (captured CO2, say)"
                    + " from the simulated state as a min-cost flow.")
    String allocate;

    @Option(names = "--write-lp", paramLabel = "FILE",
            description = "Also write the linear program in CPLEX LP format (glpsol --lp FILE).")
    Path writeLp;

    @Option(names = "--metric", defaultValue = "residual",
            description = "The emissions counted: residual (scope 1 + 2), net (minus removals)"
                    + " or lifecycle (plus scope 3 upstream, choosing among origins). Default:"
                    + " ${DEFAULT-VALUE}.")
    String metric;

    @Option(names = "--origin", paramLabel = "CARRIER=ORIGIN",
            description = "Buy all of CARRIER from ORIGIN. Repeatable.")
    java.util.List<String> origins = new java.util.ArrayList<>();

    @Option(names = "--top", defaultValue = "10",
            description = "Rows in each ranking. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the simulated and optimised states as JSON to FILE.")
    Path json;

    @picocli.CommandLine.Mixin
    HtmlOptions htmlOptions = new HtmlOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(carbonPrice >= 0) || Double.isInfinite(carbonPrice)) {
            throw new UserException("symbiosis optimize: --carbon-price (" + carbonPrice
                    + ") must be a number of 0 or more.");
        }
        if (top < 1) {
            throw new UserException("symbiosis optimize: --top (" + top + ") must be 1 or more.");
        }
        try (OutputFiles outputs = new OutputFiles("symbiosis optimize")) {
            OutputFiles.Target lpFile = outputs.file("--write-lp", writeLp);
            OutputFiles.Target jsonFile = outputs.file("--json", json);
            OutputFiles.Target htmlFile = htmlOptions.declare(outputs);
            return optimize(out, outputs, lpFile, jsonFile, htmlFile);
        }
    }

    private int optimize(PrintWriter out, OutputFiles outputs, OutputFiles.Target lpFile,
            OutputFiles.Target jsonFile, OutputFiles.Target htmlFile) {
        org.symbiosis.model.Target.Metric chosenMetric = Cli.metric("optimize", metric);
        ParkFile opened = ParkSources.open(park);
        opened.warnings().forEach(spec.commandLine().getErr()::println);
        ParkFile file = new ParkFile(ParkSources.withOrigins(opened.park(), origins),
                opened.source(), opened.positions());
        if (htmlOptions.requested()) {
            htmlOptions.check("optimize", file.park());
        }
        Objective objective = (goal == Goal.emissions ? Objective.emissions()
                : Objective.cost(carbonPrice)).withMetric(chosenMetric);
        String metricLabel = switch (chosenMetric) {
            case RESIDUAL -> "residual emissions (scope 1 + 2)";
            case NET -> "net emissions (residual - removals)";
            case LIFECYCLE -> "life-cycle emissions (scope 1 + 2 + upstream)";
        };
        String label = goal == Goal.emissions ? "minimum " + metricLabel
                : "minimum cost at a carbon price of " + carbonPrice + " per t CO2e of "
                        + metricLabel;
        String unit = goal == Goal.emissions ? "t CO2e" : "currency";
        FlowState simulated = null;
        SimulationResult simulation = null;
        try {
            simulation = new Simulator().run(file.park());
            simulated = simulation.withSymbiosis().state();
        } catch (UnsolvableParkException e) {
            spec.commandLine().getErr().println("Note: the park cannot run by its operating"
                    + " rules, so nothing is compared: " + e.getMessage());
            if (allocate != null) {
                throw new UserException("symbiosis optimize: --allocate starts from the simulated"
                        + " state, and the park cannot be simulated: " + e.getMessage());
            }
        }
        LinearProgramOptimizer optimizer = new LinearProgramOptimizer(objective, keepRules,
                FallbackLpSolver.standard());
        outputs.write(lpFile, path -> Files.writeString(path, optimizer.writeLp(file.park()),
                StandardCharsets.UTF_8));
        OptimizationResult result;
        if (allocate != null) {
            if (!file.park().carriers().containsKey(CarrierId.of(allocate))) {
                throw new UserException("symbiosis optimize: --allocate '" + allocate + "' is not"
                        + " a carrier of the park; its carriers are " + file.park().carriers()
                        .keySet() + ".");
            }
            result = new MinCostFlowAllocator(objective).allocate(simulated,
                    CarrierId.of(allocate));
            label += ", re-allocating '" + allocate + "' (min-cost flow)";
        } else {
            result = optimizer.optimize(file.park());
        }
        String report = OptimizationReport.text(file.park(), simulated, result, label, unit, top);
        if (json != null || htmlOptions.requested()) {
            String document = OptimizationExport.toJson(file.park(), simulation, result, label);
            outputs.write(jsonFile, path -> Files.writeString(path, document,
                    StandardCharsets.UTF_8));
            if (htmlOptions.requested()) {
                htmlOptions.write(outputs, htmlFile, HtmlReport.Kind.OPTIMIZE, document,
                        "Symbiosis: " + file.park().name() + ", optimised");
            }
        }
        outputs.commit();
        out.print(report);
        if (json != null) {
            out.println("JSON written to " + json);
        }
        if (htmlOptions.requested()) {
            out.println("HTML report written to " + htmlOptions.html);
        }
        if (writeLp != null) {
            out.println("LP written to " + writeLp);
        }
        // A solver failing on a model is our defect (exit 2); infeasible or unbounded is the park's.
        return result.optimal() ? SymbiosisCommand.OK
                : result.status() == OptimizationStatus.NOT_SOLVED ? SymbiosisCommand.INTERNAL_ERROR
                : SymbiosisCommand.USER_ERROR;
    }
}
