package org.symbiosis.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree whose every value remembers where it starts ({@code line:column}),
 * for readers that check a document after parsing it and still report each problem at its
 * position. Read through {@link JsonInput}, so the parser's limits and checks apply. O(document).
 */
final class JsonTree {

    private JsonTree() {
    }

    /** A value and its position. */
    sealed interface Node permits Obj, Arr, Scalar {
        /** {@code line:column} of the value's first character. */
        String at();

        /** What kind of value it is, for messages: "an object", "a list", "the text \"x\"". */
        String describe();
    }

    /** An object: its fields in file order, and where each field's name stands. */
    record Obj(String at, Map<String, Node> fields, Map<String, String> nameAt) implements Node {
        Obj {
            fields = Collections.unmodifiableMap(fields);
            nameAt = Collections.unmodifiableMap(nameAt);
        }

        @Override
        public String describe() {
            return "an object, {...}";
        }
    }

    /** A list. */
    record Arr(String at, List<Node> items) implements Node {
        Arr {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list, [...]";
        }
    }

    /**
     * A text, number, true, false or null: its token and its text as written (numbers keep
     * every digit, so that a reader can check their range).
     */
    record Scalar(String at, JsonToken token, String text) implements Node {
        boolean isText() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }

        @Override
        public String describe() {
            return switch (token) {
                case VALUE_STRING -> "the text \"" + shorten(text) + "\"";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> text;
                default -> "the number " + shorten(text);
            };
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * Reads one whole document: exactly one value, then the end of the input.
     *
     * @return the root, or null for an empty document
     */
    static Node readDocument(JsonParser parser, String source) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        Node root = read(parser);
        if (parser.nextToken() != null) {
            throw new ParkFileException(ParkFiles.locate(source, position(
                    parser.currentTokenLocation())) + "unexpected content after the first"
                    + " value: the file holds exactly one object, {...}. Check for an extra"
                    + " '}' or ']' or a second object.");
        }
        return root;
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    private static Node read(JsonParser parser) throws IOException {
        String at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, String> nameAt = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                nameAt.put(name, position(parser.currentTokenLocation()));
                parser.nextToken();
                fields.put(name, read(parser));
            }
            return new Obj(at, fields, nameAt);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser));
            }
            return new Arr(at, items);
        }
        return new Scalar(at, token, parser.getText());
    }

    static String position(JsonLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }
}
