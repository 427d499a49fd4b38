package org.symbiosis.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A self-contained HTML report: one file with Plotly, the page's script and the result's JSON
 * document inlined, so that it opens offline from disk (no network, no server).
 *
 * <p>The page draws every figure from the embedded JSON document, which is byte for byte the
 * document {@code --json} writes (only {@code <} is escaped as {@code \u003c}, which JSON reads
 * back as the same character): one source of truth. Sections, each drawn when the document has
 * its data:
 *
 * <ul>
 *   <li>a Sankey of the park's flows, in t C by default (each link's flow x its carrier's carbon
 *       content, purchases, sales and releases at the edges) or of one carrier, with loops drawn
 *       as loops, toggled between the states in the document (with and without symbiosis,
 *       optimised); above {@link Options#aggregateAbove()} plants, plants are grouped by sector;
 *   <li>emissions by plant, scope 1 / scope 2 / upstream stacked, one group per state;
 *   <li>a map-like view of plants from their locations, with their links;
 *   <li>for a pathway: the fan chart (deterministic line, P5-P95 band, targets met or missed and
 *       the first year met) and the tornado when computed;
 *   <li>for a resilience analysis: horizontal bars of the keystone plants, the links and any
 *       combined outages by impact (the life-cycle knock-on, and the residual knock-on beside
 *       it), in the text report's rank order, with their tables; what a chosen outage does plant
 *       by plant; the circular clusters and betweenness; the candidate links of discovery.
 * </ul>
 *
 * <p>Plotly 1.54 is used because its Sankey draws circular links (d3-sankey-circular); ECharts'
 * Sankey refuses graphs with cycles, and symbiosis parks have them (CO2 to methane and back).
 *
 * <p>Memory: the page is written to the writer as it is built; Plotly (3.4 MB) is copied from
 * the class path in chunks, and the JSON document may be streamed into the page ({@link
 * Document}), so the memory the page needs beyond the result does not grow with the park.
 */
public final class HtmlReport {

    /** What produced the document; selects the page's sections. */
    public enum Kind {
        /** {@code run}: a simulation, with and without symbiosis. */
        RUN,
        /** {@code optimize}: the simulation and the optimum. */
        OPTIMIZE,
        /**
         * {@code pathway}: years, bands, targets, tornado. (The planning command, when it exists,
         * adds a {@code PLAN} kind and the abatement cost curve: see the {@code abatement} hook in
         * report.js.)
         */
        PATHWAY,
        /**
         * {@code resilience}: the outages ranked (keystone plants, links, combined outages) as
         * bar charts and tables, what each outage does plant by plant, the plant network, and
         * the candidate links of {@code --discover}.
         */
        RESILIENCE
    }

    /** Plants above which the Sankey, the emissions chart and the map group plants by sector. */
    public static final int DEFAULT_AGGREGATE_ABOVE = 40;

    /** The Sankey in carbon, t C (each carrier's amount x its carbon content). */
    public static final String CARBON = "carbon";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final String WEBJAR = "/META-INF/resources/webjars/plotly.js/";
    private static final String PLOTLY_POM =
            "/META-INF/maven/org.webjars.bower/plotly.js/pom.properties";

    /**
     * @param title          the page's title
     * @param sankeyCarrier  {@link #CARBON}, or the id of the carrier whose flows the Sankey shows
     * @param aggregateAbove plants above which they are grouped by sector (1 or more)
     */
    public record Options(String title, String sankeyCarrier, int aggregateAbove) {
        public Options {
            checkNotNull(title, "An HTML report needs a title.");
            checkNotNull(sankeyCarrier, "An HTML report needs a Sankey carrier (or 'carbon').");
            checkArgument(aggregateAbove >= 1, "The plant count above which an HTML report"
                    + " groups plants by sector (%s) must be 1 or more.", aggregateAbove);
        }

        public static Options of(String title) {
            return new Options(title, CARBON, DEFAULT_AGGREGATE_ABOVE);
        }
    }

    private HtmlReport() {
    }

    /** Writes a JSON document to a writer: an exporter streaming its rows. */
    @FunctionalInterface
    public interface Document {
        /**
         * Writes the whole document.
         *
         * @param out where to write; not closed
         * @throws IOException if {@code out} cannot be written
         */
        void writeTo(Writer out) throws IOException;
    }

    /** The version of Plotly on the class path, e.g. {@code 1.54.1}. */
    public static String plotlyVersion() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(PLOTLY_POM)) {
            if (in == null) {
                throw new IllegalStateException("Plotly's WebJar (org.webjars.bower:plotly.js) is"
                        + " not on the class path; the HTML report needs it.");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("Plotly's WebJar could not be read", e);
        }
    }

    /**
     * Writes the page for {@code json} (a document of {@code kind}, as its {@code --json} writes
     * it) to {@code out}.
     */
    public static void write(Writer out, Kind kind, String json, Options options)
            throws IOException {
        checkNotNull(json, "An HTML report needs its JSON document.");
        write(out, kind, w -> w.write(json), options);
    }

    /**
     * Writes the page for the document {@code json} writes (a document of {@code kind}, as its
     * {@code --json} writes it) to {@code out}, streaming the document into the page.
     */
    public static void write(Writer out, Kind kind, Document json, Options options)
            throws IOException {
        checkNotNull(kind, "An HTML report needs a kind.");
        checkNotNull(json, "An HTML report needs its JSON document.");
        checkNotNull(options, "An HTML report needs options.");
        String version = plotlyVersion();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        settings.put("title", options.title());
        settings.put("sankeyCarrier", options.sankeyCarrier());
        settings.put("aggregateAbove", options.aggregateAbove());
        settings.put("plotly", version);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Symbiosis\">\n<title>");
        out.write(escapeHtml(options.title()));
        out.write("</title>\n<script>window.symbiosisErrors = [];\n"
                + "window.addEventListener('error', function (e) {"
                + " window.symbiosisErrors.push(String(e.message)); });</script>\n<style>\n");
        copy(out, "/org/symbiosis/html/report.css");
        out.write("</style>\n<script>\n/* Plotly " + version + " (MIT licence), inlined from the"
                + " WebJar org.webjars.bower:plotly.js */\n");
        copy(out, WEBJAR + version + "/dist/plotly.min.js");
        out.write("\n</script>\n</head>\n<body>\n<header><h1>");
        out.write(escapeHtml(options.title()));
        out.write("</h1><p class=\"sub\" id=\"subtitle\"></p></header>\n<main id=\"report\">"
                + "</main>\n<footer>Written by Symbiosis; drawn with Plotly " + version
                + " from the JSON document embedded in this page (id symbiosis-data), the same"
                + " document <code>--json</code> writes.</footer>\n");
        out.write("<script type=\"application/json\" id=\"symbiosis-data\">\n");
        Writer safe = new ScriptSafeWriter(out);
        json.writeTo(safe);
        safe.flush();
        out.write("</script>\n<script type=\"application/json\" id=\"symbiosis-options\">");
        out.write(scriptSafe(MAPPER.writeValueAsString(settings)));
        out.write("</script>\n<script>\n");
        copy(out, "/org/symbiosis/html/report.js");
        out.write("</script>\n</body>\n</html>\n");
    }

    /** JSON text safe inside a script element: {@code <} as {@code \u003c} (JSON reads it back). */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    /** Passes text on with {@code <} as {@code \u003c}, as {@link #scriptSafe} does. */
    private static final class ScriptSafeWriter extends java.io.FilterWriter {
        ScriptSafeWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '<') {
                out.write("\\u003c");
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int from = offset;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '<') {
                    out.write(buffer, from, i - from);
                    out.write("\\u003c");
                    from = i + 1;
                }
            }
            out.write(buffer, from, offset + length - from);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void copy(Writer out, String resource) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The HTML report's resource " + resource
                        + " is missing from the class path.");
            }
            java.io.Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        }
    }
}
