package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: the bad-input corpus ({@code src/test/resources/bad-inputs/cases.tsv}) through the
 * command-line entry point. Each case names its expected exit code and a word its message must
 * contain; every case also must not exit with 2, print a stack trace or a parser's internals,
 * and after a failure must leave no new file behind.
 */
class BadInputCorpusTest {

    private static final String CORPUS = "/bad-inputs/";
    /** Text that means a stack trace or parser internals reached the user. */
    private static final List<String> INTERNALS = List.of("\tat ", "Exception", "[Source",
            "StreamReadConstraints", "Input length", "This is a bug", "internal error",
            "java.", "`");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS
                + "cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(4, f.length, "four tab-separated fields: " + line);
                cases.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2], f[3]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithOneClearMessage(String name, int exit, String word, String arguments,
            @TempDir Path dir) throws IOException, URISyntaxException {
        Path corpus = Path.of(BadInputCorpusTest.class.getResource(CORPUS).toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        Files.createDirectory(dir.resolve("adir"));
        Files.createFile(dir.resolve("afile"));
        if (arguments.contains("@long-text.json")) {
            String chain = Files.readString(dir.resolve("chain.json"));
            Files.writeString(dir.resolve("long-text.json"), chain.replace("\"name\": \"chain\"",
                    "\"name\": \"chain\", \"description\": \"" + "x".repeat(1_000_001) + "\""));
        }
        String[] args = arguments.split(" ");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("@")) {
                args[i] = dir.resolve(args[i].substring(1)).toString();
            } else if (args[i].matches("/(dev|proc|sys)/.*")) {
                Assumptions.assumeTrue(Files.exists(Path.of(args[i]).getParent()),
                        "needs " + Path.of(args[i]).getParent());
            }
        }
        Set<String> before = listing(dir);

        CliRun run = CliRun.of(args);

        String context = name + ": exit " + run.exitCode() + "\nout: " + run.out() + "\nerr: "
                + run.err();
        assertNotEquals(2, run.exitCode(), context);
        assertEquals(exit, run.exitCode(), context);
        assertTrue((exit == 0 ? run.out() : run.err()).contains(word), "'" + word + "' in "
                + context);
        for (String internal : INTERNALS) {
            assertFalse(run.err().contains(internal), "'" + internal + "' in " + context);
        }
        Set<String> after = listing(dir);
        assertTrue(after.stream().noneMatch(f -> f.contains(".symbiosis-")),
                "temporary files left: " + after);
        if (exit != 0) {
            assertEquals(before, after, "a failed run leaves nothing new behind: " + context);
            assertEquals("", run.out(), "a failed run prints no report: " + context);
        }
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).collect(
                    TreeSet::new, Set::add, Set::addAll);
        }
    }
}
