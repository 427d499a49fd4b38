package org.symbiosis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the tool in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SymbiosisCommand.execute(args, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Copies a test park of symbiosis-core ({@code /parks/NAME.json}) into {@code dir}. */
    static Path fixture(Path dir, String name) {
        try (InputStream in = CliRun.class.getResourceAsStream("/parks/" + name + ".json")) {
            Path file = dir.resolve(name + ".json");
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
