package org.symbiosis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.symbiosis.io.ParkFile;
import org.symbiosis.io.ParkFiles;

/** Finds a park by file path or by the name of a bundled example. */
final class ParkSources {

    private static final String INDEX = "/examples/index.tsv";

    private ParkSources() {
    }

    /** A bundled example: its name and one line saying what it is. */
    record Example(String name, String summary) {
    }

    /** The bundled example parks, in the order of the index. */
    static List<Example> examples() {
        return index(INDEX);
    }

    /** The bundled scenarios, in the order of their index. */
    static List<Example> scenarios() {
        return index("/scenarios/index.tsv");
    }

    private static List<Example> index(String resource) {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = ParkSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                return examples;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                examples.add(new Example(parts[0].trim(), parts.length > 1 ? parts[1].trim()
                        : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The example index cannot be read", e);
        }
        return examples;
    }

    /**
     * The park with every purchase of each named carrier from one of its origins: {@code
     * CARRIER=ORIGIN} entries, as given to {@code --origin}.
     */
    static org.symbiosis.model.Park withOrigins(org.symbiosis.model.Park park,
            List<String> choices) {
        if (choices.isEmpty()) {
            return park;
        }
        org.symbiosis.model.Park.Builder b = park.toBuilder();
        for (String choice : choices) {
            String[] parts = choice.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UserException("symbiosis: --origin '" + choice + "' is not"
                        + " CARRIER=ORIGIN, for example --origin nh3=blue-ammonia.");
            }
            org.symbiosis.model.CarrierId carrier = org.symbiosis.model.CarrierId.of(parts[0]);
            org.symbiosis.model.Market market = park.market(carrier).orElseThrow(() ->
                    new UserException("symbiosis: --origin '" + choice + "': the park has no"
                            + " market for '" + parts[0] + "'; its markets are "
                            + park.markets().keySet() + "."));
            try {
                b.replaceMarket(market.withOnlyOrigin(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new UserException("symbiosis: --origin '" + choice + "': "
                        + e.getMessage());
            }
        }
        return b.build();
    }

    /** Reads {@code fileOrExample}: a park file if one exists there, else a bundled example. */
    static ParkFile open(String fileOrExample) {
        Path path = Cli.path(fileOrExample);
        if (Files.exists(path)) {
            return ParkFiles.read(path);
        }
        InputStream in = ParkSources.class.getResourceAsStream("/examples/" + fileOrExample
                + ".json");
        if (in != null && !fileOrExample.contains("/")) {
            return ParkFiles.read(in, fileOrExample + ".json (bundled example)");
        }
        List<String> names = examples().stream().map(Example::name).toList();
        throw new UserException("symbiosis: '" + fileOrExample + "' is neither a park file nor a"
                + " bundled example. Give the path of a park file, or one of the examples "
                + names + " (see 'symbiosis list').");
    }
}
