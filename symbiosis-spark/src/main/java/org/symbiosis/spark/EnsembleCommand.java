package org.symbiosis.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleFiles;
import org.symbiosis.io.ParkFileException;
import org.symbiosis.pathway.PathwayRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code symbiosis ensemble FILE}: an ensemble of parks, scenarios and samples on Spark. The
 * main class of the cluster jar for {@code spark-submit}, and what the {@code symbiosis} launcher
 * runs for {@code ensemble} with Spark's jars on the classpath (the rest of the tool never loads
 * Spark). Exit codes as the tool's: 0 success, 1 a user error, 2 an internal error.
 */
@Command(name = "symbiosis ensemble", mixinStandardHelpOptions = true,
        versionProvider = EnsembleCommand.Version.class,
        description = {"Run an ensemble (docs/ensemble-format.md): scenarios on parks, each with"
                + " Monte Carlo samples, spread over Spark. Bands (P5/P50/P95, mean), the"
                + " probability of each target and the tornado equal 'symbiosis pathway''s for"
                + " the same seed, whatever the partitioning.",
            "Prints a summary; with --out, writes bands, targets (and tornado) as Parquet and"
                + " CSV."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:user error (bad file, bad option, park that cannot run)",
            "2:internal error (a bug; please report it with the command and the file)"})
public final class EnsembleCommand implements Callable<Integer> {

    /** Success. */
    public static final int OK = 0;
    /** A user's mistake: a bad file, a bad option, a park that cannot run. */
    public static final int USER_ERROR = 1;
    /** A bug in Symbiosis. */
    public static final int INTERNAL_ERROR = 2;

    /** The logging configuration of runs outside spark-submit (Spark at WARN). */
    static final String LOGGING = "symbiosis-spark-log4j2.properties";

    @Parameters(paramLabel = "FILE", description = "An ensemble file (JSON).")
    Path file;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[2],"
            + " local[*], spark://host:7077, yarn... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write bands, targets and"
            + " tornado as DIR/NAME.parquet/ and DIR/NAME.csv/ (any path Spark can write).")
    String outDir;

    @Option(names = "--overwrite", description = "Replace the tables already in --out.")
    boolean overwrite;

    @Option(names = "--samples", description = "Samples in every run, instead of the file's.")
    Integer samples;

    @Option(names = "--seed", description = "Seed of every run, instead of the file's.")
    Long seed;

    @Option(names = "--block-size", defaultValue = "" + SparkEnsembleRunner.DEFAULT_BLOCK_SIZE,
            description = "Samples per Spark task (default ${DEFAULT-VALUE}).")
    int blockSize;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions of the"
            + " sample blocks (default 0: one per block). Results do not depend on it.")
    int partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as"
            + " spark-submit's --conf; repeatable.")
    List<String> conf = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Log progress (repeat for debug detail:"
            + " -vv).")
    boolean[] verbose = new boolean[0];

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("spark.master") == null) {
            System.setProperty("log4j2.configurationFile", LOGGING);
        }
        System.exit(execute(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Runs the command with {@code args}, printing to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new EnsembleCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("symbiosis ensemble: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
                cmd.getErr().println("Run 'symbiosis ensemble --help' for usage.");
            }
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ParkFileException || ex instanceof IllegalArgumentException) {
                cmd.getErr().println(ex.getMessage());
                return USER_ERROR;
            }
            cmd.getErr().println("symbiosis ensemble: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            cmd.getErr().println("This is a bug in Symbiosis; please report it with the command"
                    + " and the ensemble file.");
            return INTERNAL_ERROR;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (verbose.length > 0) {
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.symbiosis",
                    verbose.length > 1 ? org.apache.logging.log4j.Level.DEBUG
                            : org.apache.logging.log4j.Level.INFO);
        }
        if (samples != null && (samples < 0 || samples > PathwayRunner.MAX_SAMPLES)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "symbiosis ensemble: --samples (%d) must be from 0 to %,d.", samples,
                    PathwayRunner.MAX_SAMPLES));
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("symbiosis ensemble: --block-size (" + blockSize
                    + ") must be 1 or more.");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("symbiosis ensemble: --partitions (" + partitions
                    + ") must be 0 (one per block) or more.");
        }
        Ensemble ensemble = EnsembleFiles.read(file);
        if (seed != null) {
            ensemble = ensemble.withSeed(seed);
        }
        if (samples != null) {
            ensemble = ensemble.withSamples(samples);
        }
        if (outDir != null && !overwrite) {
            // Before Spark starts; the writer checks again with the session's settings.
            String there = EnsembleResult.existing(new org.apache.hadoop.conf.Configuration(),
                    outDir, ensemble.tornadoYear() != null);
            if (there != null) {
                throw new IllegalArgumentException("symbiosis ensemble: the output " + there
                        + " already exists: choose another --out, or add --overwrite.");
            }
        }
        SparkSession spark = session(ensemble.name());
        try {
            try (EnsembleResult result = new SparkEnsembleRunner(spark, blockSize, partitions)
                    .run(ensemble)) {
                if (outDir != null) {
                    result.write(outDir, overwrite);
                }
                out.print(EnsembleReport.text(result, spark.sparkContext().master()));
                if (outDir != null) {
                    out.println();
                    out.println("Written to " + outDir + ": bands, targets"
                            + (ensemble.tornadoYear() == null ? "" : ", tornado")
                            + " as .parquet/ and .csv/");
                }
            }
            return OK;
        } finally {
            spark.stop();
        }
    }

    /** The session: the given master or spark-submit's; a local one bound to 127.0.0.1. */
    private SparkSession session(String name) {
        SparkSession.Builder b = SparkSession.builder().appName("symbiosis ensemble " + name);
        String effective = master != null ? master
                : System.getProperty("spark.master", "local[*]");
        b.master(effective);
        if (effective.startsWith("local")) {
            b.config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", false);
        }
        for (String setting : conf) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("symbiosis ensemble: --conf '" + setting
                        + "' is not KEY=VALUE, for example --conf spark.executor.memory=4g.");
            }
            b.config(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return b.getOrCreate();
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EnsembleCommand.class.getPackage().getImplementationVersion();
            return new String[] {"symbiosis ensemble " + (v == null ? "development" : v)};
        }
    }
}
