package org.symbiosis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The JSON layer both file readers share: one parser configuration with the documented limits,
 * a strict UTF-8 check with positions, and the translation of every parser failure into a
 * {@link ParkFileException} line {@code file:line:column: what is wrong and the fix}, so that no
 * parser internals reach the user.
 *
 * <p>Limits (docs/park-format.md, "Limits"): a number at most {@value #MAX_NUMBER_LENGTH}
 * characters, a text at most {@value #MAX_STRING_LENGTH} characters, nesting at most
 * {@value #MAX_NESTING_DEPTH} levels. Files are UTF-8; a UTF-8 byte-order mark is accepted and
 * skipped; UTF-16, UTF-32, Latin-1 and other encodings are rejected at the first byte that is not
 * UTF-8.
 */
final class JsonInput {

    /** Longest number, in characters (a double needs at most 25). */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Longest text (id, name, note, description), in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Deepest nesting of objects and lists (a park file needs 5, a scenario 5). */
    static final int MAX_NESTING_DEPTH = 100;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .build();

    private JsonInput() {
    }

    /** What a reader does with an open parser. */
    interface Body<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Describes a parser failure the reader itself does not recognise (mapping errors, say);
     * returns null to fall back to the generic descriptions here.
     */
    interface Describer {
        String describe(JsonProcessingException e, String at);
    }

    /** Reads {@code file}; a missing, unreadable or non-file path is a ParkFileException. */
    static <T> T read(Path file, Body<T> body, Describer describer) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ParkFileException(source + ": is a directory, not a file. Give the path of"
                    + " a JSON file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, body, describer);
        } catch (NoSuchFileException e) {
            throw new ParkFileException(source + ": no such file. Check the path, or run"
                    + " 'symbiosis list' for the bundled examples.");
        } catch (AccessDeniedException e) {
            throw new ParkFileException(source + ": permission denied. Make the file readable"
                    + " (chmod +r) or copy it somewhere you can read.");
        } catch (IOException e) {
            throw new ParkFileException(source + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Reads a stream of UTF-8 bytes, leaving it open; {@code source} names it in messages. */
    static <T> T read(InputStream in, String source, Body<T> body, Describer describer) {
        Utf8Check checked = new Utf8Check(in);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(checked);
            return body.read(parser);
        } catch (NotUtf8Exception e) {
            throw new ParkFileException(ParkFiles.locate(source, e.line + ":" + e.column)
                    + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new ParkFileException(describe(e, parser, source, describer));
        } catch (IOException e) {
            throw new ParkFileException(source + ": cannot be read (" + e.getMessage() + ").");
        } finally {
            close(parser);
        }
    }

    /** Reads JSON text; a leading byte-order mark is skipped as in files. */
    static <T> T read(String json, String source, Body<T> body, Describer describer) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(new StringReader(text));
            return body.read(parser);
        } catch (JsonProcessingException e) {
            throw new ParkFileException(describe(e, parser, source, describer));
        } catch (IOException e) {
            throw new ParkFileException(source + ": cannot be read (" + e.getMessage() + ").");
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing was written; a failure to close a reader loses nothing
            }
        }
    }

    /** {@code file:line:column: }, from the exception or else from where the parser stands. */
    static String at(JsonProcessingException e, JsonParser parser, String source) {
        JsonLocation location = e.getLocation();
        if ((location == null || location.getLineNr() < 1) && parser != null) {
            location = parser.currentLocation();
        }
        return ParkFiles.locate(source, location == null || location.getLineNr() < 1 ? null
                : location.getLineNr() + ":" + location.getColumnNr());
    }

    private static String describe(JsonProcessingException e, JsonParser parser, String source,
            Describer describer) {
        String at = at(e, parser, source);
        if (e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof com.fasterxml.jackson.databind.JsonMappingException)) {
            return at + syntax(cause);
        }
        String own = describer == null ? null : describer.describe(e, at);
        return own != null ? own : at + syntax(e);
    }

    /** The generic description of a parser failure: what is wrong here and the fix. */
    static String syntax(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Number")) {
                return String.format(Locale.ROOT, "a number longer than %d characters: write it"
                        + " with at most 17 significant digits and an exponent, such as"
                        + " 1.2345e6.", MAX_NUMBER_LENGTH);
            }
            if (original.startsWith("String")) {
                return String.format(Locale.ROOT, "a text longer than %,d characters: shorten it"
                        + " (notes and descriptions are meant for a source or a sentence).",
                        MAX_STRING_LENGTH);
            }
            if (original.startsWith("Document nesting")) {
                return String.format(Locale.ROOT, "objects and lists nested more than %d levels"
                        + " deep: the format needs at most 5; check the brackets.",
                        MAX_NESTING_DEPTH);
            }
            return "the file exceeds a limit of the reader: " + firstLine(original) + ".";
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the file ends too early: it looks truncated. Check that every '{' and '[' is"
                    + " closed.";
        }
        if (original.startsWith("Unexpected close marker")) {
            char marker = original.length() > 25 ? original.charAt(25) : '}';
            return "'" + marker + "' closes nothing that is open here: remove it, or check the"
                    + " brackets before it.";
        }
        if (original.startsWith("Duplicate field")) {
            return "the field " + between(original, "'", "'") + " appears twice in one object:"
                    + " keep one.";
        }
        if (original.startsWith("Non-standard token")) {
            return "the value " + between(original, "'", "'") + " is not a number a file may"
                    + " hold: write a plain number (leave a capacity out for unlimited).";
        }
        if (original.contains("Illegal unquoted character")) {
            return "a control character (a tab or a line break) inside a text: write it as \\t"
                    + " or \\n, or remove it.";
        }
        return "the file is not valid JSON: " + firstLine(original) + ".";
    }

    /** The part of {@code text} between the first {@code open} and the next {@code close}. */
    private static String between(String text, String open, String close) {
        int a = text.indexOf(open);
        int b = a < 0 ? -1 : text.indexOf(close, a + 1);
        return a < 0 || b < 0 ? "" : text.substring(a, b + 1);
    }

    /** The first line of a parser message, without the parser's own source descriptions. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        for (String cut : new String[] {" (for root starting at", " (for Object starting at",
            " (for Array starting at", " at [Source", "[Source"}) {
            int i = line.indexOf(cut);
            if (i >= 0) {
                line = line.substring(0, i);
            }
        }
        line = line.replaceAll(": was expecting .*", "").trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** A byte that is not UTF-8, at a position. */
    private static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        NotUtf8Exception(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Passes bytes through while checking that they are UTF-8 (no overlong forms, no surrogates,
     * no zero bytes), counting lines and characters for the position of the first bad byte.
     * Skips a UTF-8 byte-order mark. O(bytes).
     */
    private static final class Utf8Check extends FilterInputStream {
        private boolean started;
        private long line = 1;
        private long column = 1;
        /** Continuation bytes still expected, and the bounds of the next one. */
        private int pending;
        private int lowNext = 0x80;
        private int highNext = 0xBF;
        /** The column of the character being read, for a cut-short multi-byte character. */
        private long leadColumn;

        Utf8Check(InputStream in) {
            super(new BufferedInputStream(in, 1 << 16));
        }

        /**
         * Leaves the underlying stream open: it belongs to the caller (a file is closed by the
         * reader that opened it).
         */
        @Override
        public void close() {
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
            int n = in.read(b, off, len);
            if (n < 0) {
                if (pending > 0) {
                    throw notUtf8("the file ends inside a multi-byte character", -1);
                }
                return n;
            }
            for (int i = off; i < off + n; i++) {
                check(b[i] & 0xFF);
            }
            return n;
        }

        private void skipByteOrderMark() throws IOException {
            in.mark(4);
            byte[] head = new byte[4];
            int n = in.readNBytes(head, 0, 4);
            in.reset();
            int b0 = n > 0 ? head[0] & 0xFF : -1;
            int b1 = n > 1 ? head[1] & 0xFF : -1;
            if (b0 == 0xEF && b1 == 0xBB && n > 2 && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                throw new NotUtf8Exception("the file starts with a UTF-16 byte-order mark (BOM):"
                        + " it is UTF-16, and park and scenario files are UTF-8. Save it as"
                        + " UTF-8 (for example: iconv -f UTF-16 -t UTF-8 in.json > out.json).",
                        1, 1);
            }
        }

        private void check(int b) throws IOException {
            if (pending > 0) {
                if (b < lowNext || b > highNext) {
                    column = leadColumn;
                    throw notUtf8("a multi-byte character is cut short", b);
                }
                lowNext = 0x80;
                highNext = 0xBF;
                pending--;
                return;
            }
            if (b == 0) {
                throw new NotUtf8Exception("the file holds a zero byte: it is UTF-16, UTF-32 or"
                        + " not text at all, and park and scenario files are UTF-8 text. Save it"
                        + " as UTF-8.", line, column);
            }
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                return;
            }
            leadColumn = column;
            column++;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                lowNext = b == 0xE0 ? 0xA0 : 0x80;
                highNext = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                lowNext = b == 0xF0 ? 0x90 : 0x80;
                highNext = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                column--;
                throw notUtf8("a byte that cannot start a UTF-8 character", b);
            }
        }

        private NotUtf8Exception notUtf8(String what, int b) {
            return new NotUtf8Exception(String.format(Locale.ROOT, "the file is not UTF-8 text:"
                    + " %s%s. It was probably saved as Latin-1 or Windows-1252; park and"
                    + " scenario files are UTF-8. Save it as UTF-8 (for example: iconv -f"
                    + " LATIN1 -t UTF-8 in.json > out.json).", what,
                    b < 0 ? "" : String.format(Locale.ROOT, " (byte 0x%02X)", b)), line, column);
        }
    }
}
