package org.symbiosis.graph;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.symbiosis.flow.FlowState;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;

/**
 * A park as GraphML (for Gephi, yEd, NetworkX) or DOT (for Graphviz), through jgrapht-io:
 * plants are nodes (name, sector, site, latitude and longitude where known), links are edges
 * (carrier, rule, status, symbiosis, and with a flow state the simulated flow in the carrier's
 * unit per year, which GraphML also gives as the edge weight). Every link is an edge, candidates
 * included. O(plants + links).
 */
public final class GraphExport {

    private GraphExport() {
    }

    /**
     * The park's plants and links as a GraphML document.
     *
     * @param park the park
     * @return the document
     */
    public static String graphMl(Park park) {
        return graphMl(park, null);
    }

    /**
     * The simulated park as GraphML, each link's flow as its {@code flow} and weight.
     *
     * @param state a simulated state
     * @return the document
     */
    public static String graphMl(FlowState state) {
        return graphMl(state.park(), state);
    }

    /**
     * The park's plants and links as a Graphviz DOT document.
     *
     * @param park the park
     * @return the document
     */
    public static String dot(Park park) {
        return dot(park, null);
    }

    /**
     * The simulated park as DOT, each link labelled with its carrier and flow.
     *
     * @param state a simulated state
     * @return the document
     */
    public static String dot(FlowState state) {
        return dot(state.park(), state);
    }

    private static String graphMl(Park park, FlowState state) {
        GraphMLExporter<PlantId, LinkId> exporter = new GraphMLExporter<>(PlantId::value);
        exporter.setEdgeIdProvider(LinkId::value);
        for (String name : new String[] {"name", "sector", "site"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE,
                    AttributeType.STRING);
        }
        exporter.registerAttribute("latitude", GraphMLExporter.AttributeCategory.NODE,
                AttributeType.DOUBLE);
        exporter.registerAttribute("longitude", GraphMLExporter.AttributeCategory.NODE,
                AttributeType.DOUBLE);
        for (String name : new String[] {"carrier", "rule", "status"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE,
                    AttributeType.STRING);
        }
        exporter.registerAttribute("symbiosis", GraphMLExporter.AttributeCategory.EDGE,
                AttributeType.BOOLEAN);
        if (state != null) {
            exporter.registerAttribute("flow", GraphMLExporter.AttributeCategory.EDGE,
                    AttributeType.DOUBLE);
            exporter.setExportEdgeWeights(true);
        }
        exporter.setVertexAttributeProvider(id -> plantAttributes(park.plant(id)));
        exporter.setEdgeAttributeProvider(id -> linkAttributes(park.link(id), state));
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph(park, state), out);
        return out.toString();
    }

    private static String dot(Park park, FlowState state) {
        DOTExporter<PlantId, LinkId> exporter = new DOTExporter<>(id -> quoted(id.value()));
        exporter.setGraphIdProvider(() -> quoted(park.name()));
        exporter.setVertexAttributeProvider(id -> {
            Plant plant = park.plant(id);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(plant.name()
                    + (plant.sector().isEmpty() ? "" : "\n(" + plant.sector() + ")")));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(id -> {
            Link link = park.link(id);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            String label = link.carrier().value();
            if (state != null) {
                label += String.format(java.util.Locale.ROOT, "\n%.4g %s/yr",
                        state.flow(id), park.carrier(link.carrier()).unit());
            }
            attributes.put("label", DefaultAttribute.createAttribute(label));
            if (link.status() != org.symbiosis.model.LinkStatus.EXISTING) {
                attributes.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            return attributes;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph(park, state), out);
        return out.toString();
    }

    private static Graph<PlantId, LinkId> graph(Park park, FlowState state) {
        Graph<PlantId, LinkId> graph = ParkGraph.of(park);
        if (state == null) {
            return graph;
        }
        org.jgrapht.graph.DirectedWeightedMultigraph<PlantId, LinkId> weighted =
                new org.jgrapht.graph.DirectedWeightedMultigraph<>(null, null);
        park.plants().keySet().forEach(weighted::addVertex);
        for (Link link : park.links().values()) {
            weighted.addEdge(link.from(), link.to(), link.id());
            weighted.setEdgeWeight(link.id(), state.flow(link.id()));
        }
        return weighted;
    }

    private static Map<String, Attribute> plantAttributes(Plant plant) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("name", DefaultAttribute.createAttribute(plant.name()));
        attributes.put("sector", DefaultAttribute.createAttribute(plant.sector()));
        attributes.put("site", DefaultAttribute.createAttribute(plant.site()));
        plant.location().ifPresent(l -> {
            attributes.put("latitude", DefaultAttribute.createAttribute(l.latitude()));
            attributes.put("longitude", DefaultAttribute.createAttribute(l.longitude()));
        });
        return attributes;
    }

    private static Map<String, Attribute> linkAttributes(Link link, FlowState state) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("carrier", DefaultAttribute.createAttribute(link.carrier().value()));
        attributes.put("rule", DefaultAttribute.createAttribute(
                (link.rule() instanceof org.symbiosis.model.LinkRule.Push ? "push " : "pull ")
                        + link.rule().fraction()));
        attributes.put("status", DefaultAttribute.createAttribute(
                link.status().name().toLowerCase(java.util.Locale.ROOT)));
        attributes.put("symbiosis", DefaultAttribute.createAttribute(link.symbiosis()));
        if (state != null) {
            attributes.put("flow", DefaultAttribute.createAttribute(state.flow(link.id())));
        }
        return attributes;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
