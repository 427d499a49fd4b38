package org.symbiosis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.PlantId;

/** The text report names a loop whole up to 20 plants, and a longer one by its ends. */
class ResilienceReportTextTest {

    private static List<PlantId> ring(int n) {
        List<PlantId> plants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            plants.add(PlantId.of("p" + i));
        }
        return plants;
    }

    @Test
    void aShortLoopIsNamedWholeAndALongOneByItsEnds() {
        assertEquals("p0 -> p1 -> p2 -> p0", ResilienceReport.loop(ring(3)));
        String twenty = ResilienceReport.loop(ring(20));
        assertEquals(21, twenty.split(" -> ").length, twenty);
        assertEquals("p0 -> p1 -> p2 -> p3 -> p4 -> p5 -> p6 -> p7 -> p8 -> p9 -> ... (1442 plants"
                + " in all) ... -> p1440 -> p1441 -> p0", ResilienceReport.loop(ring(1442)));
    }
}
