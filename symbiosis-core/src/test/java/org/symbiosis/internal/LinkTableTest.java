package org.symbiosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.PlantId;

/** The column store of a park's links gives back exactly the records it was made from. */
class LinkTableTest {

    private static final List<PlantId> PLANTS = List.of(PlantId.of("a"), PlantId.of("b"),
            PlantId.of("c"), PlantId.of("d"));
    private static final List<CarrierId> CARRIERS = List.of(CarrierId.of("steam"),
            CarrierId.of("co2"));

    /** Links with random rules and, where {@code defaults} is false, random other values. */
    private static Map<LinkId, Link> sample(int n, long seed, boolean defaults) {
        Random random = new Random(seed);
        Map<LinkId, Link> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int from = random.nextInt(PLANTS.size());
            int to = (from + 1 + random.nextInt(PLANTS.size() - 1)) % PLANTS.size();
            LinkRule rule = random.nextBoolean() ? LinkRule.push(random.nextDouble())
                    : LinkRule.pull(random.nextDouble());
            boolean other = !defaults && random.nextBoolean();
            Link link = new Link(LinkId.of("l" + random.nextInt(1000) + "_" + i),
                    PLANTS.get(from), PLANTS.get(to), CARRIERS.get(random.nextInt(2)), rule,
                    other ? 10 * random.nextDouble() : Double.POSITIVE_INFINITY,
                    other ? 0.5 * random.nextDouble() : 0, other ? -3 + random.nextDouble() : 0,
                    other ? 70 : 0, other ? LinkStatus.CANDIDATE : LinkStatus.EXISTING,
                    random.nextBoolean(), other ? "note " + i : "", other ? 1e-4 : 0);
            map.put(link.id(), link);
        }
        return map;
    }

    @Test
    void givesBackEveryLinkAndFindsItById() {
        for (int n : new int[] {0, 1, 2, 3, 50, 3000}) {
            for (boolean defaults : new boolean[] {true, false}) {
                Map<LinkId, Link> expected = sample(n, n, defaults);
                LinkTable table = LinkTable.of(expected.values(), PLANTS, CARRIERS);
                String seed = "n=" + n + ", defaults " + defaults;
                assertEquals(expected, table, seed);
                assertEquals(expected.hashCode(), table.hashCode(), seed);
                assertEquals(List.copyOf(expected.values()), new ArrayList<>(table.values()), seed);
                assertEquals(List.copyOf(expected.keySet()), new ArrayList<>(table.keySet()),
                        seed);
                int l = 0;
                for (Link link : expected.values()) {
                    assertEquals(link, table.get(link.id()), seed);
                    assertEquals(l, table.position(link.id()), seed);
                    assertEquals(PLANTS.indexOf(link.from()), table.from(l), seed);
                    assertEquals(PLANTS.indexOf(link.to()), table.to(l), seed);
                    assertEquals(CARRIERS.indexOf(link.carrier()), table.carrier(l), seed);
                    assertEquals(link.capacity(), table.capacity(l), seed);
                    assertEquals(link.loss(), table.loss(l), seed);
                    assertEquals(link.costPerUnit(), table.costPerUnit(l), seed);
                    assertEquals(link.transportPerUnit(2.5), table.transportPerUnit(l, 2.5),
                            seed);
                    assertEquals(link.rule() instanceof LinkRule.Push, table.push(l), seed);
                    assertEquals(link.rule().fraction(), table.fraction(l), seed);
                    assertEquals(link.status(), table.status(l), seed);
                    assertEquals(link.symbiosis(), table.symbiosis(l), seed);
                    l++;
                }
            }
        }
    }

    @Test
    void keepsNegativeZeroApartFromZero() {
        // Records compare doubles as Double.compare does: -0.0 is not 0.0.
        Link link = new Link(LinkId.of("z"), PLANTS.get(0), PLANTS.get(1), CARRIERS.get(0),
                LinkRule.push(0.5), Double.POSITIVE_INFINITY, -0.0, -0.0, -0.0,
                LinkStatus.EXISTING, true, "", -0.0);
        LinkTable table = LinkTable.of(List.of(link), PLANTS, CARRIERS);
        assertEquals(link, table.get(link.id()));
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(table.get(link.id()).loss()));
    }

    @Test
    void aMissingIdIsNotFound() {
        LinkTable table = LinkTable.of(sample(100, 7, false).values(), PLANTS, CARRIERS);
        assertNull(table.get(LinkId.of("nowhere")));
        assertFalse(table.containsKey(LinkId.of("l1")));
        assertFalse(table.containsKey("not an id"));
        assertEquals(-1, table.position(LinkId.of("x")));
        // An id that differs only in length from a stored one.
        Link first = table.link(0);
        assertEquals(-1, table.position(LinkId.of(first.id().value() + "0")));
        assertTrue(table.containsKey(first.id()));
    }

    @Test
    void refusesTwoLinksWithOneIdAndAPlantItWasNotGiven() {
        Link ab = Link.push("x", "a", "b", "steam", 0.5);
        Link ba = Link.push("x", "b", "a", "steam", 0.5);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> LinkTable.of(List.of(ab, ba), PLANTS, CARRIERS));
        assertEquals("The link id 'x' is given twice.", twice.getMessage());
        Link stranger = Link.push("y", "a", "z", "steam", 0.5);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LinkTable.of(List.of(stranger), PLANTS, CARRIERS));
        assertEquals("The link 'y' names the plant 'z', which the park does not have.",
                unknown.getMessage());
    }
}
