package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Park;

class CondensationTest {

    /**
     * Our iterative Tarjan over the CSR system against JGraphT's Kosaraju on the same dependency
     * graph (an edge i -> j for every entry of row i in column j), on 500 seeded random parks of
     * 3 to 40 plants: the same components, each listed after every component it depends on, and
     * "cyclic" exactly for components of several variables or with a self-dependency.
     */
    @Test
    void agreesWithJGraphTOn500RandomParks() {
        int cyclicSeen = 0;
        for (long seed = 1; seed <= 500; seed++) {
            Park park = RandomParks.generate(seed, 3 + (int) (seed % 38));
            ParkIndex index = ParkIndex.of(park);
            boolean[] active = Simulator.activeLinks(index, false);
            BalanceSystem system = BalanceSystem.assemble(index, active);
            Condensation ours = Condensation.of(system.size, system.rowStart, system.column);

            Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
            for (int i = 0; i < system.size; i++) {
                graph.addVertex(i);
            }
            for (int i = 0; i < system.size; i++) {
                for (int e = system.rowStart[i]; e < system.rowStart[i + 1]; e++) {
                    graph.addEdge(i, system.column[e]);
                }
            }
            Set<Set<Integer>> theirs = new HashSet<>(
                    new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets());

            Set<Set<Integer>> components = new HashSet<>();
            int[] componentOf = new int[system.size];
            for (int c = 0; c < ours.components(); c++) {
                Set<Integer> members = new HashSet<>();
                for (int i = ours.start[c]; i < ours.start[c + 1]; i++) {
                    members.add(ours.order[i]);
                    componentOf[ours.order[i]] = c;
                }
                components.add(members);
                boolean selfLoop = members.size() == 1 && graph.containsEdge(
                        members.iterator().next(), members.iterator().next());
                assertEquals(members.size() > 1 || selfLoop, ours.cyclic[c], "seed " + seed
                        + ", component " + members);
                cyclicSeen += ours.cyclic[c] ? 1 : 0;
            }
            assertEquals(theirs, components, "seed " + seed);
            assertEquals(system.size, ours.order.length, "seed " + seed);
            for (int i = 0; i < system.size; i++) {
                for (int e = system.rowStart[i]; e < system.rowStart[i + 1]; e++) {
                    assertTrue(componentOf[system.column[e]] <= componentOf[i], "seed " + seed
                            + ": variable " + i + " comes before its dependency "
                            + system.column[e]);
                }
            }
        }
        assertTrue(cyclicSeen > 100, "the random parks have too few loops: " + cyclicSeen);
    }
}
