package org.symbiosis.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Small helpers the commands share. */
final class Cli {

    private Cli() {
    }

    /** {@code text} as a path; a text that cannot be a path is a user error naming it. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UserException("symbiosis: '" + text.replace("\0", "\\0") + "' cannot be a"
                    + " path (" + e.getReason() + "): give a file path or an example name.");
        }
    }

    /** The emissions metric named by {@code --metric} of {@code command}. */
    static org.symbiosis.model.Target.Metric metric(String command, String value) {
        return switch (value) {
            case "residual" -> org.symbiosis.model.Target.Metric.RESIDUAL;
            case "net" -> org.symbiosis.model.Target.Metric.NET;
            case "lifecycle" -> org.symbiosis.model.Target.Metric.LIFECYCLE;
            default -> throw new UserException("symbiosis " + command + ": --metric '" + value
                    + "' is none of residual, net and lifecycle.");
        };
    }
}
