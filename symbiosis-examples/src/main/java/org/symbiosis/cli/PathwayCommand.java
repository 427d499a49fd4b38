package org.symbiosis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.symbiosis.html.HtmlReport;
import org.symbiosis.io.ScenarioFiles;
import org.symbiosis.model.Park;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;
import org.symbiosis.report.PathwayExport;
import org.symbiosis.report.PathwayReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symbiosis pathway SCENARIO|EXAMPLE}: a park year by year against its targets. */
@Command(name = "pathway", mixinStandardHelpOptions = true,
        description = {"Run a scenario (a park changing over years, docs/scenario-format.md) year"
                + " by year and judge its targets: met or missed, the gap, the first year met."
                + " With --samples, Monte Carlo bands (P5/P50/P95) and the probability that each"
                + " target is met, reproducible from --seed whatever --threads.",
            "Exit code 0 when the run completes (whatever the verdicts), 1 on a bad scenario."})
final class PathwayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO|EXAMPLE",
            description = "A scenario file (JSON), or the name of a bundled scenario (see list).")
    String scenario;

    @Option(names = "--samples", defaultValue = "0",
            description = "Monte Carlo samples (default ${DEFAULT-VALUE}: deterministic only).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default"
            + " ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Threads for the samples (default: the number"
            + " of processors).")
    Integer threads;

    @Option(names = "--tornado", paramLabel = "YEAR",
            description = "Also the one-at-a-time sensitivity of that year's emissions.")
    Integer tornadoYear;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write years.csv and"
            + " targets.csv into DIR.")
    Path csv;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the years, bands,"
            + " target verdicts and tornado as JSON to FILE.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained"
            + " HTML report to FILE (opens offline): the fan chart with the targets, and the"
            + " tornado with --tornado.")
    Path html;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 0) {
            throw new UserException("symbiosis pathway: --samples (" + samples + ") must not be"
                    + " negative.");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new UserException("symbiosis pathway: --threads (" + threadCount + ") must be 1"
                    + " or more.");
        }
        if (threadCount > PathwayRunner.MAX_THREADS) {
            throw new UserException("symbiosis pathway: --threads (" + threadCount + ") must be"
                    + " at most " + PathwayRunner.MAX_THREADS + "; samples gain nothing from more"
                    + " threads than processors (" + Runtime.getRuntime().availableProcessors()
                    + " here).");
        }
        if (samples > PathwayRunner.MAX_SAMPLES) {
            throw new UserException("symbiosis pathway: --samples (" + samples + ") must be at"
                    + " most " + String.format(java.util.Locale.ROOT, "%,d",
                    PathwayRunner.MAX_SAMPLES) + "; percentile bands settle long before that:"
                    + " use --samples 1000 or so.");
        }
        try (OutputFiles outputs = new OutputFiles("symbiosis pathway")) {
            OutputFiles.Target csvDir = outputs.directory("--csv", csv, CSV_FILES);
            OutputFiles.Target jsonFile = outputs.file("--json", json);
            OutputFiles.Target htmlFile = outputs.file("--html", html);
            Scenario s = open(scenario);
            String size = PathwayRunner.sizeProblem(s, samples, Runtime.getRuntime()
                    .maxMemory());
            if (size != null) {
                throw new UserException("symbiosis pathway: " + size);
            }
            if (tornadoYear != null && (tornadoYear < s.firstYear()
                    || tornadoYear > s.lastYear())) {
                throw new UserException("symbiosis pathway: --tornado " + tornadoYear + " is"
                        + " outside the scenario's years " + s.firstYear() + "-" + s.lastYear()
                        + ": give one of them.");
            }
            ProgressBar bar = ProgressBar.forTerminal(err);
            PathwayRunner runner = new PathwayRunner(threadCount, bar);
            PathwayResult result;
            try {
                result = runner.run(s, samples, seed);
            } finally {
                bar.done();
            }
            StringBuilder report = new StringBuilder(PathwayReport.text(result));
            List<PathwayRunner.TornadoBar> bars = List.of();
            if (tornadoYear != null) {
                bars = runner.tornado(s, tornadoYear);
                report.append('\n').append(PathwayReport.tornado(bars, tornadoYear));
            }
            outputs.write(csvDir, dir -> PathwayReport.writeCsv(result, dir));
            if (json != null || html != null) {
                String document = PathwayExport.toJson(result, bars, tornadoYear);
                outputs.write(jsonFile, path -> Files.writeString(path, document,
                        java.nio.charset.StandardCharsets.UTF_8));
                HtmlReport.Options options = HtmlReport.Options.of("Symbiosis: pathway "
                        + s.name());
                outputs.write(htmlFile, path -> HtmlOptions.writeHtml(path,
                        HtmlReport.Kind.PATHWAY, document, options));
            }
            outputs.commit();
            out.print(report);
            if (csv != null) {
                out.println("CSV written to " + csv);
            }
            if (json != null) {
                out.println("JSON written to " + json);
            }
            if (html != null) {
                out.println("HTML report written to " + html);
            }
            return SymbiosisCommand.OK;
        }
    }

    /** The files {@code --csv} writes. */
    static final List<String> CSV_FILES = List.of("years.csv", "targets.csv");

    /** A scenario file, or a bundled scenario; its park is a path beside it or an example. */
    static Scenario open(String fileOrExample) {
        Path path = Cli.path(fileOrExample);
        if (Files.exists(path)) {
            Path dir = path.toAbsolutePath().getParent();
            return ScenarioFiles.read(path, name -> resolvePark(dir, name));
        }
        try (var in = PathwayCommand.class.getResourceAsStream("/scenarios/" + fileOrExample
                + ".json")) {
            if (in == null || fileOrExample.contains("/")) {
                throw new UserException("symbiosis pathway: '" + fileOrExample + "' is neither a"
                        + " scenario file nor a bundled scenario (see 'symbiosis list').");
            }
            return ScenarioFiles.read(in, fileOrExample + ".json (bundled scenario)",
                    name -> resolvePark(null, name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Park resolvePark(Path dir, String name) {
        if (dir != null && Files.exists(dir.resolve(name))) {
            return ParkSources.open(dir.resolve(name).toString()).park();
        }
        return ParkSources.open(name).park();
    }
}
