package org.symbiosis.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;

/**
 * The plants of a park as a directed graph of who supplies whom over its existing links
 * (material direction: from a link's source to its target, whether the link pushes or pulls;
 * several links between two plants count as one edge), with the network facts a planner reads:
 * the circular clusters (strongly connected components of more than one plant), the elementary
 * cycles through a plant, and betweenness centrality. Computed with JGraphT; no JGraphT type
 * appears in this class's API. Immutable once built; building is O(plants + links).
 */
public final class PlantNetwork {

    private final Graph<PlantId, DefaultEdge> graph;
    private final List<Set<PlantId>> components;
    private final Map<PlantId, Integer> componentOf;
    /** Computed on first use and kept: O(plants x edges), and every report asks for it. */
    private volatile Map<PlantId, Double> betweenness;

    private PlantNetwork(Graph<PlantId, DefaultEdge> graph) {
        this.graph = graph;
        List<Set<PlantId>> all = new ArrayList<>();
        for (Set<PlantId> set : onDeepStack(() -> new GabowStrongConnectivityInspector<>(graph)
                .stronglyConnectedSets())) {
            all.add(Collections.unmodifiableSet(new TreeSet<>(set)));
        }
        all.sort(Comparator.comparing((Set<PlantId> s) -> -s.size())
                .thenComparing(s -> s.iterator().next()));
        this.components = List.copyOf(all);
        Map<PlantId, Integer> of = new LinkedHashMap<>();
        for (int c = 0; c < all.size(); c++) {
            for (PlantId plant : all.get(c)) {
                of.put(plant, c);
            }
        }
        this.componentOf = of;
    }

    /**
     * The network of a park's existing links (candidates do not run).
     *
     * @param park the park
     * @return its network
     */
    public static PlantNetwork of(Park park) {
        checkNotNull(park, "park");
        Graph<PlantId, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        park.plants().keySet().forEach(graph::addVertex);
        for (Link link : park.links().values()) {
            if (link.status() == LinkStatus.EXISTING && !graph.containsEdge(link.from(),
                    link.to())) {
                graph.addEdge(link.from(), link.to());
            }
        }
        return new PlantNetwork(graph);
    }

    /**
     * Every strongly connected component.
     *
     * @return the components, largest first, plants sorted within each
     */
    public List<Set<PlantId>> components() {
        return components;
    }

    /**
     * The circular clusters: strongly connected components of two plants or more, in which
     * material can go round.
     *
     * @return the clusters, largest first
     */
    public List<Set<PlantId>> circularClusters() {
        return components.stream().filter(c -> c.size() > 1).toList();
    }

    /**
     * The strongly connected component that holds a plant.
     *
     * @param plant the plant
     * @return its component
     * @throws IllegalArgumentException if the park has no such plant
     */
    public Set<PlantId> componentOf(PlantId plant) {
        Integer c = componentOf.get(plant);
        checkArgument(c != null, "The park has no plant '%s'.", plant);
        return components.get(c);
    }

    /**
     * The plants a plant sends to over existing links.
     *
     * @param plant the plant
     * @return its targets, sorted
     */
    public Set<PlantId> suppliesTo(PlantId plant) {
        Set<PlantId> to = new TreeSet<>();
        for (DefaultEdge e : graph.outgoingEdgesOf(plant)) {
            to.add(graph.getEdgeTarget(e));
        }
        return to;
    }

    /**
     * The elementary cycles through {@code plant} (each plant at most once), each as the
     * plants in order starting at {@code plant} (the edge back to it implied), shortest first,
     * at most {@code limit} of them. Johnson's algorithm on the plant's component; the number
     * of cycles can grow exponentially with the component, hence the limit.
     *
     * @param plant the plant
     * @param limit the most cycles returned, at least 1
     * @return the cycles, shortest first
     * @throws IllegalArgumentException if the limit is below 1 or the plant is unknown
     */
    public List<List<PlantId>> cyclesThrough(PlantId plant, int limit) {
        checkArgument(limit >= 1, "The cycle limit (%s) must be at least 1.", limit);
        Set<PlantId> component = componentOf(plant);
        if (component.size() < 2) {
            return List.of();
        }
        Graph<PlantId, DefaultEdge> sub = new AsSubgraph<>(graph, component);
        List<List<PlantId>> found = new ArrayList<>();
        int[] seen = {0};
        // Enough cycles of the component are looked at to find the shortest through the plant
        // in all but pathological components; the search stops there.
        int budget = Math.max(10_000, 100 * limit);
        try {
            onDeepStack(() -> {
                new JohnsonSimpleCycles<>(sub).findSimpleCycles(cycle -> {
                    int at = cycle.indexOf(plant);
                    if (at >= 0) {
                        List<PlantId> rotated = new ArrayList<>(cycle.subList(at,
                                cycle.size()));
                        rotated.addAll(cycle.subList(0, at));
                        found.add(List.copyOf(rotated));
                    }
                    if (++seen[0] >= budget) {
                        throw new Enough();
                    }
                });
                return null;
            });
        } catch (Enough stop) {
            // The budget is spent: report what was found.
        }
        found.sort(Comparator.comparing((List<PlantId> c) -> c.size())
                .thenComparing(Object::toString));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /**
     * Betweenness centrality of every plant (the number of shortest supply paths between other
     * plants that pass through it, JGraphT's Brandes algorithm, O(plants x edges)), in park
     * order.
     *
     * @return the score of each plant
     */
    public Map<PlantId, Double> betweenness() {
        Map<PlantId, Double> kept = betweenness;
        if (kept != null) {
            return kept;
        }
        Map<PlantId, Double> scores = new BetweennessCentrality<>(graph).getScores();
        Map<PlantId, Double> ordered = new LinkedHashMap<>();
        for (PlantId plant : graph.vertexSet()) {
            ordered.put(plant, scores.get(plant));
        }
        kept = Collections.unmodifiableMap(ordered);
        betweenness = kept;
        return kept;
    }

    /**
     * Stack reserved for the recursive JGraphT algorithms (Gabow's components, Johnson's
     * cycles): their depth grows with the largest component, 9,000 plants in a
     * 10^4-plant synthetic park, beyond a default thread stack. Address space only: the pages
     * a run touches are the ones it uses.
     */
    static final long DEEP_STACK_BYTES = 1L << 30;

    /**
     * Runs {@code work} on a thread with {@link #DEEP_STACK_BYTES} of stack and waits for it;
     * what it throws is thrown here.
     */
    static <T> T onDeepStack(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "symbiosis-network", DEEP_STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Stops the cycle enumeration once its budget is spent. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }
}
