package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;

/**
 * Carriers declare elements other than carbon ({@code "elements": {"H": ..., "N": ...}}), and
 * every recipe must balance them. Ammonia synthesis N2 + 3 H2 -> 2 NH3 by mass, per t NH3: 0.1775
 * t H2 and 0.8225 t N2 in (NH3: H 3 x 1.008 / 17.031 = 0.17756, N 14.007 / 17.031 = 0.82244,
 * rounded to 0.1775 and 0.8225 here so that the recipe balances exactly).
 */
class ElementBalanceTest {

    private static String park(String nitrogenInput, String ammoniaElements) {
        return """
            {"name": "ammonia",
             "carriers": [
               {"id": "hydrogen", "unit": "t", "elements": {"H": 1}},
               {"id": "nitrogen", "unit": "t", "elements": {"N": 1}},
               {"id": "ammonia", "unit": "t", "elements": %s},
               {"id": "electricity", "unit": "MWh", "kind": "electricity"}],
             "plants": [{"id": "synthesis", "processes": [{"id": "haber-bosch",
               "reference": "ammonia",
               "inputs": {"hydrogen": 0.1775, %s"electricity": 0.3},
               "outputs": {"ammonia": 1}, "rule": {"fixed": 1000}}]}],
             "markets": [{"carrier": "hydrogen", "buy": {"price": 0, "factor": 0}},
               {"carrier": "nitrogen", "buy": {"price": 0, "factor": 0}},
               {"carrier": "electricity", "buy": {"price": 0, "factor": 0.4}},
               {"carrier": "ammonia", "sell": {"price": 0}}]}
            """.formatted(ammoniaElements, nitrogenInput);
    }

    @Test
    void aBalancedRecipeRaisesNoWarningAndTheElementsRoundTrip() {
        Park park = ParkFiles.parse(park("\"nitrogen\": 0.8225, ", "{\"H\": 0.1775, \"N\": 0.8225}"),
                "ammonia.json").park();
        assertEquals(List.of(), park.warnings());
        assertEquals(0.8225, park.carrier(CarrierId.of("ammonia")).content("N"));
        assertEquals(0, park.carrier(CarrierId.of("ammonia")).content("C"));
        assertEquals(park, ParkFiles.parse(ParkFiles.toJson(park), "again.json").park());
        assertTrue(ParkFiles.toJson(park).contains("\"elements\" : {"), ParkFiles.toJson(park));
    }

    /** Without its nitrogen, 0.8225 t N per t NH3 appears from nothing; hydrogen still balances. */
    @Test
    void aMissingCoReactantIsNamedWithTheElementAndTheAmount() {
        Park park = ParkFiles.parse(park("", "{\"H\": 0.1775, \"N\": 0.8225}"), "ammonia.json")
                .park();
        List<ParkIssue> warnings = park.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("element-balance", warnings.get(0).code());
        assertEquals("process 'haber-bosch'", warnings.get(0).element());
        assertEquals("The recipe of process 'haber-bosch' does not balance nitrogen (N): 0.0 t N in"
                + " and 0.8225 t N out per unit of activity (0.8225 t N appears from nothing)."
                + " Add the missing input (a co-reactant or by-product that carries it) or correct"
                + " the carriers' 'elements'.", warnings.get(0).message());
    }

    @Test
    void rejectsCarbonAndWhatIsNotASymbol() {
        ParkFileException carbon = assertThrows(ParkFileException.class, () -> ParkFiles.parse(
                park("\"nitrogen\": 0.8225, ", "{\"C\": 0.1}"), "ammonia.json"));
        assertTrue(carbon.getMessage().contains("The element 'C' of carrier 'ammonia' is not a"
                + " chemical symbol other than C"), carbon.getMessage());
        ParkFileException symbol = assertThrows(ParkFileException.class, () -> ParkFiles.parse(
                park("\"nitrogen\": 0.8225, ", "{\"nitrogen\": 0.8}"), "ammonia.json"));
        assertTrue(symbol.getMessage().contains("The element 'nitrogen'"), symbol.getMessage());
        ParkFileException negative = assertThrows(ParkFileException.class, () -> ParkFiles.parse(
                park("\"nitrogen\": 0.8225, ", "{\"N\": -0.8}"), "ammonia.json"));
        assertTrue(negative.getMessage().contains("must not be negative"), negative.getMessage());
    }
}
