package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --json} streams its document to the file; the document is the one the tool wrote
 * when it built it whole in memory. The previous documents ({@code previous-json/*.json.gz}) were
 * written by {@code run EXAMPLE --json} before streaming: shunan-2030 has measures, yamaguchi-2030
 * sites and a calibration, so every section of the document is compared.
 */
class PreviousJsonTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"shunan-2030", "yamaguchi-2030"})
    void streamedDocumentEqualsThePreviousOne(String example) throws IOException {
        Path json = dir.resolve(example + ".json");
        CliRun run = CliRun.of("run", example, "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode previous;
        try (InputStream in = new GZIPInputStream(PreviousJsonTest.class.getResourceAsStream(
                "/previous-json/" + example + ".json.gz"))) {
            previous = mapper.readTree(in);
        }
        assertEquals(previous, mapper.readTree(json.toFile()), example);
    }
}
