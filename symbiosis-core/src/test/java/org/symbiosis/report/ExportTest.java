package org.symbiosis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.pathway.Distribution;
import org.symbiosis.pathway.Parameter;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.PathwayTarget;
import org.symbiosis.pathway.Scenario;
import org.symbiosis.simulate.Simulator;

/**
 * The JSON documents the HTML report draws from, on the chain fixture (parks/chain.json): coal
 * power (1000 MWh, 1000 t flue CO2) -> capture (900 t captured, 100 t vented) -> cement
 * (mineralised); residual = K a with K = 0.1 + 0.295 x 0.423 per MWh of power.
 */
class ExportTest {

    private static final double K = 0.1 + 0.295 * 0.423;
    private final ObjectMapper mapper = new ObjectMapper();

    static Park chain() {
        try (InputStream in = ExportTest.class.getResourceAsStream("/parks/chain.json")) {
            return ParkFiles.read(in, "chain.json").park();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void simulationDocumentNamesTheElementsItsFiguresReferTo() throws IOException {
        JsonNode root = mapper.readTree(SimulationExport.toJson(new Simulator().run(chain())));
        JsonNode elements = root.get("elements");
        assertEquals(0.68225, elements.at("/carriers/0/carbonPerUnit").asDouble());
        assertEquals("coal", elements.at("/carriers/0/carrier").asText());
        assertEquals("cement", elements.at("/plants/2/plant").asText());
        assertEquals(34.05, elements.at("/plants/2/latitude").asDouble());
        assertEquals(131.8, elements.at("/plants/2/longitude").asDouble());
        assertFalse(elements.at("/plants/0").has("latitude"), "no location, no coordinates");
        assertEquals("storage", elements.at("/markets/5/disposal").asText());
        assertTrue(elements.at("/markets/0/disposal").isNull(), "coal cannot be released");
        assertEquals(2.5, elements.at("/links/1/distanceKm").asDouble());
        assertEquals(900, root.at("/withSymbiosis/links/1/flow").asDouble(), 1e-9);
    }

    /** 1000 MWh of power all along, so a -35.1 % target is missed every year. */
    @Test
    void pathwayDocumentWritesUndefinedNumbersAsNull() throws IOException {
        PathwayTarget target = new PathwayTarget.Reduction("minus-35.1", "", 2020, 2030, 0.351,
                Target.Metric.RESIDUAL);
        Scenario scenario = new Scenario("test", "", chain(), 2020, 2032, List.of(
                new Scenario.Change(new Parameter("process:power.coal:fixed"),
                        Scenario.Interpolation.STEP, List.of(new Scenario.Point(2020,
                                new Distribution.Fixed(1000))))), List.of(), List.of(target),
                false);
        JsonNode root = mapper.readTree(PathwayExport.toJson(new PathwayRunner().run(scenario),
                List.of(), null));
        assertEquals(13, root.get("years").size());
        assertEquals(K * 1000, root.at("/years/12/residual").asDouble(), 1e-9);
        assertEquals(2032, root.at("/years/12/year").asInt());
        assertEquals(0, root.get("residualBands").size(), "no samples, no bands");
        JsonNode verdict = root.at("/targets/0");
        assertFalse(verdict.get("met").asBoolean());
        assertEquals(0.649 * K * 1000, verdict.get("goal").asDouble(), 1e-9);
        assertTrue(verdict.get("firstYearMet").isNull(), "never met");
        assertTrue(verdict.get("probabilityMet").isNull(), "no samples");
        assertEquals(2020, verdict.get("baseYear").asInt());
        assertFalse(root.has("tornado"), "no tornado asked for");
    }
}
