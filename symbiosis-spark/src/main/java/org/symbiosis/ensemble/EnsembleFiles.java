package org.symbiosis.ensemble;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiosis.io.ParkFileException;
import org.symbiosis.internal.Suggestions;
import org.symbiosis.pathway.PathwayRunner;

/**
 * Reads ensemble files (JSON, docs/ensemble-format.md) by the park reader's rules: unknown fields
 * are errors with a did-you-mean, types are never converted, and each problem is a {@link
 * ParkFileException} naming the file, line and column, the element's path ({@code runs[2].park}),
 * the value and the fix. Park and scenario files named by the ensemble are read as text, relative
 * to the ensemble file; bundled examples ({@code "example"}) come from the classpath
 * ({@code /examples/NAME.json}, {@code /scenarios/NAME.json}). The parks and scenarios themselves
 * are parsed by {@link Ensemble#validate()}. O(file sizes).
 */
public final class EnsembleFiles {

    private static final List<String> TOP = List.of("name", "description", "seed", "samples",
            "tornado", "parks", "scenarios", "runs");
    private static final List<String> PARK = List.of("id", "file", "example", "synthetic");
    private static final List<String> SCENARIO = List.of("id", "file", "example");
    private static final List<String> SYNTHETIC = List.of("plants", "seed");
    private static final List<String> RUN = List.of("park", "scenario", "samples",
            "firstSample");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(100)
                    .maxNestingDepth(100).build())
            .build();

    private EnsembleFiles() {
    }

    /**
     * Reads an ensemble file.
     *
     * @throws ParkFileException naming the file, line and column of every problem found
     */
    public static Ensemble read(Path file) {
        return parse(text(file, file.toString(), "the ensemble file"), file.toString(),
                file.toAbsolutePath().getParent());
    }

    /**
     * Reads an ensemble from JSON text; {@code source} names it in messages and files it names
     * are resolved against {@code dir} (null: the working directory).
     *
     * @throws ParkFileException naming the line and column of every problem found
     */
    public static Ensemble parse(String json, String source, Path dir) {
        Node root;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            root = first == null ? null : read(parser);
            if (root != null && parser.nextToken() != null) {
                throw new ParkFileException(source + ":" + at(parser.currentTokenLocation())
                        + ": there is more after the ensemble's closing brace: keep one JSON"
                        + " object in the file.");
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            throw new ParkFileException(source + ":" + at(e.getLocation()) + ": the file is not"
                    + " valid JSON: " + (message == null ? "" : message.split("\n")[0])
                    + ". Check brackets, commas and quotes near there.");
        } catch (IOException e) {
            throw new ParkFileException(source + ": cannot be read: " + e.getMessage());
        }
        return new Reader(source, dir == null ? Path.of("") : dir).ensemble(root);
    }

    /** A JSON value with its position: a map, list, text, number, boolean or null. */
    private record Node(String at, Object value) {
        String describe() {
            if (value instanceof Map) {
                return "an object";
            }
            if (value instanceof List) {
                return "a list";
            }
            if (value instanceof String s) {
                return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
            }
            return value == null ? "null" : String.valueOf(value);
        }
    }

    private static Node read(JsonParser parser) throws IOException {
        String at = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, read(parser));
                }
                return new Node(at, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new Node(at, items);
            }
            case VALUE_STRING -> {
                return new Node(at, parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new Node(at, parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(at, parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(at, parser.getBooleanValue());
            }
            default -> {
                return new Node(at, null);
            }
        }
    }

    private static String at(JsonLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }

    /** A file's text, strictly UTF-8 (a byte-order mark skipped). */
    static String text(Path file, String source, String what) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return utf8(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new ParkFileException(source + ": " + what + " does not exist: check the path"
                    + " (relative paths in an ensemble file start at the file's folder).");
        } catch (IOException e) {
            throw new ParkFileException(source + ": " + what + " cannot be read: "
                    + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes, String source) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ParkFileException(source + ": the file is not UTF-8: save it as UTF-8.");
        }
    }

    /** A bundled resource's text, or null if there is none of that name. */
    static String resource(String path, String source) {
        try (InputStream in = EnsembleFiles.class.getResourceAsStream(path)) {
            return in == null ? null : utf8(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new ParkFileException(source + ": cannot be read: " + e.getMessage());
        }
    }

    /** A park file or a bundled example park, by the name a scenario file gives. */
    static ParkSource parkByName(Path dir, String name) {
        Path path = dir.resolve(name);
        if (Files.isRegularFile(path)) {
            return ParkSource.json(path.toString(), text(path, path.toString(), "the park file"));
        }
        String text = name.contains("/") ? null : resource("/examples/" + name + ".json", name);
        if (text == null) {
            throw new ParkFileException(path + ": the park '" + name + "' is neither a file nor a"
                    + " bundled example (see 'symbiosis list').");
        }
        return ParkSource.json(name + ".json (bundled example)", text);
    }

    private static final class Reader {
        private final String source;
        private final Path dir;
        private final List<String> problems = new ArrayList<>();

        Reader(String source, Path dir) {
            this.source = source;
            this.dir = dir;
        }

        private void problem(Node node, String where, String message) {
            problems.add(source + ":" + (node == null ? "" : node.at() + ":") + " "
                    + (where.isEmpty() ? "" : where + ": ") + message);
        }

        private void fail() {
            if (!problems.isEmpty()) {
                throw new ParkFileException(problems);
            }
        }

        Ensemble ensemble(Node root) {
            if (root == null || !(root.value() instanceof Map)) {
                problem(root, "", root == null ? "the file is empty: give one JSON object with"
                        + " the fields " + TOP + "." : "the file must hold one JSON object,"
                        + " {...}, with the fields " + TOP + ", not " + root.describe() + ".");
                fail();
            }
            Map<String, Node> top = fields(root, "", TOP);
            String name = text(top, "name", "name", true);
            String description = text(top, "description", "description", false);
            Long seed = integer(top, "seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE);
            Long samples = integer(top, "samples", "samples", 0, PathwayRunner.MAX_SAMPLES);
            Long tornado = integer(top, "tornado", "tornado", 1, 9999);
            Map<String, ParkSource> parks = new LinkedHashMap<>();
            Node parkList = top.get("parks");
            for (Entry e : entries(parkList, "parks", PARK)) {
                NamedPark park = park(e);
                if (park != null && parks.put(park.id, park.source) != null) {
                    problem(e.node, e.where + ".id", "the park id '" + park.id + "' is given"
                            + " twice: give each park its own id.");
                }
            }
            Map<String, ScenarioEntry> scenarios = new LinkedHashMap<>();
            Node scenarioList = top.get("scenarios");
            if (scenarioList == null) {
                problem(root, "scenarios", "is missing: give the scenarios to run, such as"
                        + " [{\"id\": \"green\", \"file\": \"green.json\"}].");
            }
            for (Entry e : entries(scenarioList, "scenarios", SCENARIO)) {
                ScenarioEntry s = scenario(e);
                if (s != null && scenarios.put(s.id, s) != null) {
                    problem(e.node, e.where + ".id", "the scenario id '" + s.id + "' is given"
                            + " twice: give each scenario its own id.");
                }
            }
            fail();
            int defaultSamples = samples == null ? 0 : samples.intValue();
            List<EnsembleRun> runs = new ArrayList<>();
            Node runList = top.get("runs");
            if (runList == null) {
                for (ScenarioEntry s : scenarios.values()) {
                    if (parks.isEmpty()) {
                        runs.add(own(s, defaultSamples, 0, root, "scenarios"));
                    } else {
                        parks.forEach((id, park) -> runs.add(new EnsembleRun(id, s.id, park,
                                s.source, 0, defaultSamples)));
                    }
                }
            } else {
                List<Node> items = list(runList, "runs");
                for (int i = 0; i < items.size(); i++) {
                    String where = "runs[" + i + "]";
                    Node item = items.get(i);
                    if (!(item.value() instanceof Map)) {
                        problem(item, where, "a run must be an object such as {\"park\":"
                                + " \"north\", \"scenario\": \"green\"}, not " + item.describe()
                                + ".");
                        continue;
                    }
                    Map<String, Node> f = fields(item, where, RUN);
                    String parkId = text(f, "park", where + ".park", false);
                    String scenarioId = text(f, "scenario", where + ".scenario", true);
                    Long n = integer(f, "samples", where + ".samples", 0,
                            PathwayRunner.MAX_SAMPLES);
                    Long first = integer(f, "firstSample", where + ".firstSample", 0,
                            PathwayRunner.MAX_SAMPLES);
                    ScenarioEntry s = scenarioId == null ? null : scenarios.get(scenarioId);
                    if (scenarioId != null && s == null) {
                        problem(f.get("scenario"), where + ".scenario", "there is no scenario '"
                                + scenarioId + "'" + didYouMean(scenarioId, scenarios.keySet())
                                + "; the scenarios are " + scenarios.keySet() + ".");
                    }
                    ParkSource park = parkId == null ? null : parks.get(parkId);
                    if (parkId != null && park == null) {
                        problem(f.get("park"), where + ".park", "there is no park '" + parkId
                                + "'" + didYouMean(parkId, parks.keySet()) + "; the parks are "
                                + parks.keySet() + ".");
                    }
                    if (s == null || (parkId != null && park == null)) {
                        continue;
                    }
                    int count = n == null ? defaultSamples : n.intValue();
                    int from = first == null ? 0 : first.intValue();
                    try {
                        runs.add(park == null ? own(s, count, from, item, where)
                                : new EnsembleRun(parkId, s.id, park, s.source, from, count));
                    } catch (IllegalArgumentException e) {
                        problem(item, where, e.getMessage());
                    }
                }
            }
            fail();
            try {
                return new Ensemble(name, description, seed == null ? 1 : seed,
                        tornado == null ? null : tornado.intValue(), runs);
            } catch (IllegalArgumentException e) {
                problem(runList == null ? root : runList, runList == null ? "" : "runs",
                        e.getMessage());
                fail();
                throw e;
            }
        }

        /** A scenario on the park its own file names; the park's id is that name. */
        private EnsembleRun own(ScenarioEntry s, int samples, int from, Node node, String where) {
            if (s.ownPark == null) {
                problem(node, where, "the scenario '" + s.id + "' names no park of its own"
                        + " (its file has no \"park\" text): give the ensemble \"parks\".");
                return null;
            }
            String parkId = s.ownPark.replaceAll("\\.json$", "")
                    .replaceAll(".*/", "").replaceAll("[^A-Za-z0-9._-]", "-");
            ParkSource park;
            try {
                park = parkByName(s.dir, s.ownPark);
            } catch (ParkFileException e) {
                problem(node, where, "the scenario '" + s.id + "': " + e.getMessage());
                return null;
            }
            return new EnsembleRun(parkId.isEmpty() ? "park" : parkId, s.id, park, s.source,
                    from, samples);
        }

        private record Entry(Node node, String where, String id, Map<String, Node> fields) {
        }

        private record ScenarioEntry(String id, ScenarioSource source, String ownPark,
                Path dir) {
        }

        private List<Entry> entries(Node list, String where, List<String> allowed) {
            List<Entry> entries = new ArrayList<>();
            if (list == null) {
                return entries;
            }
            List<Node> items = list(list, where);
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String w = where + "[" + i + "]";
                if (!(item.value() instanceof Map)) {
                    problem(item, w, "must be an object such as {\"id\": \"north\", \"file\":"
                            + " \"north.json\"}, not " + item.describe() + ".");
                    continue;
                }
                Map<String, Node> f = fields(item, w, allowed);
                String id = text(f, "id", w + ".id", false);
                if (id != null) {
                    try {
                        Ensemble.checkId(id, where.equals("parks") ? "park" : "scenario");
                    } catch (IllegalArgumentException e) {
                        problem(f.get("id"), w + ".id", e.getMessage());
                        id = null;
                    }
                }
                entries.add(new Entry(item, w, id, f));
            }
            return entries;
        }

        private record NamedPark(String id, ParkSource source) {
        }

        /** One of file, example or synthetic: the source, and the id (or a default). */
        private NamedPark park(Entry e) {
            Map<String, Node> f = e.fields;
            int given = (f.containsKey("file") ? 1 : 0) + (f.containsKey("example") ? 1 : 0)
                    + (f.containsKey("synthetic") ? 1 : 0);
            if (given != 1) {
                problem(e.node, e.where, "give exactly one of \"file\" (a park file),"
                        + " \"example\" (a bundled park) or \"synthetic\" ({\"plants\": 100,"
                        + " \"seed\": 1}), not " + given + ".");
                return null;
            }
            String fallback;
            ParkSource park;
            try {
                if (f.containsKey("synthetic")) {
                    Node s = f.get("synthetic");
                    if (!(s.value() instanceof Map)) {
                        problem(s, e.where + ".synthetic", "must be an object such as"
                                + " {\"plants\": 100, \"seed\": 1}, not " + s.describe() + ".");
                        return null;
                    }
                    Map<String, Node> sf = fields(s, e.where + ".synthetic", SYNTHETIC);
                    Long plants = integer(sf, "plants", e.where + ".synthetic.plants", 10,
                            10_000_000);
                    Long seed = integer(sf, "seed", e.where + ".synthetic.seed", Long.MIN_VALUE,
                            Long.MAX_VALUE);
                    if (plants == null) {
                        if (!sf.containsKey("plants")) {
                            problem(s, e.where + ".synthetic.plants", "is missing: give the"
                                    + " number of plants, 10 or more.");
                        }
                        return null;
                    }
                    long sd = seed == null ? 1 : seed;
                    park = ParkSource.synthetic(plants.intValue(), sd);
                    fallback = "synthetic-" + plants + "-seed-" + sd;
                } else if (f.containsKey("file")) {
                    String file = text(f, "file", e.where + ".file", true);
                    if (file == null) {
                        return null;
                    }
                    Path path = dir.resolve(file);
                    park = ParkSource.json(path.toString(), EnsembleFiles.text(path,
                            path.toString(), "the park file"));
                    fallback = stem(file);
                } else {
                    String example = text(f, "example", e.where + ".example", true);
                    if (example == null) {
                        return null;
                    }
                    String text = example.contains("/") ? null
                            : resource("/examples/" + example + ".json", example);
                    if (text == null) {
                        problem(f.get("example"), e.where + ".example", "there is no bundled"
                                + " park '" + example + "' (see 'symbiosis list'); for a file"
                                + " write \"file\".");
                        return null;
                    }
                    park = ParkSource.json(example + ".json (bundled example)", text);
                    fallback = example;
                }
            } catch (ParkFileException ex) {
                problem(e.node, e.where, ex.getMessage());
                return null;
            }
            if (e.id == null) {
                return f.containsKey("id") ? null : new NamedPark(fallback, park);
            }
            return new NamedPark(e.id, park);
        }

        private ScenarioEntry scenario(Entry e) {
            Map<String, Node> f = e.fields;
            int given = (f.containsKey("file") ? 1 : 0) + (f.containsKey("example") ? 1 : 0);
            if (given != 1) {
                problem(e.node, e.where, "give exactly one of \"file\" (a scenario file) or"
                        + " \"example\" (a bundled scenario), not " + given + ".");
                return null;
            }
            String id = e.id;
            ScenarioSource source;
            Path scenarioDir;
            try {
                if (f.containsKey("file")) {
                    String file = text(f, "file", e.where + ".file", true);
                    if (file == null) {
                        return null;
                    }
                    Path path = dir.resolve(file);
                    source = new ScenarioSource(path.toString(), EnsembleFiles.text(path,
                            path.toString(), "the scenario file"));
                    scenarioDir = path.toAbsolutePath().getParent();
                    id = id == null && !f.containsKey("id") ? stem(file) : id;
                } else {
                    String example = text(f, "example", e.where + ".example", true);
                    if (example == null) {
                        return null;
                    }
                    String text = example.contains("/") ? null
                            : resource("/scenarios/" + example + ".json", example);
                    if (text == null) {
                        problem(f.get("example"), e.where + ".example", "there is no bundled"
                                + " scenario '" + example + "'; for a file write \"file\".");
                        return null;
                    }
                    source = new ScenarioSource(example + ".json (bundled scenario)", text);
                    scenarioDir = Path.of("").toAbsolutePath();
                    id = id == null && !f.containsKey("id") ? example : id;
                }
            } catch (ParkFileException ex) {
                problem(e.node, e.where, ex.getMessage());
                return null;
            }
            if (id == null) {
                return null;
            }
            return new ScenarioEntry(id, source, ownPark(source), scenarioDir);
        }

        /** The scenario file's "park" text, if it has one; its other faults are found later. */
        private static String ownPark(ScenarioSource source) {
            try {
                JsonNode park = new ObjectMapper().readTree(source.json()).get("park");
                return park != null && park.isTextual() ? park.asText() : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private Map<String, Node> fields(Node object, String where, List<String> allowed) {
            @SuppressWarnings("unchecked")
            Map<String, Node> fields = (Map<String, Node>) object.value();
            for (Map.Entry<String, Node> field : fields.entrySet()) {
                if (!allowed.contains(field.getKey())) {
                    problem(field.getValue(), where.isEmpty() ? field.getKey()
                            : where + "." + field.getKey(), "unknown field"
                            + didYouMean(field.getKey(), allowed) + "; the fields here are "
                            + allowed + ".");
                }
            }
            return fields;
        }

        @SuppressWarnings("unchecked")
        private List<Node> list(Node node, String where) {
            if (!(node.value() instanceof List)) {
                problem(node, where, "must be a list [...], not " + node.describe() + ".");
                return List.of();
            }
            return (List<Node>) node.value();
        }

        private String text(Map<String, Node> fields, String key, String where,
                boolean required) {
            Node node = fields.get(key);
            if (node == null) {
                if (required) {
                    problem(null, where, "is missing.");
                }
                return null;
            }
            if (!(node.value() instanceof String s) || s.isBlank()) {
                problem(node, where, "must be a text such as \"north\", not " + node.describe()
                        + ".");
                return null;
            }
            return s;
        }

        private Long integer(Map<String, Node> fields, String key, String where, long min,
                long max) {
            Node node = fields.get(key);
            if (node == null) {
                return null;
            }
            if (!(node.value() instanceof java.math.BigInteger b)) {
                problem(node, where, "must be a whole number from " + min + " to " + max
                        + ", not " + node.describe() + ".");
                return null;
            }
            if (b.compareTo(java.math.BigInteger.valueOf(min)) < 0
                    || b.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                problem(node, where, "(" + b + ") must be from " + min + " to " + max + ".");
                return null;
            }
            return b.longValue();
        }

        private static String stem(String file) {
            String name = Path.of(file).getFileName().toString();
            return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        }

        private static String didYouMean(String unknown, java.util.Collection<String> known) {
            String closest = Suggestions.closest(unknown, known);
            return closest == null ? "" : " (did you mean '" + closest + "'?)";
        }
    }
}
