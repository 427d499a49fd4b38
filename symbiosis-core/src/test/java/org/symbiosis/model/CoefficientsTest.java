package org.symbiosis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoefficientsTest {

    @Test
    void behavesAsTheMapItCopiesInItsOrder() {
        Map<CarrierId, Double> expected = new LinkedHashMap<>();
        expected.put(CarrierId.of("coal"), 0.136);
        expected.put(CarrierId.of("electricity"), 0.08);
        expected.put(CarrierId.of("ash"), 0.0);
        Map<CarrierId, Double> actual = Coefficients.copyOf(expected);
        assertEquals(expected, actual);
        assertEquals(actual, expected);
        assertEquals(actual, new HashMap<>(expected));
        assertEquals(expected.hashCode(), actual.hashCode());
        assertEquals(expected.toString(), actual.toString());
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(actual.values()));
        assertEquals(0.08, actual.get(CarrierId.of("electricity")));
        assertNull(actual.get(CarrierId.of("slag")));
        assertNull(actual.get("coal"));
        assertEquals(-1.0, actual.getOrDefault(CarrierId.of("slag"), -1.0));
        assertSame(actual, Coefficients.copyOf(actual));
        assertEquals(Map.of(), Coefficients.copyOf(Map.of()));
    }

    @Test
    void equalsComparesValuesAsBoxedDoublesDo() {
        Map<CarrierId, Double> zero = Coefficients.copyOf(Map.of(CarrierId.of("x"), 0.0));
        Map<CarrierId, Double> negativeZero = Coefficients.copyOf(Map.of(CarrierId.of("x"),
                -0.0));
        assertNotEquals(zero, negativeZero);
        assertEquals(Map.of(CarrierId.of("x"), -0.0), negativeZero);
    }

    @Test
    void isUnmodifiableAndRejectsNulls() {
        Map<CarrierId, Double> map = Coefficients.copyOf(Map.of(CarrierId.of("x"), 1.0));
        assertThrows(UnsupportedOperationException.class, () -> map.put(CarrierId.of("y"), 1.0));
        assertThrows(UnsupportedOperationException.class, () -> map.remove(CarrierId.of("y")));
        assertThrows(UnsupportedOperationException.class, map::clear);
        Map<CarrierId, Double> withNull = new HashMap<>();
        withNull.put(CarrierId.of("x"), null);
        assertThrows(NullPointerException.class, () -> Coefficients.copyOf(withNull));
    }
}
