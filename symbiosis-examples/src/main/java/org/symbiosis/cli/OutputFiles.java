package org.symbiosis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one command writes, as a transaction shared by {@code run}, {@code optimize} and
 * {@code pathway}:
 *
 * <ol>
 *   <li>each output is declared with its option before any computation, and its path is checked
 *       then (a directory where a file belongs, a file where a directory belongs, a parent that
 *       cannot be created or written, two options naming the same file);</li>
 *   <li>each output is written to a temporary file (or directory) beside its target, creating
 *       missing parent directories;</li>
 *   <li>{@link #commit()} moves them all into place (a rename within the directory) only when
 *       every one was written.</li>
 * </ol>
 * Closing without a commit (a failure anywhere) removes every temporary file and every directory
 * created for them, so a failed run leaves nothing new behind. A target that exists and is not a
 * regular file (a device such as {@code /dev/stdout}) is written in place at commit, before any
 * rename. Every failure is a {@link UserException} naming the option, the path, the reason and
 * the fix.
 */
final class OutputFiles implements AutoCloseable {

    /** A declared output: a file, or a directory of named files. */
    static final class Target {
        private final String option;
        private final Path path;
        private final List<String> names;
        private Path staged;

        private Target(String option, Path path, List<String> names) {
            this.option = option;
            this.path = path;
            this.names = names;
        }

        boolean directory() {
            return names != null;
        }

        /** The final paths of the files this output writes. */
        List<Path> files() {
            return names == null ? List.of(path) : names.stream().map(path::resolve).toList();
        }

        @Override
        public String toString() {
            return option + " " + path;
        }
    }

    /** What writes an output's content to its staged path (a file, or a directory). */
    interface Writer {
        void write(Path staged) throws IOException;
    }

    private final String command;
    private final List<Target> targets = new ArrayList<>();
    private final Deque<Path> createdDirectories = new ArrayDeque<>();
    private boolean committed;

    OutputFiles(String command) {
        this.command = command;
    }

    /** Declares a file written for {@code option}, checking its path now; null stays null. */
    Target file(String option, Path path) {
        if (path == null) {
            return null;
        }
        Path target = path.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw fail(option, path, "it is a directory", "give a file path, such as "
                    + path.resolve(defaultName(option)));
        }
        if (!Files.exists(target) || Files.isRegularFile(target)) {
            checkCreatable(option, path, target.getParent());
        }
        return declare(new Target(option, target, null), path);
    }

    /** Declares a directory of {@code names} written for {@code option}; null stays null. */
    Target directory(String option, Path path, List<String> names) {
        if (path == null) {
            return null;
        }
        Path target = path.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw fail(option, path, "it is a file, not a directory", "give a directory path"
                    + " (it is created if missing), such as " + path + "-csv");
        }
        for (String name : names) {
            if (Files.isDirectory(target.resolve(name))) {
                throw fail(option, path, target.resolve(name) + " is a directory",
                        "remove it or give another directory");
            }
        }
        checkCreatable(option, path, target);
        return declare(new Target(option, target, List.copyOf(names)), path);
    }

    private Target declare(Target added, Path given) {
        for (Target other : targets) {
            String clash = clash(other, added);
            if (clash != null) {
                throw new UserException(String.format("%s: %s and %s %s: give each output its"
                        + " own path.", command, other.option, added.option, clash));
            }
        }
        targets.add(added);
        return added;
    }

    /** Why two outputs cannot both be written, or null. */
    private static String clash(Target a, Target b) {
        if (a.path.equals(b.path)) {
            return "both name " + a.path;
        }
        if (!a.directory() && b.path.startsWith(a.path)
                || !b.directory() && a.path.startsWith(b.path)) {
            return "need " + (a.directory() ? b.path : a.path) + " to be a file and a directory"
                    + " at once";
        }
        for (Path file : a.files()) {
            if (b.files().contains(file)) {
                return "would both write " + file;
            }
        }
        return null;
    }

    /**
     * Checks that {@code directory} exists or can be created, and that files can be created in
     * it: its nearest existing ancestor must be a directory we can write into.
     */
    private void checkCreatable(String option, Path given, Path directory) {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw fail(option, given, "no part of its path exists", "give a path on this"
                    + " machine");
        }
        if (!Files.isDirectory(existing)) {
            throw fail(option, given, existing + " is a file, not a directory",
                    "give a path whose parents are directories");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".symbiosis-probe-", ".tmp"));
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "files cannot be created there"
                    : reason(e);
            throw fail(option, given, "cannot write into " + existing + " (" + why + ")",
                    "choose a directory you can write to");
        }
    }

    /**
     * Writes {@code target}'s content to its temporary file (or directory) through
     * {@code writer}; null targets are skipped.
     */
    void write(Target target, Writer writer) {
        if (target == null) {
            return;
        }
        try {
            Path parent = target.directory() && !Files.isDirectory(target.path)
                    ? target.path.getParent() : target.directory() ? target.path
                    : target.path.getParent();
            createDirectories(parent);
            String prefix = "." + target.path.getFileName() + ".symbiosis-";
            if (target.directory()) {
                target.staged = Files.createTempDirectory(parent, prefix);
            } else if (Files.exists(target.path) && !Files.isRegularFile(target.path)) {
                target.staged = Files.createTempFile("symbiosis-", ".tmp");
            } else {
                target.staged = Files.createTempFile(parent, prefix, ".tmp");
            }
            writer.write(target.staged);
        } catch (IOException e) {
            throw fail(target, e);
        } catch (UncheckedIOException e) {
            throw fail(target, e.getCause());
        }
    }

    private void createDirectories(Path directory) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdDirectories.push(p);
        }
    }

    /**
     * Moves every written output into place: devices are written first (the step that can
     * fail), then files and directories are renamed.
     */
    void commit() {
        for (Target target : targets) {
            if (target.staged != null && !target.directory() && Files.exists(target.path)
                    && !Files.isRegularFile(target.path)) {
                try (OutputStream out = Files.newOutputStream(target.path)) {
                    Files.copy(target.staged, out);
                } catch (IOException e) {
                    throw fail(target, e);
                }
            }
        }
        try {
            for (Target target : targets) {
                if (target.staged == null) {
                    continue;
                }
                if (!target.directory()) {
                    if (Files.isRegularFile(target.path) || !Files.exists(target.path)) {
                        move(target.staged, target.path);
                    }
                } else if (!Files.exists(target.path)) {
                    move(target.staged, target.path);
                    target.staged = null;
                } else {
                    for (String name : target.names) {
                        move(target.staged.resolve(name), target.path.resolve(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UserException(command + ": cannot move the outputs into place ("
                    + reason(e) + "): check the directories and run again.");
        }
        committed = true;
        cleanUp();
        createdDirectories.clear();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit: removes what was staged and the directories created for it. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        cleanUp();
        while (!createdDirectories.isEmpty()) {
            try {
                Files.deleteIfExists(createdDirectories.pop());
            } catch (IOException e) {
                // not empty (someone else wrote there) or already gone: leave it
            }
        }
    }

    private void cleanUp() {
        for (Target target : targets) {
            if (target.staged != null) {
                deleteRecursively(target.staged);
                target.staged = null;
            }
        }
    }

    private static void deleteRecursively(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                    for (Path child : children) {
                        deleteRecursively(child);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file we cannot remove is left; nothing else depends on it
        }
    }

    private UserException fail(Target target, IOException e) {
        return new UserException(String.format("%s: cannot write %s (%s): %s; nothing was"
                + " written.", command, target, reason(e), fix(e)));
    }

    private UserException fail(String option, Path path, String why, String fix) {
        return new UserException(String.format("%s: %s %s: %s; %s.", command, option, path, why,
                fix));
    }

    /** The operating system's reason, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static String fix(IOException e) {
        String reason = reason(e).toLowerCase(java.util.Locale.ROOT);
        if (reason.contains("space")) {
            return "free some space or give a path on another disk";
        }
        if (reason.contains("permission") || reason.contains("read-only")) {
            return "choose a directory you can write to";
        }
        return "check the path, or give another one";
    }

    private static String defaultName(String option) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("--json", "result.json");
        names.put("--write-lp", "model.lp");
        names.put("--html", "report.html");
        return names.getOrDefault(option, "output");
    }
}
