package org.symbiosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.pathway.Distribution;
import org.symbiosis.pathway.Parameter;
import org.symbiosis.pathway.PathwayTarget;
import org.symbiosis.pathway.Scenario;

/**
 * Reads scenario files (JSON, docs/scenario-format.md). The base park is named by the file and
 * found by {@code parks} (a path relative to the scenario, or a bundled example). Every problem is
 * reported as one {@link ParkFileException} line naming the file, the element's path in the file
 * ({@code changes[2].points[0].value}), the value and the fix.
 */
public final class ScenarioFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP = Set.of("name", "description", "park", "years",
            "optimize", "changes", "commission", "retire", "targets");

    private ScenarioFiles() {
    }

    /** Reads a scenario file; {@code parks} resolves its {@code park} field. */
    public static Scenario read(Path file, Function<String, Park> parks) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), parks);
        } catch (NoSuchFileException e) {
            throw new ParkFileException(file + ": no such file.");
        } catch (IOException e) {
            throw new ParkFileException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    public static Scenario parse(String json, String source, Function<String, Park> parks) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": ";
            throw new ParkFileException(source + ":" + at + "the file is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".");
        }
        Reader r = new Reader(source);
        return r.scenario(root, parks);
    }

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        private ParkFileException error(String where, String message) {
            return new ParkFileException(source + ": " + where + ": " + message);
        }

        Scenario scenario(JsonNode root, Function<String, Park> parks) {
            if (root == null || !root.isObject()) {
                throw new ParkFileException(source + ": the file must hold one JSON object with"
                        + " the fields " + TOP + ".");
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!TOP.contains(f)) {
                    throw error(f, "unknown field" + ParkFiles.didYouMean(f, List.copyOf(TOP))
                            + ". Known fields: " + TOP + ".");
                }
            }
            String parkName = text(root, "park", "park", true);
            Park park;
            try {
                park = parks.apply(parkName);
            } catch (RuntimeException e) {
                throw error("park", "the base park '" + parkName + "' cannot be read: "
                        + e.getMessage());
            }
            JsonNode years = root.get("years");
            if (years == null || !years.isObject()) {
                throw error("years", "give the years to run as {\"from\": 2013, \"to\": 2050}.");
            }
            int from = integer(years, "from", "years.from");
            int to = integer(years, "to", "years.to");
            List<Scenario.Change> changes = new ArrayList<>();
            JsonNode list = array(root, "changes");
            for (int i = 0; i < list.size(); i++) {
                changes.add(change(list.get(i), "changes[" + i + "]"));
            }
            List<Scenario.Presence> presence = new ArrayList<>();
            for (String kind : List.of("commission", "retire")) {
                JsonNode items = array(root, kind);
                for (int i = 0; i < items.size(); i++) {
                    String where = kind + "[" + i + "]";
                    JsonNode item = items.get(i);
                    String element = text(item, "element", where + ".element", true);
                    int year = integer(item, "year", where + ".year");
                    try {
                        presence.add(kind.equals("commission")
                                ? new Scenario.Presence(element, year, null)
                                : new Scenario.Presence(element, null, year));
                    } catch (IllegalArgumentException e) {
                        throw error(where, e.getMessage());
                    }
                }
            }
            List<PathwayTarget> targets = new ArrayList<>();
            JsonNode items = array(root, "targets");
            for (int i = 0; i < items.size(); i++) {
                targets.add(target(items.get(i), "targets[" + i + "]"));
            }
            try {
                return new Scenario(text(root, "name", "name", false) == null ? parkName
                        : root.get("name").asText(), text(root, "description", "description",
                        false), park, from, to, changes, presence, targets,
                        root.path("optimize").asBoolean(false));
            } catch (IllegalArgumentException e) {
                throw new ParkFileException(source + ": " + e.getMessage());
            }
        }

        private Scenario.Change change(JsonNode node, String where) {
            String set = text(node, "set", where + ".set", true);
            Parameter parameter;
            try {
                parameter = new Parameter(set);
            } catch (IllegalArgumentException e) {
                throw error(where + ".set", e.getMessage());
            }
            String interpolation = text(node, "interpolation", where + ".interpolation", false);
            Scenario.Interpolation mode;
            if (interpolation == null || interpolation.equals("linear")) {
                mode = Scenario.Interpolation.LINEAR;
            } else if (interpolation.equals("step")) {
                mode = Scenario.Interpolation.STEP;
            } else {
                throw error(where + ".interpolation", "\"" + interpolation + "\" is neither"
                        + " \"linear\" nor \"step\".");
            }
            JsonNode points = node.get("points");
            if (points == null || !points.isArray() || points.isEmpty()) {
                throw error(where + ".points", "give at least one point, [{\"year\": 2030,"
                        + " \"value\": 0.2}].");
            }
            List<Scenario.Point> list = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                String at = where + ".points[" + i + "]";
                list.add(new Scenario.Point(integer(points.get(i), "year", at + ".year"),
                        distribution(points.get(i).get("value"), at + ".value")));
            }
            try {
                return new Scenario.Change(parameter, mode, list);
            } catch (IllegalArgumentException e) {
                throw error(where, e.getMessage());
            }
        }

        private Distribution distribution(JsonNode v, String where) {
            if (v == null) {
                throw error(where, "missing: give a number or a distribution such as"
                        + " {\"triangular\": [0.1, 0.2, 0.25]}.");
            }
            if (v.isNumber()) {
                return new Distribution.Fixed(v.asDouble());
            }
            if (!v.isObject() || v.size() != 1) {
                throw error(where, v + " is neither a number nor one distribution: write"
                        + " {\"uniform\": [a, b]}, {\"triangular\": [min, mode, max]},"
                        + " {\"normal\": [mean, sd]} or {\"lognormal\": [mu, sigma]}.");
            }
            String kind = v.fieldNames().next();
            JsonNode args = v.get(kind);
            double[] a = new double[args.isArray() ? args.size() : 0];
            for (int i = 0; i < a.length; i++) {
                if (!args.get(i).isNumber()) {
                    throw error(where, "the arguments of " + kind + " must be numbers, not "
                            + args.get(i) + ".");
                }
                a[i] = args.get(i).asDouble();
            }
            int expected = kind.equals("triangular") ? 3 : 2;
            if (a.length != expected) {
                throw error(where, kind + " takes " + expected + " numbers in a list, not " + args
                        + ".");
            }
            try {
                return switch (kind) {
                    case "uniform" -> new Distribution.Uniform(a[0], a[1]);
                    case "triangular" -> new Distribution.Triangular(a[0], a[1], a[2]);
                    case "normal" -> new Distribution.Normal(a[0], a[1]);
                    case "lognormal" -> new Distribution.LogNormal(a[0], a[1]);
                    default -> throw new IllegalArgumentException("unknown distribution '" + kind
                            + "': use uniform, triangular, normal or lognormal");
                };
            } catch (IllegalArgumentException e) {
                throw error(where, e.getMessage() + ".");
            }
        }

        private PathwayTarget target(JsonNode node, String where) {
            String id = text(node, "id", where + ".id", true);
            String type = text(node, "type", where + ".type", true);
            String description = text(node, "description", where + ".description", false);
            String metricText = text(node, "metric", where + ".metric", false);
            Target.Metric metric = metricText == null || metricText.equals("residual")
                    ? Target.Metric.RESIDUAL : metricText.equals("net") ? Target.Metric.NET
                    : metricText.equals("lifecycle") ? Target.Metric.LIFECYCLE : null;
            if (metric == null) {
                throw error(where + ".metric", "\"" + metricText + "\" is none of"
                        + " \"residual\", \"net\" and \"lifecycle\".");
            }
            try {
                return switch (type) {
                    case "reduction" -> new PathwayTarget.Reduction(id, description,
                            integer(node, "baseYear", where + ".baseYear"),
                            integer(node, "year", where + ".year"),
                            number(node, "reduction", where + ".reduction"), metric);
                    case "netZero" -> new PathwayTarget.NetZero(id, description,
                            integer(node, "year", where + ".year"));
                    case "cap" -> new PathwayTarget.Cap(id, description,
                            integer(node, "year", where + ".year"),
                            number(node, "value", where + ".value"), metric);
                    default -> throw error(where + ".type", "\"" + type + "\" is not one of"
                            + " \"reduction\", \"netZero\", \"cap\".");
                };
            } catch (IllegalArgumentException e) {
                throw error(where, e.getMessage());
            }
        }

        private JsonNode array(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null) {
                return MAPPER.createArrayNode();
            }
            if (!node.isArray()) {
                throw error(field, "must be a list, [...].");
            }
            return node;
        }

        private String text(JsonNode node, String field, String where, boolean required) {
            JsonNode v = node.get(field);
            if (v == null) {
                if (required) {
                    throw error(where, "missing: it is required.");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw error(where, v + " must be a text in double quotes.");
            }
            return v.asText();
        }

        private int integer(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isIntegralNumber()) {
                throw error(where, (v == null ? "missing" : v + " is not a whole year")
                        + ": give a whole number such as 2030.");
            }
            return v.asInt();
        }

        private double number(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isNumber()) {
                throw error(where, (v == null ? "missing" : v + " is not a number")
                        + ": give a number.");
            }
            return v.asDouble();
        }
    }
}
