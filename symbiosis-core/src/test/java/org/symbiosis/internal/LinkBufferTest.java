package org.symbiosis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
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

/** The builder's column store of links behaves as the insertion-ordered map it replaces. */
class LinkBufferTest {

    private static Link randomLink(Random random, String id) {
        String[] plants = {"a", "b", "c", "d"};
        int from = random.nextInt(4);
        int to = (from + 1 + random.nextInt(3)) % 4;
        boolean other = random.nextInt(4) == 0;
        return new Link(LinkId.of(id), PlantId.of(plants[from]), PlantId.of(plants[to]),
                CarrierId.of(random.nextBoolean() ? "steam" : "co2"),
                random.nextBoolean() ? LinkRule.push(random.nextDouble())
                        : LinkRule.pull(random.nextDouble()),
                other ? 5 * random.nextDouble() : Double.POSITIVE_INFINITY,
                other ? 0.3 : 0, other ? -0.0 : 0, other ? 12.5 : 0,
                other ? LinkStatus.CANDIDATE : null, random.nextBoolean(),
                other ? "n" + id : null, other ? 2e-4 : 0);
    }

    @Test
    void followsALinkedHashMapThroughRandomChanges() {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            Map<LinkId, Link> expected = new LinkedHashMap<>();
            LinkBuffer actual = new LinkBuffer();
            for (int step = 0; step < 3000; step++) {
                String id = "l-" + random.nextInt(400);
                LinkId key = LinkId.of(id);
                int op = random.nextInt(10);
                String at = "seed " + seed + " step " + step;
                if (op < 5) {
                    Link link = randomLink(random, id);
                    assertEquals(expected.putIfAbsent(key, link), actual.putIfAbsent(key, link),
                            at);
                } else if (op < 7) {
                    Link link = randomLink(random, id);
                    assertEquals(expected.put(key, link), actual.put(key, link), at);
                } else if (op < 9) {
                    assertEquals(expected.remove(key), actual.remove(key), at);
                } else {
                    assertEquals(expected.get(key), actual.get(key), at);
                }
                if (step % 500 == 0 || step == 2999) {
                    assertEquals(expected.size(), actual.size(), at);
                    assertEquals(new ArrayList<>(expected.entrySet()),
                            new ArrayList<>(actual.entrySet()), at);
                    assertEquals(expected, actual, at);
                    assertEquals(expected.hashCode(), actual.hashCode(), at);
                }
            }
            actual.clear();
            assertEquals(Map.of(), actual);
            Link again = randomLink(random, "x");
            actual.put(again.id(), again);
            assertEquals(Map.of(again.id(), again), actual);
        }
    }

    @Test
    void aRemovedIdAddedAgainGoesLastAndTheIteratorRemoves() {
        LinkBuffer buffer = new LinkBuffer();
        for (String id : List.of("p", "q", "r")) {
            buffer.put(LinkId.of(id), Link.push(id, "a", "b", "steam", 0.1));
        }
        buffer.remove(LinkId.of("p"));
        buffer.put(LinkId.of("p"), Link.push("p", "b", "a", "steam", 0.2));
        buffer.put(LinkId.of("q"), Link.pull("q", "a", "c", "co2", 0.3));
        assertEquals(List.of("q", "r", "p"), buffer.keySet().stream().map(LinkId::value)
                .toList());
        assertEquals(Link.pull("q", "a", "c", "co2", 0.3), buffer.get(LinkId.of("q")));
        Iterator<Link> it = buffer.values().iterator();
        it.next();
        it.remove();
        assertEquals(List.of("r", "p"), buffer.keySet().stream().map(LinkId::value).toList());
        assertEquals(2, buffer.size());
    }

    @Test
    void anIteratorFailsFastOnAChangeBesideIt() {
        LinkBuffer buffer = new LinkBuffer();
        for (String id : List.of("p", "q", "r")) {
            buffer.put(LinkId.of(id), Link.push(id, "a", "b", "steam", 0.1));
        }
        Iterator<LinkId> it = buffer.keySet().iterator();
        it.next();
        buffer.remove(LinkId.of("q"));
        assertThrows(java.util.ConcurrentModificationException.class, it::next);
        Iterator<LinkId> again = buffer.keySet().iterator();
        again.next();
        // Replacing a held link is not a structural change, as in a LinkedHashMap.
        buffer.put(LinkId.of("r"), Link.push("r", "a", "c", "steam", 0.2));
        assertEquals(LinkId.of("r"), again.next());
    }

    @Test
    void refusesALinkUnderAnotherIdAndInternsIds() {
        LinkBuffer buffer = new LinkBuffer();
        Link link = Link.push("p", "a", "b", "steam", 0.5);
        assertThrows(IllegalArgumentException.class, () -> buffer.put(LinkId.of("q"), link));
        buffer.put(link.id(), link);
        PlantId a = PlantId.of("a");
        PlantId b = PlantId.of("b");
        CarrierId steam = CarrierId.of("steam");
        assertNotSame(a, buffer.get(link.id()).from());
        buffer.internIds(id -> id.equals(a) ? a : b, id -> steam);
        Link interned = buffer.get(link.id());
        assertSame(a, interned.from());
        assertSame(b, interned.to());
        assertSame(steam, interned.carrier());
        assertEquals(link, interned);
    }
}
