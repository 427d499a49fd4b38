package org.symbiosis.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.symbiosis.io.ParkFile;
import org.symbiosis.model.Park;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symbiosis validate FILE}: reads a park and reports its errors and warnings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a park file: every error and warning, each at its line and"
                + " column, with the element, the value and the fix.",
            "Exit code 0 when the park is valid (warnings allowed unless --strict), 1 if not."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|EXAMPLE",
            description = "A park file (JSON), or the name of a bundled example.")
    String park;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 1).")
    boolean strict;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ParkFile file = ParkSources.open(park);
        Park p = file.park();
        PrintWriter out = spec.commandLine().getOut();
        List<String> warnings = file.warnings();
        warnings.forEach(out::println);
        List<String> accepted = file.acceptedWarnings();
        accepted.forEach(out::println);
        out.printf("%s: park '%s' is valid: %d carriers, %d plants, %d processes, %d links,"
                + " %d markets; %d warning%s%s.%n", file.source(), p.name(), p.carriers().size(),
                p.plants().size(), p.processes().size(), p.links().size(), p.markets().size(),
                warnings.size(), warnings.size() == 1 ? "" : "s", accepted.isEmpty() ? ""
                        : String.format(" (and %d accepted, explained in the file)",
                                accepted.size()));
        return strict && !warnings.isEmpty() ? SymbiosisCommand.USER_ERROR : SymbiosisCommand.OK;
    }
}
