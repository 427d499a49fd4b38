package org.symbiosis.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.symbiosis.html.HtmlReport;
import org.symbiosis.io.ParkFile;
import org.symbiosis.report.SimulationExport;
import org.symbiosis.report.SimulationReport;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symbiosis run FILE|EXAMPLE}: simulates a park and reports it with and without symbiosis. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a park by its operating rules and report residual emissions with"
                + " symbiosis and without it (symbiosis links off), then tables per plant, link,"
                + " process and carrier.",
            "Exit code 0 on success, 1 if the park cannot run (the message says why)."})
final class RunCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(
            RunCommand.class);

    @Parameters(paramLabel = "FILE|EXAMPLE",
            description = "A park file (JSON), or the name of a bundled example (see 'list').")
    String park;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write the results as CSV files (summary, plants, links,"
                    + " processes, carriers) into DIR.")
    Path csv;

    @Option(names = "--tolerance", paramLabel = "REL", defaultValue = "1e-12",
            description = "Relative residual at which loops count as solved (default:"
                    + " ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--origin", paramLabel = "CARRIER=ORIGIN",
            description = "Buy all of CARRIER from ORIGIN, one of its market's origins (for"
                    + " example --origin nh3=blue-ammonia). Repeatable.")
    java.util.List<String> origins = new java.util.ArrayList<>();

    @Option(names = "--rows", paramLabel = "N",
            defaultValue = "" + SimulationReport.DEFAULT_ROWS,
            description = "Show at most N rows of each table (the largest); the full tables go"
                    + " to --csv, --json and --html. Default: ${DEFAULT-VALUE}.")
    int rows;

    @picocli.CommandLine.Mixin
    HtmlOptions htmlOptions = new HtmlOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The files {@code --csv} writes. */
    static final List<String> CSV_FILES = List.of("summary.csv", "plants.csv", "sites.csv",
            "links.csv", "processes.csv", "carriers.csv");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(tolerance > 0 && tolerance <= 1e-3)) {
            throw new UserException("symbiosis run: --tolerance (" + tolerance + ") must be in"
                    + " (0, 1e-3], for example 1e-9.");
        }
        if (rows < 1) {
            throw new UserException("symbiosis run: --rows (" + rows + ") must be 1 or more.");
        }
        try (OutputFiles outputs = new OutputFiles("symbiosis run")) {
            OutputFiles.Target jsonFile = outputs.file("--json", json);
            OutputFiles.Target csvDir = outputs.directory("--csv", csv, CSV_FILES);
            OutputFiles.Target htmlFile = htmlOptions.declare(outputs);
            long start = System.nanoTime();
            org.symbiosis.model.Park chosen = ParkSources.withOrigins(read(err), origins);
            LOG.debug("run: read {} ({} plants, {} links) in {} ms", park,
                    chosen.plants().size(), chosen.links().size(), millis(start));
            if (htmlOptions.requested()) {
                htmlOptions.check("run", chosen);
            }
            ProgressBar bar = ProgressBar.forTerminal(err);
            SimulationResult result;
            java.util.List<org.symbiosis.pathway.MeasureEffects.Effect> effects;
            try {
                Simulator simulator = new Simulator(tolerance, Simulator.DEFAULT_MAX_SWEEPS, bar);
                start = System.nanoTime();
                result = simulator.run(chosen);
                LOG.debug("run: simulated in {} ms", millis(start));
                start = System.nanoTime();
                effects = org.symbiosis.pathway.MeasureEffects.of(chosen, simulator);
                LOG.debug("run: {} measures in {} ms", effects.size(), millis(start));
            } finally {
                bar.done();
            }
            start = System.nanoTime();
            String report = SimulationReport.text(result, effects, rows);
            LOG.debug("run: text report in {} ms", millis(start));
            // --json streams to its file; the HTML page streams the same document into itself.
            start = System.nanoTime();
            outputs.write(jsonFile, path -> {
                try (java.io.Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    SimulationExport.writeJson(result, effects, w);
                }
            });
            if (json != null) {
                LOG.debug("run: --json in {} ms", millis(start));
            }
            if (htmlOptions.requested()) {
                htmlOptions.write(outputs, htmlFile, HtmlReport.Kind.RUN,
                        (HtmlReport.Document) w -> SimulationExport.writeJson(result, effects, w),
                        "Symbiosis: " + chosen.name());
            }
            start = System.nanoTime();
            outputs.write(csvDir, dir -> SimulationExport.writeCsv(result, dir));
            if (csv != null) {
                LOG.debug("run: --csv in {} ms", millis(start));
            }
            outputs.commit();
            out.print(report);
            if (json != null) {
                out.println("JSON written to " + json);
            }
            if (csv != null) {
                out.println("CSV written to " + csv);
            }
            if (htmlOptions.requested()) {
                out.println("HTML report written to " + htmlOptions.html);
            }
            return SymbiosisCommand.OK;
        }
    }

    /**
     * The park, its warnings printed; the file's element positions are not kept for the run
     * (only warnings need them).
     */
    private org.symbiosis.model.Park read(PrintWriter err) {
        ParkFile file = ParkSources.open(park);
        file.warnings().forEach(err::println);
        return file.park();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
