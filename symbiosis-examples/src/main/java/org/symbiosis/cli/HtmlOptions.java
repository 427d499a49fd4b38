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

    void write(HtmlReport.Kind kind, String json, String title) throws IOException {
        HtmlReport.Options options = new HtmlReport.Options(title, sankey, aggregateAbove);
        OutputFiles.write(html, out -> HtmlReport.write(out, kind, json, options));
    }
}
