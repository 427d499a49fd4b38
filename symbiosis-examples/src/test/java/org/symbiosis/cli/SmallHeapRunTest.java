package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.generate.SyntheticParks;

/**
 * {@code run --json --csv} on a synthetic park of 10^5 plants (350,000 links) in a forked JVM
 * with {@code -Xmx512m} (issue 21): the heap holds the park and its simulation (about 2 kB per
 * plant, 0.2 GB) but could not hold the JSON as one string beside them (about 476 MB of text, in
 * a buffer that grows by copying): the outputs stream. The JSON is checked by a streaming parse
 * against the CSV's row counts.
 */
class SmallHeapRunTest {

    private static final int PLANTS = 100_000;
    private static final int LINKS = 350_000;

    @Test
    void runsALargeParkWithOutputsInASmallHeap(@TempDir Path dir) throws Exception {
        Path park = dir.resolve("park.json");
        SyntheticParks.write(42, PLANTS, park);
        Path json = dir.resolve("out.json");
        Path csv = dir.resolve("csv");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SymbiosisCommand.class.getName(),
                "run", park.toString(), "--json", json.toString(), "--csv", csv.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run took over 5 minutes");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("... 99,960 more plants not shown"), log);
        assertEquals(PLANTS + 1, lines(csv.resolve("plants.csv")));
        assertEquals(LINKS + 1, lines(csv.resolve("links.csv")));
        assertEquals(PLANTS, rowsOf(json, "plants"));
        assertEquals(LINKS, rowsOf(json, "links"));
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    /** Rows of {@code /withSymbiosis/<table>}, counted by a streaming parse of the document. */
    private static long rowsOf(Path json, String table) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            long rows = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("withSymbiosis")) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = parser.currentName();
                        parser.nextToken();
                        if (inner.equals(table)) {
                            rows = 0;
                            while (parser.nextToken() == JsonToken.START_OBJECT) {
                                parser.skipChildren();
                                rows++;
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            assertEquals(null, parser.nextToken(), "one document, read to its end");
            return rows;
        }
    }
}
