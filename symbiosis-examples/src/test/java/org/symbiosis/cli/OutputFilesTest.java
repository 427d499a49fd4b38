package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, class 3: outputs are written all together or not at all. */
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFailureOnTheThirdFileLeavesNothingNewBehind() throws IOException {
        Files.writeString(dir.resolve("old.json"), "old");
        List<String> before = listing();
        UserException e = assertThrows(UserException.class, () -> {
            try (OutputFiles outputs = new OutputFiles("symbiosis run")) {
                OutputFiles.Target json = outputs.file("--json", dir.resolve("old.json"));
                OutputFiles.Target csv = outputs.directory("--csv", dir.resolve("a/b/csv"),
                        List.of("one.csv", "two.csv", "three.csv"));
                outputs.write(json, path -> Files.writeString(path, "new"));
                outputs.write(csv, staged -> {
                    Files.writeString(staged.resolve("one.csv"), "1");
                    Files.writeString(staged.resolve("two.csv"), "2");
                    throw new IOException("No space left on device");
                });
                outputs.commit();
            }
        });
        assertEquals("symbiosis run: cannot write --csv " + dir.resolve("a/b/csv") + " (No space"
                + " left on device): free some space or give a path on another disk; nothing was"
                + " written.",
                e.getMessage());
        assertEquals(before, listing());
        assertEquals("old", Files.readString(dir.resolve("old.json")));
    }

    @Test
    void aCommitMovesEveryOutputIntoPlaceAndReplacesOldFiles() throws IOException {
        Path csv = dir.resolve("csv");
        Files.createDirectory(csv);
        Files.writeString(csv.resolve("one.csv"), "old");
        Files.writeString(csv.resolve("keep.txt"), "keep");
        try (OutputFiles outputs = new OutputFiles("symbiosis run")) {
            OutputFiles.Target json = outputs.file("--json", dir.resolve("new/r.json"));
            OutputFiles.Target table = outputs.directory("--csv", csv, List.of("one.csv"));
            outputs.write(json, path -> Files.writeString(path, "{}"));
            outputs.write(table, staged -> Files.writeString(staged.resolve("one.csv"), "new"));
            assertFalse(Files.exists(dir.resolve("new/r.json")), "nothing in place before commit");
            outputs.commit();
        }
        assertEquals("{}", Files.readString(dir.resolve("new/r.json")));
        assertEquals("new", Files.readString(csv.resolve("one.csv")));
        assertEquals("keep", Files.readString(csv.resolve("keep.txt")));
        assertEquals(List.of("", "csv", "csv/keep.txt", "csv/one.csv", "new", "new/r.json"),
                listing());
    }

    @Test
    void rejectsClashingPathsBeforeAnyWork() {
        OutputFiles outputs = new OutputFiles("symbiosis run");
        outputs.file("--json", dir.resolve("x"));
        assertTrue(assertThrows(UserException.class, () -> outputs.directory("--csv",
                dir.resolve("x"), List.of("a.csv"))).getMessage().contains("--json and --csv"
                        + " both name " + dir.resolve("x")));
        OutputFiles nested = new OutputFiles("symbiosis run");
        nested.file("--json", dir.resolve("x"));
        assertTrue(assertThrows(UserException.class, () -> nested.file("--write-lp",
                dir.resolve("x/m.lp"))).getMessage().contains("to be a file and a directory at"
                        + " once"));
    }
}
