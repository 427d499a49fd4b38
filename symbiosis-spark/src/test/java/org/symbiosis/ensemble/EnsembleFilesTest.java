package org.symbiosis.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFileException;

/** Ensemble files: the fixture, defaults, bundled examples, and errors that name the place. */
class EnsembleFilesTest {

    static Path dir() {
        try {
            return Path.of(EnsembleFilesTest.class.getResource("/ensembles/three-parks.json")
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static String problem(String json) {
        ParkFileException e = assertThrows(ParkFileException.class,
                () -> EnsembleFiles.parse(json, "e.json", dir()));
        return e.getMessage();
    }

    @Test
    void readsEveryParkWithEveryScenarioAndDefaultIds() {
        Ensemble e = EnsembleFiles.read(dir().resolve("three-parks.json"));
        assertEquals("three-parks", e.name());
        assertEquals(42, e.seed());
        assertEquals(2030, e.tornadoYear());
        assertEquals(List.of("north/grey", "centre/grey", "south/grey", "north/green",
                "centre/green", "south/green"), e.runs().stream()
                .map(r -> r.park() + "/" + r.scenario()).toList());
        assertEquals(1200, e.totalSamples());
        assertEquals(new ParkSource.Synthetic(10, 1), e.runs().get(0).parkSource());
        e.validate();
    }

    /** Without parks a scenario runs on its own park, named by its file's "park". */
    @Test
    void aScenarioWithoutParksRunsOnItsOwnPark() {
        Ensemble e = EnsembleFiles.parse("""
                {"name": "own", "samples": 3,
                 "scenarios": [{"file": "grey.json"}, {"example": "yamaguchi-pathway"}],
                 "runs": [{"scenario": "grey", "firstSample": 10},
                          {"scenario": "yamaguchi-pathway", "samples": 0}]}
                """, "own.json", dir());
        assertEquals("south", e.runs().get(0).park());
        assertEquals(10, e.runs().get(0).firstSample());
        assertEquals(3, e.runs().get(0).samples());
        assertEquals("yamaguchi-2030", e.runs().get(1).park());
        assertEquals(0, e.runs().get(1).samples());
        assertEquals(2013, e.runs().get(1).build().firstYear());
    }

    @Test
    void namesUnknownFieldsWithASuggestion() {
        String m = problem("""
                {"name": "x", "scenario": [],
                 "scenarios": [{"file": "grey.json", "ids": "g"}]}
                """);
        assertTrue(m.contains("e.json:1:27: scenario: unknown field (did you mean"
                + " 'scenarios'?)"), m);
        assertTrue(m.contains("e.json:2:45: scenarios[0].ids: unknown field (did you mean"
                + " 'id'?)"), m);
    }

    @Test
    void namesUnknownParksAndScenariosOfARun() {
        String m = problem("""
                {"name": "x", "parks": [{"id": "north", "synthetic": {"plants": 10}}],
                 "scenarios": [{"file": "grey.json"}],
                 "runs": [{"park": "nort", "scenario": "grey"}, {"park": "north",
                           "scenario": "green"}]}
                """);
        assertTrue(m.contains("runs[0].park: there is no park 'nort' (did you mean 'north'?)"),
                m);
        assertTrue(m.contains("runs[1].scenario: there is no scenario 'green'"), m);
    }

    @Test
    void refusesDuplicatesMissingFilesAndWrongTypes() {
        assertTrue(problem("""
                {"name": "x", "parks": [{"id": "a", "synthetic": {"plants": 10}},
                  {"id": "a", "example": "shunan-2030"}], "scenarios": [{"file": "grey.json"}]}
                """).contains("parks[1].id: the park id 'a' is given twice"));
        assertTrue(problem("""
                {"name": "x", "scenarios": [{"file": "missing.json"}]}
                """).contains("missing.json: the scenario file does not exist"));
        assertTrue(problem("""
                {"name": "x", "samples": "200", "scenarios": [{"file": "grey.json"}]}
                """).contains("e.json:1:26: samples: must be a whole number from 0 to 1000000,"
                + " not the text \"200\"."));
        assertTrue(problem("""
                {"name": "x", "samples": 5, "parks": [{"file": "south.json"}],
                 "scenarios": [{"file": "grey.json"}], "runs": [{"park": "south",
                 "scenario": "grey"}, {"park": "south", "scenario": "grey"}]}
                """).contains("runs scenario 'grey' on park 'south' twice"));
        assertTrue(problem("{\"name\": \"x\", ").contains("e.json:1:15: the file is not valid"
                + " JSON"));
    }

    /** A tornado year that a scenario does not run is found before any sample. */
    @Test
    void validateNamesTheRunAndTheTornadoYear() {
        Ensemble e = EnsembleFiles.parse("""
                {"name": "x", "tornado": 2050, "parks": [{"file": "south.json"}],
                 "scenarios": [{"file": "grey.json"}]}
                """, "e.json", dir());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                e::validate);
        assertEquals("Run (park 'south', scenario 'grey'): the tornado year 2050 is outside the"
                + " scenario's years 2020-2040: give a year every scenario runs.",
                ex.getMessage());
    }
}
