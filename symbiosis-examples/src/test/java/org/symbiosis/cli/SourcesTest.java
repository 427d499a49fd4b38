package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sources live inside the project: every figure an example or doc cites is a row of
 * docs/sources.md, cited as {@code docs/sources.md#ID}, and nothing points outside the repository
 * (a user of the released tool has only the repository).
 */
class SourcesTest {

    /** Built from parts so that this file does not match itself. */
    private static final List<String> OUTSIDE = List.of("../" + "shared",
            "REFERENCE" + ".md", "REFERENCE" + "-lifecycle.md");

    private static final Pattern CITATION =
            Pattern.compile("docs/sources\\.md#([a-z0-9][a-z0-9_-]*)");

    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([A-Za-z0-9_-]+)\"></a>");

    /** The repository's root: the directory above this module holding the parent pom. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("symbiosis-core"))) {
                return p;
            }
        }
        throw new AssertionError("No repository root above " + dir);
    }

    /** The repository's text files: tracked ones by git, else every file outside target/. */
    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try {
            java.lang.Process git = new ProcessBuilder("git", "ls-files", "-z")
                    .directory(root.toFile()).redirectErrorStream(false).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (git.waitFor() == 0 && out.length > 0) {
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    Path file = root.resolve(name);
                    if (!name.isEmpty() && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                }
                return files;
            }
        } catch (IOException | InterruptedException e) {
            // no git: walk the tree instead
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().matches(
                            "(.*/)?(target|\\.git)(/.*)?|\\.git"))
                    .forEach(files::add);
        }
        return files;
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static Set<String> anchors(Path root) throws IOException {
        Set<String> anchors = new TreeSet<>();
        Matcher m = ANCHOR.matcher(text(root.resolve("docs/sources.md")));
        while (m.find()) {
            assertTrue(anchors.add(m.group(1)), "anchor " + m.group(1) + " given twice");
        }
        return anchors;
    }

    @Test
    void noFileLinksOutsideTheRepository() throws IOException {
        Path root = root();
        List<String> found = new ArrayList<>();
        List<Path> files = files(root);
        assertTrue(files.size() > 100, "too few files found: " + files.size());
        for (Path file : files) {
            String text = text(file);
            for (String outside : OUTSIDE) {
                if (text.contains(outside)) {
                    found.add(root.relativize(file) + " contains '" + outside + "'");
                }
            }
        }
        assertEquals(List.of(), found, "cite docs/sources.md#ID instead");
    }

    @Test
    void everyCitedRowExists() throws IOException {
        Path root = root();
        Set<String> anchors = anchors(root);
        assertTrue(anchors.size() > 100, "rows in docs/sources.md: " + anchors.size());
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : files(root)) {
            Matcher m = CITATION.matcher(text(file));
            while (m.find()) {
                citations++;
                if (!anchors.contains(m.group(1))) {
                    missing.add(root.relativize(file) + ": docs/sources.md#" + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "rows cited but not in docs/sources.md");
        assertTrue(citations > 100, "citations found: " + citations);
    }

    /** Each bundled example's notes cite rows of docs/sources.md, all of which exist. */
    @Test
    void everyBundledExampleCitesRowsThatExist() throws IOException {
        Set<String> anchors = anchors(root());
        List<String> names = new ArrayList<>();
        ParkSources.examples().forEach(e -> names.add("/examples/" + e.name() + ".json"));
        ParkSources.scenarios().forEach(e -> names.add("/scenarios/" + e.name() + ".json"));
        assertFalse(names.isEmpty());
        for (String name : names) {
            String json;
            try (InputStream in = SourcesTest.class.getResourceAsStream(name)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = CITATION.matcher(json);
            int cited = 0;
            while (m.find()) {
                cited++;
                assertTrue(anchors.contains(m.group(1)), name + " cites docs/sources.md#"
                        + m.group(1) + ", which is not a row there");
            }
            assertTrue(cited > 0, name + " cites no row of docs/sources.md");
        }
    }
}
