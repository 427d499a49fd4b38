package org.symbiosis.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.symbiosis.html.HtmlReport;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Park;
import picocli.CommandLine.Option;

/** The HTML report's options, shared by {@code run} and {@code optimize}. */
final class HtmlOptions {

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report to FILE (opens offline): a"
                    + " Sankey of the flows, emissions by plant, the plants' locations.")
    Path html;

    @Option(names = "--sankey", paramLabel = "carbon|CARRIER", defaultValue = HtmlReport.CARBON,
            description = "What the HTML report's Sankey shows: carbon in t C (each flow x its"
                    + " carrier's carbon content) or the flows of one carrier. Default:"
                    + " ${DEFAULT-VALUE}.")
    String sankey;

    @Option(names = "--aggregate-above", paramLabel = "N",
            defaultValue = "" + HtmlReport.DEFAULT_AGGREGATE_ABOVE,
            description = "In the HTML report, draw plants by sector when the park has more than"
                    + " N plants. Default: ${DEFAULT-VALUE}.")
    int aggregateAbove;

    /** Rejects options that do not fit {@code park} before anything is computed. */
    void check(String command, Park park) {
        if (aggregateAbove < 1) {
            throw new UserException("symbiosis " + command + ": --aggregate-above ("
                    + aggregateAbove + ") must be 1 or more.");
        }
        if (!HtmlReport.CARBON.equals(sankey)
                && !park.carriers().containsKey(CarrierId.of(sankey))) {
            throw new UserException("symbiosis " + command + ": --sankey '" + sankey + "' is"
                    + " neither 'carbon' nor a carrier of the park; its carriers are "
                    + park.carriers().keySet() + ".");
        }
    }

    boolean requested() {
        return html != null;
    }

    /** Declares the HTML file with the run's other outputs; null when not asked for. */
    OutputFiles.Target declare(OutputFiles outputs) {
        return outputs.file("--html", html);
    }

    /** Stages the report for {@code target}, written when the outputs commit. */
    void write(OutputFiles outputs, OutputFiles.Target target, HtmlReport.Kind kind, String json,
            String title) {
        write(outputs, target, kind, w -> w.write(json), title);
    }

    /** Writes the report with the document streamed into the page. */
    void write(OutputFiles outputs, OutputFiles.Target target, HtmlReport.Kind kind,
            HtmlReport.Document json, String title) {
        HtmlReport.Options options = new HtmlReport.Options(title, sankey, aggregateAbove);
        outputs.write(target, path -> writeHtml(path, kind, json, options));
    }

    /** Writes one report to {@code path}, UTF-8. */
    static void writeHtml(Path path, HtmlReport.Kind kind, String json,
            HtmlReport.Options options) throws IOException {
        writeHtml(path, kind, w -> w.write(json), options);
    }

    /** Writes one report to {@code path}, UTF-8, the document streamed into the page. */
    static void writeHtml(Path path, HtmlReport.Kind kind, HtmlReport.Document json,
            HtmlReport.Options options) throws IOException {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(path,
                java.nio.charset.StandardCharsets.UTF_8)) {
            HtmlReport.write(w, kind, json, options);
        }
    }
}
