package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's file, without a browser: one document, offline, written whole. */
class HtmlReportTest {

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"symbiosis-data\">\\n(.*?)</script>",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void embedsTheSameDocumentAsJsonForEachCommand() throws IOException {
        List<List<String>> commands = List.of(
                List.of("run", "shunan-2030"),
                List.of("optimize", "kalundborg"),
                List.of("pathway", "yamaguchi-pathway", "--samples", "5", "--tornado", "2030"),
                List.of("resilience", "shunan-2030", "--discover", "--top", "1"));
        for (List<String> command : commands) {
            Path json = dir.resolve(command.get(0) + ".json");
            Path html = dir.resolve(command.get(0) + ".html");
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--json", json.toString(), "--html", html.toString()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("HTML report written to " + html), run.out());
            String page = Files.readString(html);
            Matcher m = DATA.matcher(page);
            assertTrue(m.find(), "the page embeds its JSON document");
            ObjectMapper mapper = new ObjectMapper();
            JsonNode embedded = mapper.readTree(m.group(1));
            JsonNode written = mapper.readTree(json.toFile());
            assertEquals(written, embedded, command + ": the page's numbers are --json's");
            assertEquals(Files.readString(json).replace("<", "\\u003c"), m.group(1),
                    command + ": byte for byte, but for '<'");
        }
    }

    /**
     * A document streamed into the page in pieces (a char, an array slice, a string slice) makes
     * the same page as the document given whole, with every {@code <} escaped as in JSON.
     */
    @Test
    void aStreamedDocumentMakesTheSamePageAsAString() throws IOException {
        String json = "{\"note\": \"a<b and <c>\", \"x\": 1}";
        org.symbiosis.html.HtmlReport.Options options =
                org.symbiosis.html.HtmlReport.Options.of("t");
        java.io.StringWriter whole = new java.io.StringWriter();
        org.symbiosis.html.HtmlReport.write(whole, org.symbiosis.html.HtmlReport.Kind.RUN, json,
                options);
        java.io.StringWriter streamed = new java.io.StringWriter();
        org.symbiosis.html.HtmlReport.write(streamed, org.symbiosis.html.HtmlReport.Kind.RUN,
                w -> {
                    w.write(json.charAt(0));
                    w.write(json.toCharArray(), 1, 12);
                    w.write(json, 13, json.length() - 13);
                }, options);
        assertEquals(whole.toString(), streamed.toString());
        assertTrue(streamed.toString().contains("{\"note\": \"a\\u003cb and \\u003cc>\", \"x\": 1}"),
                "escaped");
    }

    @Test
    void pageLoadsNothingFromTheNetwork() throws IOException {
        Path html = dir.resolve("chain.html");
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString(), "--html",
                html.toString());
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(html);
        assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+href=|@import|url\\(http")
                .matcher(page).find(), "no external script, style sheet or font");
        assertTrue(page.contains("Plotly 1.54.1"), "Plotly is inlined");
        assertTrue(page.length() > 3_000_000, "Plotly is inlined (" + page.length() + ")");
    }

    @Test
    void rejectsAnUnknownSankeyCarrierBeforeWritingAnything() {
        Path html = dir.resolve("out.html");
        CliRun run = CliRun.of("run", "shunan-2030", "--html", html.toString(), "--sankey",
                "unobtainium");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--sankey 'unobtainium' is neither 'carbon' nor a carrier"
                + " of the park"), run.err());
        assertFalse(Files.exists(html));
    }

    @Test
    void drawsTheFlowsOfOneCarrierWhenAsked() throws IOException {
        Path html = dir.resolve("co2.html");
        CliRun run = CliRun.of("run", CliRun.fixture(dir, "chain").toString(), "--html",
                html.toString(), "--sankey", "co2-captured");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(html).contains("\"sankeyCarrier\":\"co2-captured\""));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "the old report");
        UserException e = assertThrows(UserException.class, () -> {
            try (OutputFiles outputs = new OutputFiles("symbiosis run")) {
                OutputFiles.Target target = outputs.file("--html", file);
                outputs.write(target, path -> {
                    Files.writeString(path, "half a report");
                    throw new IOException("disk full");
                });
                outputs.commit();
            }
        });
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("the old report", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
        try (OutputFiles outputs = new OutputFiles("symbiosis run")) {
            OutputFiles.Target target = outputs.file("--html", file);
            outputs.write(target, path -> Files.writeString(path, "the new report"));
            outputs.commit();
        }
        assertEquals("the new report", Files.readString(file));
    }
}
