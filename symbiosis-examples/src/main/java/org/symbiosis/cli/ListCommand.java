package org.symbiosis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code symbiosis list}: the bundled example parks, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bundled example parks; run one with 'symbiosis run NAME'.")
final class ListCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var examples = ParkSources.examples();
        int width = examples.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (ParkSources.Example e : examples) {
            out.printf("%-" + width + "s  %s%n", e.name(), e.summary());
        }
        out.println();
        out.println("Run one with: symbiosis run " + (examples.isEmpty() ? "NAME"
                : examples.get(0).name()));
        return SymbiosisCommand.OK;
    }
}
