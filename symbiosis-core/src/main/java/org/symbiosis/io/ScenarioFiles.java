package org.symbiosis.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.symbiosis.io.JsonTree.Arr;
import org.symbiosis.io.JsonTree.Node;
import org.symbiosis.io.JsonTree.Obj;
import org.symbiosis.io.JsonTree.Scalar;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.pathway.Distribution;
import org.symbiosis.pathway.Parameter;
import org.symbiosis.pathway.PathwayTarget;
import org.symbiosis.pathway.Scenario;

/**
 * Reads scenario files (JSON, docs/scenario-format.md) by the park reader's rules: the same
 * parser limits and UTF-8 check ({@link JsonInput}); unknown fields are errors with a
 * did-you-mean at every level; no coercion between types (a text is not a number, a number is
 * not a text, {@code "yes"} is not {@code true}); years are whole numbers from
 * {@value Scenario#MIN_YEAR} to {@value Scenario#MAX_YEAR}; every number and every distribution
 * parameter is finite. Each problem is one {@link ParkFileException} line naming the file, the
 * line and column, the element's path ({@code changes[2].points[0].value}), the value and the fix.
 * The base park is named by the file and found by {@code parks} (a path relative to the scenario,
 * or a bundled example). O(file size).
 */
public final class ScenarioFiles {

    private static final List<String> TOP = List.of("name", "description", "park", "years",
            "optimize", "changes", "commission", "retire", "targets");
    private static final List<String> YEARS = List.of("from", "to");
    private static final List<String> CHANGE = List.of("set", "interpolation", "points");
    private static final List<String> POINT = List.of("year", "value");
    private static final List<String> PRESENCE = List.of("element", "year");
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "triangular", "normal",
            "lognormal");
    private static final List<String> TARGET_TYPES = List.of("reduction", "netZero", "cap");
    private static final Map<String, List<String>> TARGET_FIELDS = Map.of(
            "reduction", List.of("id", "type", "description", "baseYear", "year", "reduction",
                    "metric"),
            "netZero", List.of("id", "type", "description", "year"),
            "cap", List.of("id", "type", "description", "year", "value", "metric"));

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file; {@code parks} resolves its {@code park} field.
     *
     * @param file  a scenario file, UTF-8 JSON; its path as given names it in messages
     * @param parks finds the base park that the file's {@code park} field names (a path
     *              relative to the scenario, or a bundled example, as the caller decides); an
     *              exception it throws becomes a problem of the file at that field
     * @return the scenario, checked against its base park
     * @throws ParkFileException if the file is missing, unreadable, a directory, not UTF-8 or
     *                           not valid JSON within the reader's limits, or its content
     *                           breaks the scenario format or a model rule (an element the base
     *                           park lacks, a target outside the years); each line gives the
     *                           position, the path in the file and the fix
     */
    public static Scenario read(Path file, Function<String, Park> parks) {
        String source = file.toString();
        Node root = JsonInput.read(file, p -> JsonTree.readDocument(p, source), null);
        return new Reader(source).read(root, parks);
    }

    /**
     * Reads a scenario from a stream of UTF-8 bytes (a bundled resource, say), leaving it open
     * (closing it is the caller's).
     *
     * @param in     the file's bytes, UTF-8
     * @param source the name messages give the file, e.g. a resource path
     * @param parks  finds the base park that the file's {@code park} field names (a path
     *               relative to the scenario, or a bundled example, as the caller decides); an
     *               exception it throws becomes a problem of the file at that field
     * @return the scenario, checked against its base park
     * @throws ParkFileException if the stream cannot be read, is not UTF-8 or is not valid JSON
     *                           within the reader's limits, or its content breaks the scenario
     *                           format or a model rule (an element the base park lacks, a
     *                           target outside the years); each line gives the position, the
     *                           path in the file and the fix
     */
    public static Scenario read(InputStream in, String source, Function<String, Park> parks) {
        Node root = JsonInput.read(in, source, p -> JsonTree.readDocument(p, source), null);
        return new Reader(source).read(root, parks);
    }

    /**
     * Reads a scenario from JSON text; {@code source} names it in messages.
     *
     * @param json   the text of a scenario file; a leading byte-order mark is skipped
     * @param source the name messages give the text
     * @param parks  finds the base park that the file's {@code park} field names (a path
     *               relative to the scenario, or a bundled example, as the caller decides); an
     *               exception it throws becomes a problem of the file at that field
     * @return the scenario, checked against its base park
     * @throws ParkFileException if the text is not valid JSON within the reader's limits, or its
     *                           content breaks the scenario format or a model rule (an element
     *                           the base park lacks, a target outside the years); each line
     *                           gives the position, the path in the file and the fix
     */
    public static Scenario parse(String json, String source, Function<String, Park> parks) {
        Node root = JsonInput.read(json, source, p -> JsonTree.readDocument(p, source), null);
        return new Reader(source).read(root, parks);
    }

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        private ParkFileException error(Node node, String where, String message) {
            return error(node == null ? null : node.at(), where, message);
        }

        private ParkFileException error(String at, String where, String message) {
            return new ParkFileException(ParkFiles.locate(source, at)
                    + (where.isEmpty() ? "" : where + ": ") + message);
        }

        /** The scenario; a model rule broken anywhere becomes a line of this file, too. */
        Scenario read(Node root, Function<String, Park> parks) {
            try {
                return scenario(root, parks);
            } catch (ParkFileException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(root, "", String.valueOf(e.getMessage()));
            }
        }

        private Scenario scenario(Node rootNode, Function<String, Park> parks) {
            if (!(rootNode instanceof Obj root)) {
                throw error(rootNode, "", rootNode == null ? "the file is empty: give one JSON"
                        + " object with the fields " + TOP + "." : "the file must hold one JSON"
                        + " object, {...}, with the fields " + TOP + ", not "
                        + rootNode.describe() + ".");
            }
            fields(root, "", "the top level", TOP);
            String parkName = text(root, "park", "park", true);
            Park park;
            try {
                park = parks.apply(parkName);
            } catch (RuntimeException e) {
                throw error(root.fields().get("park"), "park", "the base park '" + parkName
                        + "' cannot be read: " + e.getMessage());
            }
            Obj years = object(root, "years", "years", "give the years to run as"
                    + " {\"from\": 2013, \"to\": 2050}.");
            fields(years, "years", "years", YEARS);
            int from = year(years, "from", "years.from");
            int to = year(years, "to", "years.to");
            if (from > to) {
                throw error(years, "years", "the first year (" + from + ") is after the last"
                        + " year (" + to + "): swap them.");
            }
            if (to - from >= Scenario.MAX_YEARS) {
                throw error(years, "years", String.format("%d years (%d-%d) is more than the %d"
                        + " one scenario may run: run a shorter span, or split it into several"
                        + " scenarios.", to - from + 1, from, to, Scenario.MAX_YEARS));
            }
            List<Scenario.Change> changes = new ArrayList<>();
            Arr list = array(root, "changes");
            for (int i = 0; i < list.items().size(); i++) {
                changes.add(change(list.items().get(i), "changes[" + i + "]", park));
            }
            List<Scenario.Presence> presence = new ArrayList<>();
            for (String kind : List.of("commission", "retire")) {
                Arr items = array(root, kind);
                for (int i = 0; i < items.items().size(); i++) {
                    presence.add(presence(items.items().get(i), kind, kind + "[" + i + "]",
                            park));
                }
            }
            List<PathwayTarget> targets = new ArrayList<>();
            Arr items = array(root, "targets");
            for (int i = 0; i < items.items().size(); i++) {
                Node node = items.items().get(i);
                String where = "targets[" + i + "]";
                PathwayTarget target = target(node, where);
                String problem = target.problemIn(from, to);
                if (problem != null) {
                    throw error(node, where, problem);
                }
                targets.add(target);
            }
            String name = text(root, "name", "name", false);
            String description = text(root, "description", "description", false);
            boolean optimize = bool(root, "optimize", "optimize", false);
            try {
                return new Scenario(name == null ? parkName : name, description, park, from, to,
                        changes, presence, targets, optimize);
            } catch (ParkFileException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(root, "", String.valueOf(e.getMessage()));
            }
        }

        private Scenario.Change change(Node node, String where, Park park) {
            Obj change = object(node, where, "give a change as {\"set\": \"process:ID:capacity\","
                    + " \"points\": [{\"year\": 2030, \"value\": 100}]}.");
            fields(change, where, "a change", CHANGE);
            String set = text(change, "set", where + ".set", true);
            Node setNode = change.fields().get("set");
            Parameter parameter;
            try {
                parameter = new Parameter(set);
            } catch (IllegalArgumentException e) {
                throw error(setNode, where + ".set", e.getMessage());
            }
            String problem = parameter.problemIn(park);
            if (problem != null) {
                throw error(setNode, where + ".set", "The change of '" + parameter + "': "
                        + (problem.endsWith(".") ? problem : problem + "."));
            }
            String interpolation = text(change, "interpolation", where + ".interpolation", false);
            Scenario.Interpolation mode;
            if (interpolation == null || interpolation.equals("linear")) {
                mode = Scenario.Interpolation.LINEAR;
            } else if (interpolation.equals("step")) {
                mode = Scenario.Interpolation.STEP;
            } else {
                throw error(change.fields().get("interpolation"), where + ".interpolation", "\""
                        + interpolation + "\" is neither \"linear\" nor \"step\"" + ParkFiles
                        .didYouMean(interpolation, List.of("linear", "step")) + ".");
            }
            Node pointsNode = change.fields().get("points");
            if (!(pointsNode instanceof Arr points) || points.items().isEmpty()) {
                throw error(pointsNode == null ? change : pointsNode, where + ".points",
                        (pointsNode == null ? "missing" : "it is " + pointsNode.describe())
                        + ": give at least one point, [{\"year\": 2030, \"value\": 0.2}].");
            }
            List<Scenario.Point> list = new ArrayList<>();
            for (int i = 0; i < points.items().size(); i++) {
                String at = where + ".points[" + i + "]";
                Obj point = object(points.items().get(i), at, "give a point as {\"year\": 2030,"
                        + " \"value\": 0.2}.");
                fields(point, at, "a point", POINT);
                int year = year(point, "year", at + ".year");
                for (int j = 0; j < list.size(); j++) {
                    if (list.get(j).year() == year) {
                        throw error(point.fields().get("year"), at + ".year", "year " + year
                                + " is given twice in this change (also in " + where + ".points["
                                + j + "]): keep one.");
                    }
                }
                list.add(new Scenario.Point(year, distribution(point.fields().get("value"),
                        point, at + ".value")));
            }
            try {
                return new Scenario.Change(parameter, mode, list);
            } catch (IllegalArgumentException e) {
                throw error(change, where, e.getMessage());
            }
        }

        private Distribution distribution(Node v, Obj owner, String where) {
            String forms = "write a number, or {\"uniform\": [min, max]}, {\"triangular\": [min,"
                    + " mode, max]}, {\"normal\": [mean, sd]} or {\"lognormal\": [mu, sigma]}";
            if (v == null) {
                throw error(owner, where, "missing: " + forms + ".");
            }
            if (v instanceof Scalar s && s.isNumber()) {
                return new Distribution.Fixed(finite(s, where));
            }
            if (!(v instanceof Obj d) || d.fields().size() != 1) {
                throw error(v, where, v.describe() + " is neither a number nor one distribution: "
                        + forms + ".");
            }
            String kind = d.fields().keySet().iterator().next();
            if (!DISTRIBUTIONS.contains(kind)) {
                throw error(d.nameAt().get(kind), where, "unknown distribution '" + kind + "'"
                        + ParkFiles.didYouMean(kind, DISTRIBUTIONS) + ": use one of "
                        + DISTRIBUTIONS + ".");
            }
            Node argsNode = d.fields().get(kind);
            int expected = kind.equals("triangular") ? 3 : 2;
            if (!(argsNode instanceof Arr args) || args.items().size() != expected) {
                throw error(argsNode, where, kind + " takes " + expected + " numbers in a list,"
                        + " not " + (argsNode instanceof Arr a ? a.items().size() + " of them"
                        : argsNode.describe()) + ".");
            }
            double[] a = new double[expected];
            for (int i = 0; i < expected; i++) {
                Node arg = args.items().get(i);
                if (!(arg instanceof Scalar s) || !s.isNumber()) {
                    throw error(arg, where, "the arguments of " + kind + " must be numbers, not "
                            + arg.describe() + ".");
                }
                a[i] = finite(s, where);
            }
            try {
                return switch (kind) {
                    case "uniform" -> new Distribution.Uniform(a[0], a[1]);
                    case "triangular" -> new Distribution.Triangular(a[0], a[1], a[2]);
                    case "normal" -> new Distribution.Normal(a[0], a[1]);
                    default -> new Distribution.LogNormal(a[0], a[1]);
                };
            } catch (IllegalArgumentException e) {
                throw error(argsNode, where, e.getMessage());
            }
        }

        private Scenario.Presence presence(Node node, String kind, String where, Park park) {
            Obj item = object(node, where, "give it as {\"element\": \"plant:ID\", \"year\":"
                    + " 2025}.");
            fields(item, where, "a " + kind + " entry", PRESENCE);
            String element = text(item, "element", where + ".element", true);
            int year = year(item, "year", where + ".year");
            Scenario.Presence presence;
            try {
                presence = kind.equals("commission") ? new Scenario.Presence(element, year, null)
                        : new Scenario.Presence(element, null, year);
            } catch (IllegalArgumentException e) {
                throw error(item.fields().get("element"), where + ".element", e.getMessage());
            }
            String problem = presence.problemIn(park);
            if (problem != null) {
                throw error(item.fields().get("element"), where + ".element", problem);
            }
            return presence;
        }

        private PathwayTarget target(Node node, String where) {
            Obj target = object(node, where, "give a target as {\"id\": \"net-zero\", \"type\":"
                    + " \"netZero\", \"year\": 2050}.");
            String type = text(target, "type", where + ".type", true);
            if (!TARGET_TYPES.contains(type)) {
                throw error(target.fields().get("type"), where + ".type", "\"" + type + "\" is"
                        + " not one of " + TARGET_TYPES + ParkFiles.didYouMean(type, TARGET_TYPES)
                        + ".");
            }
            fields(target, where, "a " + type + " target", TARGET_FIELDS.get(type));
            String id = text(target, "id", where + ".id", true);
            String description = text(target, "description", where + ".description", false);
            String metricText = text(target, "metric", where + ".metric", false);
            Target.Metric metric = metricText == null || metricText.equals("residual")
                    ? Target.Metric.RESIDUAL : metricText.equals("net") ? Target.Metric.NET
                    : metricText.equals("lifecycle") ? Target.Metric.LIFECYCLE : null;
            if (metric == null) {
                throw error(target.fields().get("metric"), where + ".metric", "\"" + metricText
                        + "\" is none of \"residual\", \"net\" and \"lifecycle\".");
            }
            try {
                return switch (type) {
                    case "reduction" -> new PathwayTarget.Reduction(id, description,
                            year(target, "baseYear", where + ".baseYear"),
                            year(target, "year", where + ".year"),
                            number(target, "reduction", where + ".reduction"), metric);
                    case "netZero" -> new PathwayTarget.NetZero(id, description,
                            year(target, "year", where + ".year"));
                    default -> new PathwayTarget.Cap(id, description,
                            year(target, "year", where + ".year"),
                            number(target, "value", where + ".value"), metric);
                };
            } catch (IllegalArgumentException e) {
                throw error(target, where, e.getMessage());
            }
        }

        /** Every field of {@code object} must be one of {@code known}. */
        private void fields(Obj object, String where, String what, List<String> known) {
            for (String field : object.fields().keySet()) {
                if (!known.contains(field)) {
                    throw error(object.nameAt().get(field), where.isEmpty() ? field
                            : where + "." + field, "unknown field in " + what + ParkFiles
                            .didYouMean(field, known) + ". Known fields: " + known + ".");
                }
            }
        }

        private Obj object(Node node, String where, String fix) {
            if (node instanceof Obj o) {
                return o;
            }
            throw error(node, where, (node == null ? "missing" : "it is " + node.describe()
                    + ", not an object") + ": " + fix);
        }

        private Obj object(Obj parent, String field, String where, String fix) {
            Node node = parent.fields().get(field);
            if (node == null) {
                throw error(parent, where, "missing: " + fix);
            }
            return object(node, where, fix);
        }

        private Arr array(Obj parent, String field) {
            Node node = parent.fields().get(field);
            if (node == null) {
                return new Arr(parent.at(), List.of());
            }
            if (!(node instanceof Arr a)) {
                throw error(node, field, "must be a list, [...], not " + node.describe() + ".");
            }
            return a;
        }

        private String text(Obj parent, String field, String where, boolean required) {
            Node v = parent.fields().get(field);
            if (v == null) {
                if (required) {
                    throw error(parent, where, "missing: it is required.");
                }
                return null;
            }
            if (!(v instanceof Scalar s) || !s.isText()) {
                throw error(v, where, v.describe() + " must be a text in double quotes.");
            }
            return s.text();
        }

        private boolean bool(Obj parent, String field, String where, boolean absent) {
            Node v = parent.fields().get(field);
            if (v == null) {
                return absent;
            }
            if (!(v instanceof Scalar s) || !s.isBoolean()) {
                throw error(v, where, v.describe() + " is not true or false: write true or false"
                        + " without quotes.");
            }
            return Boolean.parseBoolean(s.text());
        }

        /** A year: a whole number within the years a scenario may name. */
        private int year(Obj parent, String field, String where) {
            Node v = parent.fields().get(field);
            String fix = String.format(": give a whole year from %d to %d, such as 2030.",
                    Scenario.MIN_YEAR, Scenario.MAX_YEAR);
            if (v == null) {
                throw error(parent, where, "missing" + fix);
            }
            if (!(v instanceof Scalar s) || !s.isNumber()) {
                throw error(v, where, v.describe() + " is not a year" + fix);
            }
            if (s.token() != JsonToken.VALUE_NUMBER_INT) {
                throw error(v, where, s.text() + " is not a whole year" + fix);
            }
            BigInteger whole = new BigInteger(s.text());
            if (whole.compareTo(BigInteger.valueOf(Scenario.MIN_YEAR)) < 0
                    || whole.compareTo(BigInteger.valueOf(Scenario.MAX_YEAR)) > 0) {
                throw error(v, where, "the year " + s.text() + " is out of range" + fix);
            }
            return whole.intValueExact();
        }

        private double number(Obj parent, String field, String where) {
            Node v = parent.fields().get(field);
            if (v == null) {
                throw error(parent, where, "missing: give a number.");
            }
            if (!(v instanceof Scalar s) || !s.isNumber()) {
                throw error(v, where, v.describe() + " is not a number: give a number without"
                        + " quotes.");
            }
            return finite(s, where);
        }

        /** The number's value, which must be within the range of a double. */
        private double finite(Scalar s, String where) {
            double value = Double.parseDouble(s.text());
            if (!Double.isFinite(value)) {
                throw error(s, where, "the number " + s.text() + " is beyond the range this tool"
                        + " computes in (about -1.8e308 to 1.8e308): write a smaller number.");
            }
            return value;
        }
    }
}
