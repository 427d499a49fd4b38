package org.symbiosis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code symbiosis list}: the bundled example parks, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bundled example parks and scenarios.")
final class ListCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var examples = ParkSources.examples();
        var scenarios = ParkSources.scenarios();
        int width = java.util.stream.Stream.concat(examples.stream(), scenarios.stream())
                .mapToInt(e -> e.name().length()).max().orElse(0);
        out.println("Example parks (symbiosis run NAME, symbiosis optimize NAME):");
        for (ParkSources.Example e : examples) {
            out.printf("  %-" + width + "s  %s%n", e.name(), e.summary());
        }
        out.println("Scenarios (symbiosis pathway NAME):");
        for (ParkSources.Example e : scenarios) {
            out.printf("  %-" + width + "s  %s%n", e.name(), e.summary());
        }
        return SymbiosisCommand.OK;
    }
}
