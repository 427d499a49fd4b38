package org.symbiosis.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;

/**
 * The read-only JGraphT view of a park: plants are vertices, links are edges of a directed
 * multigraph (several links may join the same two plants; each is its own edge). Edges are the
 * typed link ids, so they stay distinct hash keys. Cost: O(plants + links) to build.
 */
public final class ParkGraph {

    private ParkGraph() {
    }

    /**
     * The graph of every plant and every link of the park, existing and candidate.
     *
     * @param park the park
     * @return an unmodifiable directed multigraph with a vertex per plant (isolated plants
     *         included) and an edge per link, from the plant it leaves to the plant it
     *         enters; a new graph on each call
     */
    public static Graph<PlantId, LinkId> of(Park park) {
        Graph<PlantId, LinkId> graph = new DirectedMultigraph<>(null, null, false);
        park.plants().keySet().forEach(graph::addVertex);
        for (Link link : park.links().values()) {
            graph.addEdge(link.from(), link.to(), link.id());
        }
        return new AsUnmodifiableGraph<>(graph);
    }
}
