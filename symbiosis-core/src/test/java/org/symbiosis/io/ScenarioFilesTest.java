package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        assertEquals("s.json:2:22: changes[0].set: The parameter 'process:power.coal:speed' is"
                + " not a path this tool knows: write process:ID:capacity|fixed|variableCost|"
                + "fixedCost|input:CARRIER|output:CARRIER, link:ID:share|capacity|loss|cost|"
                + "distance|transportFactor, carrier:ID:carbon|gwp, market:CARRIER:buyFactor|"
                + "buyPrice|sellPrice|displacedFactor|sellLimit|blendShare|blendStream|"
                + "disposalCost or market:CARRIER:origin:ORIGIN:share|factor|price.",
                failure(GOOD.replace("power.coal:fixed", "power.coal:speed")));
        assertEquals("s.json:4:54: changes[0].points[1].value: triangular takes 3 numbers in a"
                + " list, not 2 of them.", failure(GOOD.replace("[500, 800, 900]", "[500, 800]")));
        assertEquals("s.json:2:22: changes[0].set: The change of 'process:power.kiln:fixed': the"
                + " park has no process 'power.kiln'.",
                failure(GOOD.replace("power.coal", "power.kiln")));
        assertEquals("s.json:6:14: targets[0]: The target 't' needs year 2040, outside the"
                + " scenario's years 2020-2030: widen the years or move the target.",
                failure(GOOD.replace("\"year\": 2030,\n", "\"year\": 2040,\n")));
        assertTrue(failure(GOOD.replace("\"years\"", "\"yeras\"")).startsWith("s.json:1:37:"
                + " yeras: unknown field in the top level (did you mean 'years'?)"));
        assertEquals("s.json:6:14: targets[0]: The reduction (35.1) of target 't' must be"
                + " between 0 and 1: write 0.351 for -35.1 %.",
                failure(GOOD.replace("0.351", "35.1")));
    }

    /** Issue 12, class 6: the park reader's rules at every level of a scenario. */
    @Test
    void rejectsUnknownFieldsAtEveryLevelWithASuggestion() {
        assertEquals("s.json:2:50: changes[0].interpolaton: unknown field in a change (did you"
                + " mean 'interpolation'?). Known fields: [set, interpolation, points].",
                failure(GOOD.replace("\"interpolation\"", "\"interpolaton\"")));
        assertEquals("s.json:7:15: targets[0].reducton: unknown field in a reduction target (did"
                + " you mean 'reduction'?). Known fields: [id, type, description, baseYear, year,"
                + " reduction, metric].",
                failure(GOOD.replace("\"reduction\": 0.351", "\"reducton\": 0.351")));
        assertTrue(failure(GOOD.replace("{\"year\": 2020, \"value\": 1000}",
                "{\"year\": 2020, \"vaule\": 1000}")).startsWith("s.json:3:30:"
                        + " changes[0].points[0].vaule: unknown field in a point (did you mean"
                        + " 'value'?)"));
        assertTrue(failure(GOOD.replace("\"to\": 2030", "\"to\": 2030, \"step\": 1"))
                .startsWith("s.json:1:73: years.step: unknown field in years"));
        assertTrue(failure(GOOD.replace("\"triangular\"", "\"triangualr\""))
                .startsWith("s.json:4:40: changes[0].points[1].value: unknown distribution"
                        + " 'triangualr' (did you mean 'triangular'?)"));
        assertTrue(failure(GOOD.replace("\"year\": 2025}", "\"yaer\": 2025}"))
                .contains("commission[0].yaer: unknown field"));
    }

    @Test
    void coercesNoTypeIntoAnother() {
        assertEquals("s.json:1:27: optimize: the text \"yes\" is not true or false: write true or"
                + " false without quotes.",
                failure(GOOD.replace("\"name\": \"s\"", "\"name\": \"s\", \"optimize\": \"yes\"")));
        assertEquals("s.json:6:21: targets[0].id: the number 7 must be a text in double quotes.",
                failure(GOOD.replace("\"id\": \"t\"", "\"id\": 7")));
        assertTrue(failure(GOOD.replace("\"year\": 2020, \"value\"", "\"year\": \"2020\","
                + " \"value\"")).contains("points[0].year: the text \"2020\" is not a year"));
        assertTrue(failure(GOOD.replace("\"value\": 1000", "\"value\": \"1000\""))
                .contains("points[0].value: the text \"1000\" is neither a number nor one"
                        + " distribution"));
        assertTrue(failure(GOOD.replace("\"year\": 2025", "\"year\": 2025.5"))
                .contains("commission[0].year: 2025.5 is not a whole year"));
    }

    @Test
    void rejectsYearsOutOfRangeInsteadOfWrappingThem() {
        assertEquals("s.json:5:54: commission[0].year: the year 4294969326 is out of range: give"
                + " a whole year from 1 to 9999, such as 2030.",
                failure(GOOD.replace("2025}", "4294969326}")));
        assertTrue(failure(GOOD.replace("\"from\": 2020", "\"from\": 1")).startsWith(
                "s.json:1:46: years: 2030 years (1-2030) is more than the 1000 one scenario may"
                        + " run"));
    }

    /** Issue 12, class 7: infinite numbers fail in the reader, at their position. */
    @Test
    void rejectsInfiniteNumbersAndDistributionParametersAtTheirPosition() {
        assertEquals("s.json:4:56: changes[0].points[1].value: the number 1e309 is beyond the"
                + " range this tool computes in (about -1.8e308 to 1.8e308): write a smaller"
                + " number.", failure(GOOD.replace("{\"triangular\": [500, 800, 900]}",
                        "{\"normal\": [500, 1e309]}")));
        assertTrue(failure(GOOD.replace("{\"triangular\": [500, 800, 900]}",
                "{\"normal\": [500, 1.5e308]}")).startsWith("s.json:4:50:"
                        + " changes[0].points[1].value: A normal distribution needs a finite"
                        + " mean (500.0) and a finite sd (1.5E308)"));
        assertTrue(failure(GOOD.replace("{\"triangular\": [500, 800, 900]}",
                "{\"lognormal\": [800, 1]}")).contains("exp(mu + 1.645 sigma)"));
        assertTrue(failure(GOOD.replace("\"reduction\": 0.351", "\"reduction\": -1e400"))
                .contains("targets[0].reduction: the number -1e400 is beyond the range"));
    }

    @Test
    void wrapsEveryModelErrorIntoALineOfTheFile() {
        String message = failure(GOOD.replace("link:co2-pipe", "link:bad id"));
        assertTrue(message.startsWith("s.json:5:29: commission[0].element: The link id 'bad id'"
                + " is not valid"), message);
        assertTrue(failure(GOOD.replace("\"id\": \"nz\"", "\"id\": \"\"")).contains(
                "targets[1]: A target needs an id"));
    }

    /** Issue 12, class 8: the parser's own words never reach the user. */
    @Test
    void translatesParserLimitsAndSyntaxIntoPositionsAndFixes() {
        assertEquals("s.json:9:1: '}' closes nothing that is open here: remove it, or check the"
                + " brackets before it.", failure(GOOD + "}"));
        assertEquals("s.json:9:1: unexpected content after the first value: the file holds"
                + " exactly one object, {...}. Check for an extra '}' or ']' or a second object.",
                failure(GOOD + "{}"));
        String deep = failure(GOOD.replace("\"changes\": [", "\"changes\": "
                + "[".repeat(1200)));
        assertEquals("s.json:2:113: objects and lists nested more than 100 levels deep: the"
                + " format needs at most 5; check the brackets.", deep);
        String digits = failure(GOOD.replace("1000}", "1" + "0".repeat(10_000) + "}"));
        assertTrue(digits.startsWith("s.json:3:") && digits.contains("a number longer than 100"
                + " characters"), digits);
        String text = failure(GOOD.replace("\"s\"", "\"" + "x".repeat(1_000_001) + "\""));
        assertTrue(text.startsWith("s.json:1:") && text.contains("a text longer than"
                + " 1,000,000 characters"), text);
        for (String message : new String[] {deep, digits, text}) {
            assertTrue(!message.contains("StreamReadConstraints") && !message.contains("Source"),
                    message);
        }
    }

    @Test
    void acceptsAUtf8ByteOrderMarkAndRejectsOtherEncodingsWithAPosition() {
        Scenario s = read(("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8));
        assertEquals(2020, s.firstYear());
        String latin1 = assertThrows(ParkFileException.class, () -> read(GOOD.replace("\"s\"",
                "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1))).getMessage();
        assertEquals("s.json:1:14: the file is not UTF-8 text: a multi-byte character is cut"
                + " short (byte 0x22). It was probably saved as Latin-1 or Windows-1252; park and"
                + " scenario files are UTF-8. Save it as UTF-8 (for example: iconv -f LATIN1 -t"
                + " UTF-8 in.json > out.json).", latin1);
        String utf16 = assertThrows(ParkFileException.class,
                () -> read(GOOD.getBytes(StandardCharsets.UTF_16))).getMessage();
        assertTrue(utf16.startsWith("s.json:1:1: the file starts with a UTF-16 byte-order mark"
                + " (BOM)"), utf16);
        String utf16le = assertThrows(ParkFileException.class,
                () -> read(GOOD.getBytes(StandardCharsets.UTF_16LE))).getMessage();
        assertTrue(utf16le.startsWith("s.json:1:2: the file holds a zero byte"), utf16le);
    }

    private static Scenario read(byte[] bytes) {
        return ScenarioFiles.read(new ByteArrayInputStream(bytes), "s.json",
                ScenarioFilesTest::chain);
    }

    /** Issue 12, class 1: a target without a description is valid and reads as empty. */
    @Test
    void readsATargetWithoutADescriptionAsEmpty() {
        Scenario s = ScenarioFiles.parse(GOOD, "s.json", ScenarioFilesTest::chain);
        assertEquals("", s.targets().get(0).description());
        assertEquals("", s.targets().get(1).description());
    }
}
