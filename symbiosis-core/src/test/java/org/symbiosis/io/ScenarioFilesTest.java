package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.model.Park;
import org.symbiosis.pathway.Distribution;
import org.symbiosis.pathway.PathwayTarget;
import org.symbiosis.pathway.Scenario;

class ScenarioFilesTest {

    private static Park chain(String name) {
        assertEquals("chain.json", name);
        return ParkFiles.parse(ParkFilesTest.chainJson(), "chain.json").park();
    }

    private static final String GOOD = """
            {"name": "s", "park": "chain.json", "years": {"from": 2020, "to": 2030},
             "changes": [{"set": "process:power.coal:fixed", "interpolation": "step",
               "points": [{"year": 2020, "value": 1000},
                          {"year": 2030, "value": {"triangular": [500, 800, 900]}}]}],
             "commission": [{"element": "link:co2-pipe", "year": 2025}],
             "targets": [{"id": "t", "type": "reduction", "baseYear": 2020, "year": 2030,
                          "reduction": 0.351},
                         {"id": "nz", "type": "netZero", "year": 2030}]}
            """;

    @Test
    void readsEveryPartOfAScenario() {
        Scenario s = ScenarioFiles.parse(GOOD, "s.json", ScenarioFilesTest::chain);
        assertEquals(2020, s.firstYear());
        assertEquals(11, s.years());
        Scenario.Change c = s.changes().get(0);
        assertEquals(Scenario.Interpolation.STEP, c.interpolation());
        assertEquals(new Distribution.Triangular(500, 800, 900), c.points().get(1).value());
        assertEquals(new Scenario.Presence("link:co2-pipe", 2025, null), s.presence().get(0));
        assertTrue(s.targets().get(1) instanceof PathwayTarget.NetZero);
    }

    private static String failure(String json) {
        return assertThrows(ParkFileException.class,
                () -> ScenarioFiles.parse(json, "s.json", ScenarioFilesTest::chain)).getMessage();
    }

    @Test
    void namesTheElementTheValueAndTheFix() {
        assertEquals("s.json: changes[0].set: The parameter 'process:power.coal:speed' is not a"
                + " path this tool knows: write process:ID:capacity|fixed|input:CARRIER|"
                + "output:CARRIER, link:ID:share|capacity, market:CARRIER:buyFactor|buyPrice|"
                + "sellPrice|displacedFactor or market:CARRIER:origin:ORIGIN:share|factor.",
                failure(GOOD.replace("power.coal:fixed", "power.coal:speed")));
        assertEquals("s.json: changes[0].points[1].value: triangular takes 3 numbers in a list,"
                + " not [500,800].", failure(GOOD.replace("[500, 800, 900]", "[500, 800]")));
        assertEquals("s.json: The change of 'process:power.kiln:fixed': the park has no process"
                + " 'power.kiln'.", failure(GOOD.replace("power.coal", "power.kiln")));
        assertEquals("s.json: The target 't' needs year 2040, outside the scenario's years"
                + " 2020-2030: widen the years or move the target.",
                failure(GOOD.replace("\"year\": 2030,\n", "\"year\": 2040,\n")));
        assertTrue(failure(GOOD.replace("\"years\"", "\"yeras\"")).startsWith("s.json: yeras:"
                + " unknown field (did you mean 'years'?)"));
        assertEquals("s.json: targets[0]: The reduction (35.1) of target 't' must be"
                + " between 0 and 1: write 0.351 for -35.1 %.",
                failure(GOOD.replace("0.351", "35.1")));
    }
}
