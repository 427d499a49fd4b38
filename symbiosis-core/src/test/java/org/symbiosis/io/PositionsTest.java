package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionsTest {

    /** The compact map answers and iterates as a map of strings filled the same way. */
    @Test
    void behavesAsAMapOfNamesToLineAndColumn() {
        Positions positions = new Positions();
        Map<String, String> reference = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            positions.putIfAbsent("plant", "p" + i, i + 2, 5);
            reference.putIfAbsent("plant 'p" + i + "'", (i + 2) + ":5");
            positions.putIfAbsent("process", "p" + i + ".make", i + 2, 5);
            reference.putIfAbsent("process 'p" + i + ".make'", (i + 2) + ":5");
        }
        positions.putIfAbsent("plant", "p7", 99, 1);
        positions.putIfAbsent("link 'links[3]'", "40:7");
        reference.putIfAbsent("link 'links[3]'", "40:7");
        positions.putIfAbsent("link", "far", 3_000_000_000L, 6_000_000_000L);
        reference.putIfAbsent("link 'far'", "3000000000:6000000000");
        assertEquals(reference, positions);
        assertEquals("9:5", positions.get("plant 'p7'"), "the first position is kept");
        assertEquals("40:7", positions.get("link 'links[3]'"));
        assertNull(positions.get("plant 'nope'"));
        assertNull(positions.get("carrier 'p7'"));
        assertNull(positions.get("plant"));
        assertThrows(UnsupportedOperationException.class, () -> positions.put("a", "1:1"));
    }
}
