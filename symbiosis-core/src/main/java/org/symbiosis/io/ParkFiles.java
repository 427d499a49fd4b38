package org.symbiosis.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symbiosis.io.ParkJson.CarrierJson;
import org.symbiosis.io.ParkJson.LinkJson;
import org.symbiosis.io.ParkJson.MarketJson;
import org.symbiosis.io.ParkJson.PlantJson;
import org.symbiosis.model.InvalidParkException;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.internal.Suggestions;

/**
 * Reads and writes park files (JSON, see docs/park-format.md). Reading collects every problem and
 * throws one {@link ParkFileException} whose lines start with {@code file:line:column}; nothing
 * half-read is returned. Writing then reading gives an equal park. Cost: O(file size).
 */
public final class ParkFiles {

    private static final List<String> TOP_LEVEL =
            List.of("name", "description", "carriers", "plants", "links", "markets",
                    "targets", "reported", "measures", "candidates", "finance", "accounting",
                    "accepts");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonInput.FACTORY)
            .addModule(new SimpleModule("strict-scalars")
                    .addDeserializer(Double.class, new FiniteDoubleDeserializer())
                    .addDeserializer(String.class, new StrictDeserializer<>(String.class,
                            JsonToken.VALUE_STRING, JsonToken.VALUE_STRING))
                    .addDeserializer(Boolean.class, new StrictDeserializer<>(Boolean.class,
                            JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE)))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ParkFiles() {
    }

    /**
     * Reads the park file at {@code file}.
     *
     * @param file a park file, UTF-8 JSON; its path as given names it in messages
     * @return the park, with the position of each element in the file
     * @throws ParkFileException if the file is missing, unreadable, a directory or not UTF-8,
     *                           is not valid JSON within the reader's limits, does not follow
     *                           the park format, or holds a park that breaks a rule or a measure
     *                           that names nothing in it; each line gives the position, the
     *                           element and the fix
     */
    public static ParkFile read(Path file) {
        ElementReader elements = new ElementReader(file.toString());
        JsonInput.read(file, elements::readTop, elements::describe);
        return elements.build();
    }

    /**
     * Reads a park file from a stream (a bundled resource, say); {@code source} names it. The
     * stream is read to the end of the park's JSON and left open: closing it is the caller's.
     *
     * @param in     the file's bytes, UTF-8
     * @param source the name messages give the file, e.g. a resource path
     * @return the park, with the position of each element in the file
     * @throws ParkFileException if the stream cannot be read or is not UTF-8, is not valid JSON
     *                           within the reader's limits, does not follow the park format, or
     *                           holds a park that breaks a rule or a measure that names nothing
     *                           in it; each line gives the position, the element and the fix
     */
    public static ParkFile read(InputStream in, String source) {
        ElementReader elements = new ElementReader(source);
        JsonInput.read(in, source, elements::readTop, elements::describe);
        return elements.build();
    }

    /**
     * Reads a park from JSON text; {@code source} names it in messages.
     *
     * @param json   the text of a park file; a leading byte-order mark is skipped
     * @param source the name messages give the text
     * @return the park, with the position of each element in the text
     * @throws ParkFileException if the text is not valid JSON within the reader's limits, does not
     *                           follow the park format, or holds a park that breaks a rule or a
     *                           measure that names nothing in it; each line gives the position,
     *                           the element and the fix
     */
    public static ParkFile parse(String json, String source) {
        ElementReader elements = new ElementReader(source);
        JsonInput.read(json, source, elements::readTop, elements::describe);
        return elements.build();
    }

    /**
     * The park as a park file, pretty-printed. Reading it back gives an equal park. For a large
     * park use {@link #write(Park, Path)}, which streams: a string holds the whole file.
     *
     * @param park the park
     * @return the JSON text, ending in a line break
     * @throws IllegalStateException if the park cannot be written as JSON (a bug, not an input
     *                               error)
     */
    public static String toJson(Park park) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(ParkConversion.toJson(park), out);
        } catch (IOException e) {
            throw new IllegalStateException("A park could not be written as JSON: " + park, e);
        }
        return out.toString();
    }

    /**
     * Writes the park to {@code file} as UTF-8, replacing it, as {@link #toJson} gives it,
     * element by element: the memory this needs beyond the park does not grow with it.
     *
     * @param park the park
     * @param file the file to create or replace; its directory must exist
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Park park, Path file) {
        write(park, park.plants().values(), park.links().values(), file);
    }

    /**
     * Writes a park file from parts, streaming, for parks too large to build in memory: the
     * name, description, carriers, markets and every other section of {@code frame}, with
     * {@code plants} and {@code links} in place of the frame's own (usually none). Each plant
     * and link is converted when it is written, so the iterables may produce them on the fly
     * ({@code SyntheticParks.write} does). Nothing is checked here: reading the file checks the
     * whole park, as for any file. Cost: O(file size) time, O(one element) memory beyond the
     * frame and the iterables.
     *
     * @param frame  the park's other sections
     * @param plants the plants, in file order
     * @param links  the links, in file order
     * @param file   the file to create or replace; its directory must exist
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Park frame, Iterable<org.symbiosis.model.Plant> plants,
            Iterable<org.symbiosis.model.Link> links, Path file) {
        try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(ParkConversion.toJson(frame, plants, links), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the park to " + file, e);
        }
    }

    /** Writes a file's records, indented, with a final newline; leaves {@code out} open. */
    private static void write(ParkConversion.ParkFileJson json, java.io.Writer out)
            throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature
                .AUTO_CLOSE_TARGET).writeValue(out, json);
        out.write('\n');
        out.flush();
    }

    static String locate(String source, String position) {
        return position == null ? source + ": " : source + ":" + position + ": ";
    }

    private static String position(JsonLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }

    /** Streams the top-level object and reads each element with its position. */
    private static final class ElementReader {
        private final String source;
        private final Park.Builder builder = Park.builder();
        private final Positions positions = new Positions();
        private final List<String> problems = new ArrayList<>();
        private final ParkConversion conversion = new ParkConversion();
        /** What is being read, for messages: a field, and the index in its list or -1. */
        private String contextField = "";
        private int contextIndex = -1;

        ElementReader(String source) {
            this.source = source;
        }

        /** {@code links[3]}, {@code finance}, or empty between fields. */
        private String context() {
            return contextIndex < 0 ? contextField : contextField + "[" + contextIndex + "]";
        }

        String describe(JsonProcessingException e, String at) {
            return ParkFiles.describe(e, at, context());
        }

        Void readTop(JsonParser parser) throws IOException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ParkFileException(locate(source, first == null ? null
                        : position(parser.currentTokenLocation()))
                        + (first == null ? "the file is empty." : "the file must hold one JSON"
                                + " object, {...}, with the fields " + TOP_LEVEL + "."));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                switch (field) {
                    case "name" -> builder.name(text(parser, field));
                    case "description" -> builder.description(text(parser, field));
                    case "carriers" -> readArray(parser, field, CarrierJson.class,
                            CarrierJson::id, "carrier", conversion::carrier, builder::carrier);
                    case "plants" -> readArray(parser, field, PlantJson.class, PlantJson::id,
                            "plant", conversion::plant, builder::plant);
                    case "links" -> readArray(parser, field, LinkJson.class, LinkJson::id, "link",
                            conversion::link, builder::link);
                    case "markets" -> readArray(parser, field, MarketJson.class,
                            MarketJson::carrier, "market", conversion::market, builder::market);
                    case "targets" -> readArray(parser, field, ParkJson.TargetJson.class,
                            ParkJson.TargetJson::id, "target", conversion::target,
                            builder::target);
                    case "reported" -> readArray(parser, field, ParkJson.ReportedJson.class,
                            ParkJson.ReportedJson::id, "reported figure", conversion::reported,
                            builder::reported);
                    case "accepts" -> readArray(parser, field, ParkJson.AcceptJson.class,
                            ParkJson.AcceptJson::element, "accepted warning", conversion::accept,
                            builder::accept);
                    case "accounting" -> readObject(parser, at, field, "{\"ccu\": \"emitter\"}",
                            ParkJson.AccountingJson.class, conversion::accounting,
                            builder::accounting);
                    case "candidates" -> readArray(parser, field, ParkJson.CandidateJson.class,
                            ParkJson.CandidateJson::element, "candidate", conversion::candidate,
                            builder::candidate);
                    case "finance" -> readObject(parser, at, field, "{\"discountRate\": 0.03,"
                            + " \"currency\": \"USD\"}", ParkJson.FinanceJson.class,
                            conversion::finance, builder::finance);
                    case "measures" -> readArray(parser, field, ParkJson.MeasureJson.class,
                            ParkJson.MeasureJson::id, "measure", conversion::measure,
                            builder::measure);
                    default -> throw new ParkFileException(locate(source, position(at))
                            + "unknown field '" + field + "' at the top level" + didYouMean(field,
                            TOP_LEVEL) + ". Known fields: " + TOP_LEVEL + ".");
                }
            }
            contextField = "";
            contextIndex = -1;
            if (parser.nextToken() != null) {
                throw new ParkFileException(locate(source, position(
                        parser.currentTokenLocation())) + "unexpected content after the park"
                        + " object: a park file holds exactly one object.");
            }
            return null;
        }

        /**
         * A top-level object read into {@code type}, converted and added: {@code "finance":
         * {...}} or {@code "accounting": {...}}. A conversion error is a problem at its position.
         */
        private <J, T> void readObject(JsonParser parser, JsonLocation at, String field,
                String example, Class<J> type, Function<J, T> convert,
                java.util.function.Consumer<T> add) throws IOException {
            contextField = field;
            contextIndex = -1;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new ParkFileException(locate(source, position(at)) + "the field '" + field
                        + "' must be an object, " + example + ".");
            }
            J json = MAPPER.readValue(parser, type);
            try {
                add.accept(convert.apply(json));
            } catch (IllegalArgumentException e) {
                problems.add(locate(source, position(at)) + e.getMessage());
            }
        }

        private String text(JsonParser parser, String field) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new ParkFileException(locate(source, position(
                        parser.currentTokenLocation())) + "the field '" + field
                        + "' must be a text in double quotes.");
            }
            return parser.getText();
        }

        private <J, T> void readArray(JsonParser parser, String field, Class<J> type,
                Function<J, String> idOf, String kind, Function<J, T> convert,
                java.util.function.Consumer<T> add) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new ParkFileException(locate(source, position(
                        parser.currentTokenLocation())) + "the field '" + field
                        + "' must be a list, [ {...}, {...} ].");
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                contextField = field;
                contextIndex = index;
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new ParkFileException(locate(source, position(at)) + context()
                            + " must be an object, {...}.");
                }
                J json = MAPPER.readValue(parser, type);
                String id = idOf.apply(json);
                if (id == null) {
                    positions.putIfAbsent(kind + " '" + context() + "'", position(at));
                } else {
                    positions.putIfAbsent(kind, id, at.getLineNr(), at.getColumnNr());
                }
                if (json instanceof PlantJson plant && plant.processes() != null) {
                    for (ParkJson.ProcessJson process : plant.processes()) {
                        if (process != null && process.id() != null) {
                            positions.putIfAbsent("process", process.id(), at.getLineNr(),
                                    at.getColumnNr());
                        }
                    }
                }
                try {
                    add.accept(convert.apply(json));
                } catch (IllegalArgumentException | NullPointerException e) {
                    String element = kind + " '" + (id == null ? context() : id) + "'";
                    problems.add(locate(source, position(at)) + withElement(e.getMessage(),
                            element));
                }
                index++;
            }
        }

        ParkFile build() {
            if (!problems.isEmpty()) {
                throw new ParkFileException(problems);
            }
            try {
                Park park = builder.build();
                List<String> measureProblems = new ArrayList<>();
                for (org.symbiosis.model.Measure measure : park.measures()) {
                    try {
                        org.symbiosis.pathway.MeasureEffects.without(park, measure);
                    } catch (IllegalArgumentException e) {
                        measureProblems.add(locate(source, positions.get("measure '"
                                + measure.id() + "'")) + e.getMessage());
                    }
                }
                if (!measureProblems.isEmpty()) {
                    throw new ParkFileException(measureProblems);
                }
                return new ParkFile(park, source, positions);
            } catch (InvalidParkException e) {
                List<String> lines = new ArrayList<>();
                for (ParkIssue issue : e.errors()) {
                    lines.add(locate(source, positions.get(issue.element())) + issue.message());
                }
                throw new ParkFileException(lines);
            }
        }
    }

    /** Adds the element to a record's message when the message does not name it already. */
    private static String withElement(String message, String element) {
        if (message == null) {
            return element + ": a required field is missing.";
        }
        String id = element.substring(element.indexOf('\''));
        return message.contains(id) ? message : element + ": " + message;
    }

    /** A mapping error inside an element, or null for {@link JsonInput}'s generic ones. */
    private static String describe(JsonProcessingException e, String at, String context) {
        String where = context.isEmpty() ? "" : context + pathOf(e) + ": ";
        if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage())
                .startsWith("Unexpected end-of-input")) {
            return at + "the file ends too early, inside " + (context.isEmpty() ? "the park"
                    : context) + ": it looks truncated. Check that every '{' and '[' is closed.";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.toList());
            return at + (context.isEmpty() ? "" : context + pathOf(e, 1) + ": ")
                    + "unknown field '" + u.getPropertyName() + "'"
                    + didYouMean(u.getPropertyName(), known) + ". Known fields: " + known + ".";
        }
        if (e instanceof NotFiniteException f) {
            return at + where + "the number " + f.getValue() + " is beyond the range this tool"
                    + " computes in (about -1.8e308 to 1.8e308): write a smaller number, and"
                    + " leave a capacity out for \"unlimited\".";
        }
        if (e instanceof InvalidFormatException f) {
            return at + where + "the value " + quote(f.getValue()) + " is not " + expected(
                    f.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException m) {
            return at + where + "expected " + expected(m.getTargetType()) + " here"
                    + plain(m.getOriginalMessage()) + ".";
        }
        if (e instanceof JsonMappingException) {
            String plain = plain(e.getOriginalMessage());
            return at + where + (plain.isEmpty() ? "this value does not fit the park format"
                    + " (docs/park-format.md)." : plain.substring(2) + ".");
        }
        return null;
    }

    /** Reads every number of a park file as a double, rejecting those beyond its range. */
    private static final class FiniteDoubleDeserializer
            extends NumberDeserializers.DoubleDeserializer {
        private static final long serialVersionUID = 1L;

        FiniteDoubleDeserializer() {
            super(Double.class, null);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String text = parser.getText();
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new NotFiniteException(parser, text);
            }
            return value;
        }
    }

    /**
     * Reads a text or a boolean only from its own tokens: a number is not a text (an id of 7)
     * and a text is not a boolean ("yes"), whatever Jackson would coerce.
     */
    private static final class StrictDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final JsonToken first;
        private final JsonToken second;

        StrictDeserializer(Class<T> type, JsonToken first, JsonToken second) {
            super(type);
            this.first = first;
            this.second = second;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            if (parser.hasToken(first) || parser.hasToken(second)) {
                return (T) (handledType() == Boolean.class
                        ? Boolean.valueOf(parser.getBooleanValue()) : parser.getText());
            }
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
    }

    /** A number whose value is beyond the range of a double (1e309, say). */
    private static final class NotFiniteException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        NotFiniteException(JsonParser parser, String text) {
            super(parser, "The number " + text + " is too large", text, Double.class);
        }
    }

    private static String pathOf(JsonProcessingException e) {
        return pathOf(e, 0);
    }

    /** The field path inside the element, leaving off the last {@code drop} references. */
    private static String pathOf(JsonProcessingException e, int drop) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        List<JsonMappingException.Reference> path = m.getPath();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size() - drop; i++) {
            JsonMappingException.Reference r = path.get(i);
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Double.class || type == double.class) {
            return "a number (write numbers without quotes; NaN and Infinity are not allowed)";
        }
        if (type == String.class) {
            return "a text in double quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list, [...]";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object of carrier ids and numbers, {\"coal\": 0.35}";
        }
        return "an object, {...}";
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    /**
     * {@code ": "} and the parser's message when it is plain words, or empty when it speaks of
     * Java types (which mean nothing to the user).
     */
    private static String plain(String message) {
        String line = JsonInput.firstLine(message);
        return line.isEmpty() || line.contains("`") || line.contains("java.") ? "" : ": " + line;
    }

    static String didYouMean(String unknown, List<String> known) {
        String closest = Suggestions.closest(unknown, known);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }
}
