package org.symbiosis.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import org.symbiosis.io.ParkFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code symbiosis} command-line tool. Exit codes: 0 success, 1 a user error (a bad file,
 * a bad option, a park that cannot run), 2 an internal error (a bug: please report it).
 */
@Command(name = "symbiosis", mixinStandardHelpOptions = true,
        versionProvider = SymbiosisCommand.Version.class,
        description = "Simulate, account for and optimise industrial-symbiosis networks.",
        subcommands = {RunCommand.class, OptimizeCommand.class, PlanCommand.class,
            PathwayCommand.class,
            ResilienceCommand.class,
            ListCommand.class,
            ValidateCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nOn Apache Spark (its own module; the launcher ./symbiosis starts it):%n",
        footer = {"  ensemble    Run an ensemble of parks, scenarios and Monte Carlo samples on",
            "                Spark: ./symbiosis ensemble FILE --master 'local[2]' --out DIR",
            "                (docs/ensemble-format.md; ./symbiosis ensemble --help)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:user error (bad file, bad option, park that cannot run)",
            "2:internal error (a bug; please report it with the command and the file)"})
public final class SymbiosisCommand {

    /** Success. */
    public static final int OK = 0;
    /** A user's mistake: a bad file, a bad option, a park that cannot run. */
    public static final int USER_ERROR = 1;
    /** A bug in Symbiosis. */
    public static final int INTERNAL_ERROR = 2;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log each engine call with its size and time (repeat for every"
                    + " library's debug detail: -vv).")
    void verbose(boolean[] flags) {
        // The library logs each engine call at DEBUG (an embedder's INFO stays quiet); -v is
        // the CLI user asking for exactly those lines.
        Logger ours = (Logger) LoggerFactory.getLogger("org.symbiosis");
        ours.setLevel(Level.DEBUG);
        if (flags.length > 1) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Runs the tool with {@code args}, printing to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SymbiosisCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("symbiosis: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
                cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName()
                        + " --help' for usage.");
            }
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ParkFileException || ex instanceof UserException
                    || ex instanceof IllegalArgumentException) {
                cmd.getErr().println(ex.getMessage());
                return USER_ERROR;
            }
            cmd.getErr().println("symbiosis: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            cmd.getErr().println("This is a bug in Symbiosis; please report it with the command"
                    + " and the park file.");
            return INTERNAL_ERROR;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            long givenMb = Runtime.getRuntime().maxMemory() >> 20;
            long suggestedGb = Math.max(1, (2 * givenMb + 1023) / 1024);
            err.println("symbiosis: the run needs more memory than Java was given (" + givenMb
                    + " MB): give it more (for the launcher: SYMBIOSIS_JAVA_OPTS=-Xmx"
                    + suggestedGb + "g; `run` needs about 2 kB per plant, -Xmx2g at 10^6"
                    + " plants), or run a smaller park, fewer years or fewer samples.");
            return USER_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SymbiosisCommand.class.getPackage().getImplementationVersion();
            return new String[] {"symbiosis " + (v == null ? "development" : v)};
        }
    }
}
