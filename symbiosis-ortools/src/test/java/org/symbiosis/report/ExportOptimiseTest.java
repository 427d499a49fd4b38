package org.symbiosis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symbiosis.report.ExportTest.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.simulate.Simulator;

/** The optimisation document (ExportTest has the others). */
class ExportOptimiseTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void optimisationDocumentHoldsSimulatedAndOptimisedStates() throws IOException {
        Park park = chain();
        var optimum = new LinearProgramOptimizer(Objective.emissions()).optimize(park);
        JsonNode root = mapper.readTree(OptimizationExport.toJson(park,
                new Simulator().run(park), optimum, "minimum residual emissions"));
        assertEquals(100 + 295 * 0.423, root.at("/withSymbiosis/totals/residual").asDouble(),
                1e-9);
        assertEquals(1000, root.at("/withoutSymbiosis/totals/residual").asDouble(), 1e-9);
        assertEquals("optimal", root.at("/optimised/status").asText());
        assertEquals(optimum.ledger().orElseThrow().totals().residual(),
                root.at("/optimised/totals/residual").asDouble());
        assertEquals(optimum.shadowPrices().size(), root.at("/optimised/shadowPrices").size());
        JsonNode alone = mapper.readTree(OptimizationExport.toJson(park, null, optimum, "x"));
        assertFalse(alone.has("withSymbiosis"), "a park that cannot run has no simulated state");
    }
}
