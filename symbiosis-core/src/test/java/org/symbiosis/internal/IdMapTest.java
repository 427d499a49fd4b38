package org.symbiosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdMapTest {

    record Element(String id, int value) {
    }

    private static Map<String, Element> sample(int n, long seed) {
        Random random = new Random(seed);
        Map<String, Element> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = "c" + random.nextInt(1000) + "-l" + i;
            map.put(id, new Element(id, i));
        }
        return map;
    }

    @Test
    void behavesAsTheMapItCopies() {
        for (int n : new int[] {0, 1, 2, 3, 7, 100, 5000}) {
            Map<String, Element> expected = sample(n, n);
            IdMap<String, Element> byElement = IdMap.copyOf(expected, Element::id);
            IdMap<String, Element> byEntry = IdMap.copyOf(expected);
            for (Map<String, Element> actual : List.of(byElement, byEntry)) {
                String seed = "n=" + n;
                assertEquals(expected, actual, seed);
                assertEquals(actual, expected, seed);
                assertEquals(expected.hashCode(), actual.hashCode(), seed);
                assertEquals(expected.toString(), actual.toString(), seed);
                assertEquals(new ArrayList<>(expected.keySet()),
                        new ArrayList<>(actual.keySet()), seed);
                assertEquals(new ArrayList<>(expected.values()),
                        new ArrayList<>(actual.values()), seed);
                assertEquals(new ArrayList<>(expected.entrySet()),
                        new ArrayList<>(actual.entrySet()), seed);
                for (Map.Entry<String, Element> e : expected.entrySet()) {
                    assertSame(e.getValue(), actual.get(e.getKey()), seed);
                    assertSame(e.getValue(), actual.get(new String(e.getKey())), seed);
                    assertTrue(actual.containsKey(e.getKey()), seed);
                    assertTrue(actual.containsValue(e.getValue()), seed);
                    assertTrue(actual.entrySet().contains(e), seed);
                }
                assertNull(actual.get("absent"), seed);
                assertNull(actual.get(null), seed);
                assertNull(actual.get(42), seed);
                assertFalse(actual.containsKey("absent"), seed);
                assertEquals(expected.size(), actual.size(), seed);
            }
        }
    }

    @Test
    void isUnmodifiable() {
        Map<String, Element> map = IdMap.copyOf(sample(3, 1), Element::id);
        assertThrows(UnsupportedOperationException.class,
                () -> map.put("x", new Element("x", 0)));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("x"));
        assertThrows(UnsupportedOperationException.class, map::clear);
        assertThrows(UnsupportedOperationException.class,
                () -> map.values().iterator().remove());
    }

    @Test
    void rejectsAnElementHeldUnderAnotherId() {
        Map<String, Element> wrong = Map.of("a", new Element("b", 1));
        assertThrows(IllegalArgumentException.class, () -> IdMap.copyOf(wrong, Element::id));
    }

    @Test
    void denseIndexFindsEveryKeyAndRejectsDuplicates() {
        List<String> keys = new ArrayList<>(sample(10_000, 3).keySet());
        DenseIndex<String> index = DenseIndex.of(keys);
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, index.indexOf(new String(keys.get(i))));
        }
        assertEquals(-1, index.indexOf("absent"));
        assertEquals(-1, index.indexOf(null));
        assertThrows(IllegalArgumentException.class, () -> DenseIndex.of(List.of("a", "b",
                "a")));
    }
}
