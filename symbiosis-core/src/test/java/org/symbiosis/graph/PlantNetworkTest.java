package org.symbiosis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;

class PlantNetworkTest {

    /**
     * Two loops through b, a tail and a candidate link that does not count.
     *
     * <pre>
     *   a --> b --> c --> a        (loop 1: a b c)
     *         b --> d --> b        (loop 2: b d; two links d -> b, one edge)
     *   c --> e                    (tail)
     *   e ..> a                    (candidate: no loop)
     * </pre>
     */
    static Park park() {
        Park.Builder b = Park.builder().carrier(Carrier.of("m", "t"))
                .market(Market.buy("m", 1, 0).withDisposal(DisposalKind.LANDFILL, 0));
        for (String id : List.of("a", "b", "c", "d", "e")) {
            b.plant(Plant.of(id, "s", Process.builder(id + ".p").reference("m").input("m", 1)
                    .follows("m").build()));
        }
        return b.link(Link.push("ab", "a", "b", "m", 0.1))
                .link(Link.push("bc", "b", "c", "m", 0.1))
                .link(Link.push("ca", "c", "a", "m", 0.1))
                .link(Link.push("bd", "b", "d", "m", 0.1))
                .link(Link.push("db", "d", "b", "m", 0.1))
                .link(Link.push("db2", "d", "b", "m", 0.1))
                .link(Link.push("ce", "c", "e", "m", 0.1))
                .link(Link.push("ea", "e", "a", "m", 0.1).withStatus(LinkStatus.CANDIDATE))
                .build();
    }

    private static PlantId p(String id) {
        return PlantId.of(id);
    }

    @Test
    void circularClusterHoldsThePlantsOnLoopsAndNotTheTail() {
        PlantNetwork network = PlantNetwork.of(park());
        assertEquals(List.of(Set.of(p("a"), p("b"), p("c"), p("d"))),
                network.circularClusters());
        assertEquals(Set.of(p("e")), network.componentOf(p("e")));
        assertEquals(2, network.components().size());
    }

    @Test
    void cyclesThroughAPlantStartAtItShortestFirst() {
        PlantNetwork network = PlantNetwork.of(park());
        assertEquals(List.of(List.of(p("b"), p("d")), List.of(p("b"), p("c"), p("a"))),
                network.cyclesThrough(p("b"), 10));
        assertEquals(List.of(List.of(p("a"), p("b"), p("c"))), network.cyclesThrough(p("a"), 10));
        assertEquals(List.of(List.of(p("b"), p("d"))), network.cyclesThrough(p("b"), 1));
        assertTrue(network.cyclesThrough(p("e"), 10).isEmpty());
    }

    @Test
    void betweennessCountsShortestPathsThroughEachPlant() {
        // Ordered pairs (s, t) of other plants, shortest paths over ab bc ca bd db ce:
        // b lies on a->c, a->d, a->e, c->d, d->a, d->c, d->e: 7.
        // c lies on a->e, b->a, b->e, d->a, d->e: 5. a lies on c->b, c->d: 2.
        // d lies on none (d's only successor is b, reached directly); e on none.
        Map<PlantId, Double> scores = PlantNetwork.of(park()).betweenness();
        assertEquals(7, scores.get(p("b")), 1e-12);
        assertEquals(5, scores.get(p("c")), 1e-12);
        assertEquals(2, scores.get(p("a")), 1e-12);
        assertEquals(0, scores.get(p("d")), 1e-12);
        assertEquals(0, scores.get(p("e")), 1e-12);
    }

    @Test
    void exportsEveryPlantAndLinkAsGraphMlAndDot() {
        Park park = park();
        String graphMl = GraphExport.graphMl(park);
        assertEquals(5, count(graphMl, "<node "));
        assertEquals(8, count(graphMl, "<edge "));
        assertTrue(graphMl.contains("<edge id=\"db2\" source=\"d\" target=\"b\""), graphMl);
        String dot = GraphExport.dot(park);
        assertEquals(8, count(dot, " -> "));
        assertTrue(dot.contains("\"e\" -> \"a\" [ label=\"m\" style=\"dashed\" ]"), dot);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    /**
     * Gabow's components and Johnson's cycles recurse once per plant of a component: a
     * 10^4-plant synthetic park overflowed a default thread stack. They run on a deep one; a
     * recursion 300,000 calls deep (far beyond a 1 MB stack) returns there, and what the work
     * throws is thrown to the caller.
     */
    @Test
    void recursiveGraphWorkRunsOnADeepStack() {
        assertEquals(300_000, PlantNetwork.onDeepStack(() -> depth(300_000)));
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> PlantNetwork.onDeepStack(() -> {
                    throw new IllegalStateException("inside");
                }));
        assertEquals("inside", thrown.getMessage());
    }
}
