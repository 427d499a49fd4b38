package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.InvalidParkException;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkEdit;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.SymbiosisException;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.pathway.PathwayResult.TargetVerdict;
import org.symbiosis.pathway.PathwayResult.YearEmissions;
import org.symbiosis.simulate.Simulator;

/**
 * Runs a scenario year by year (simulated, or optimised for minimum emissions), judges its
 * targets, and with Monte Carlo draws every uncertain number once per sample (one draw per
 * change point, shared by the years it shapes). Sample k draws from a generator seeded by
 * SplitMix64 of (seed, k), so results are the same whatever the number of threads. Samples run
 * in parallel; each year is an independent park build and solve. Stateless; thread-safe.
 */
public final class PathwayRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PathwayRunner.class);

    /** The most Monte Carlo samples one run may draw. */
    public static final int MAX_SAMPLES = 1_000_000;
    /** The most threads a runner may use. */
    public static final int MAX_THREADS = 256;
    /** The share of the heap a run's per-sample results may take. */
    private static final double HEAP_SHARE = 0.5;

    private final int threads;
    private final ProgressListener progress;

    /**
     * A runner with its own settings; each Monte Carlo run starts a pool of {@code threads}
     * daemon threads and shuts it down when done.
     *
     * @param threads  threads for Monte Carlo samples, 1 to {@link #MAX_THREADS}; results do
     *                 not depend on it
     * @param progress told {@code "Monte Carlo"} and the samples done after every sample, from
     *                 the sampling threads, so concurrently when {@code threads} is more than 1;
     *                 {@link ProgressListener#NONE} for none
     * @throws IllegalArgumentException if {@code threads} is out of range
     */
    public PathwayRunner(int threads, ProgressListener progress) {
        checkArgument(threads >= 1 && threads <= MAX_THREADS, "Threads (%s) must be from 1 to"
                + " %s.", threads, MAX_THREADS);
        this.threads = threads;
        this.progress = progress;
    }

    /** A runner on one thread that reports no progress. */
    public PathwayRunner() {
        this(1, ProgressListener.NONE);
    }

    /**
     * The deterministic run only.
     *
     * @param scenario the scenario
     * @return the result with no samples: no bands, and every probability NaN
     * @throws SymbiosisException if a year's park is invalid or cannot run: the exception the
     *                            park or the engine threw, of its own type (e.g.
     *                            {@link InvalidParkException}) with its issues, each message
     *                            prefixed by the year
     */
    public PathwayResult run(Scenario scenario) {
        return run(scenario, 0, 0);
    }

    /**
     * The deterministic run and {@code samples} Monte Carlo samples from {@code seed}: the same
     * as {@link #result} of the {@link #sample} of samples 0 to {@code samples - 1}.
     *
     * @param scenario the scenario
     * @param samples  Monte Carlo samples, 0 to {@link #MAX_SAMPLES}; 0 for the deterministic
     *                 run only. Each costs one pathway (every year built and solved)
     * @param seed     the seed; the same seed and samples give the same result whatever the
     *                 number of threads
     * @return the result, with bands and probabilities when {@code samples} is above 0
     * @throws IllegalArgumentException if {@code samples} is out of range or its results would
     *                                  not fit the heap ({@link #sizeProblem})
     * @throws SymbiosisException       if a year's park is invalid or cannot run: as
     *                                  {@link #run(Scenario)}, prefixed by the year and the
     *                                  sample
     * @throws IllegalStateException    if the thread is interrupted while samples run
     */
    public PathwayResult run(Scenario scenario, int samples, long seed) {
        String problem = sizeProblem(scenario, samples, Runtime.getRuntime().maxMemory());
        checkArgument(problem == null, problem);
        long started = System.nanoTime();
        PathwayResult result = result(scenario, sample(scenario, seed, 0, samples));
        LOG.debug("Pathway '{}': {} years x {} samples in {} ms", scenario.name(),
                scenario.years(), samples, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * Monte Carlo samples {@code from} to {@code to - 1} of a run from {@code seed}, on this
     * runner's threads. Sample k is drawn from SplitMix64 of (seed, k) alone, so blocks run
     * apart and {@linkplain MonteCarloAggregate#merge merged} equal one run of all their samples
     * exactly. Costs one pathway (every year built and solved) per sample.
     *
     * @param scenario the scenario
     * @param seed     the seed of the run the block belongs to
     * @param from     the first sample, 0 or more
     * @param to       one past the last sample, at most {@link #MAX_SAMPLES}
     * @return the block's samples
     * @throws IllegalArgumentException if the range is not within 0 to {@link #MAX_SAMPLES}
     * @throws SymbiosisException       if a year's park is invalid or cannot run: as
     *                                  {@link #run(Scenario)}, prefixed by the year and the
     *                                  sample
     */
    public MonteCarloAggregate sample(Scenario scenario, long seed, int from, int to) {
        checkArgument(from >= 0 && from <= to && to <= MAX_SAMPLES, "The samples (%s to %s)"
                + " must be a range from 0 to %s.", from, to, MAX_SAMPLES);
        int count = to - from;
        double[][] residual = new double[count][];
        double[][] net = new double[count][];
        boolean[][] met = new boolean[count][];
        if (count > 0) {
            long started = System.nanoTime();
            monteCarlo(scenario, seed, from, count, residual, net, met);
            LOG.debug("Pathway '{}': samples {} to {} in {} ms", scenario.name(), from, to - 1,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return MonteCarloAggregate.block(scenario, seed, from, residual, net, met);
    }

    /**
     * The deterministic run of {@code scenario}, its targets judged, with the bands and the
     * probability of each target from {@code samples} (empty: a deterministic result).
     *
     * @param scenario the scenario
     * @param samples  its samples: one block, or blocks merged
     * @return the result, with bands and probabilities when {@code samples} holds any
     * @throws IllegalArgumentException if {@code samples} is of another year span or number of
     *                                  targets, or a year's park is invalid or cannot run
     */
    public PathwayResult result(Scenario scenario, MonteCarloAggregate samples) {
        checkArgument(samples.firstYear() == scenario.firstYear()
                && samples.years() == scenario.years()
                && samples.targets() == scenario.targets().size(), "The samples (%s) are not of"
                + " scenario '%s' (years %s-%s, %s targets).", samples, scenario.name(),
                scenario.firstYear(), scenario.lastYear(), scenario.targets().size());
        double[][] typical = typicalValues(scenario);
        List<YearEmissions> years = path(scenario, typical, "the deterministic run", true);
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (int t = 0; t < scenario.targets().size(); t++) {
            PathwayTarget target = scenario.targets().get(t);
            double[] series = years.stream().mapToDouble(y -> y.of(target.metric())).toArray();
            verdicts.add(verdict(scenario, target, series, samples.probabilityMet(t)));
        }
        return new PathwayResult(scenario, years, verdicts, samples.samples(), samples.seed(),
                samples.residualBands(), samples.netBands(), samples.residualBySample());
    }

    /**
     * Bytes the results of {@code samples} samples of {@code scenario} hold: three doubles per
     * sample and year (residual, net and life cycle), plus an array header per sample and series.
     *
     * @param scenario the scenario; only its number of years counts
     * @param samples  the number of samples
     * @return an estimate, in bytes
     */
    public static long estimatedBytes(Scenario scenario, int samples) {
        return 3L * samples * (8L * scenario.years() + 16) + 16L * samples;
    }

    /**
     * What keeps a run of {@code samples} samples of {@code scenario} from fitting the limits
     * (samples from 0 to {@link #MAX_SAMPLES}, results within half of {@code heapBytes}): a
     * message naming the numbers and the fix, or null if it fits.
     *
     * @param scenario  the scenario
     * @param samples   the number of samples asked for
     * @param heapBytes the heap the run may use, e.g. {@link Runtime#maxMemory()}
     * @return the message, or null
     */
    public static String sizeProblem(Scenario scenario, int samples, long heapBytes) {
        if (samples < 0 || samples > MAX_SAMPLES) {
            return String.format(java.util.Locale.ROOT, "Samples (%d) must be from 0 to %,d:"
                    + " percentile bands settle long before that; use --samples 1000 or so.",
                    samples, MAX_SAMPLES);
        }
        long bytes = estimatedBytes(scenario, samples);
        if (bytes > HEAP_SHARE * heapBytes) {
            return String.format(java.util.Locale.ROOT, "%,d samples of %d years need about"
                    + " %,d MB for their results, more than half of the %,d MB heap: use fewer"
                    + " samples or years, or give Java more memory (for the symbiosis launcher:"
                    + " SYMBIOSIS_JAVA_OPTS=-Xmx8g).", samples, scenario.years(),
                    bytes >> 20, heapBytes >> 20);
        }
        return null;
    }

    private void monteCarlo(Scenario scenario, long seed, int from, int count,
            double[][] residual, double[][] net, boolean[][] met) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pathway-sample");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int row = 0; row < count; row++) {
                final int i = row;
                final int sample = from + row;
                futures.add(pool.submit(() -> {
                    double[][] values = sampleValues(scenario, new SplittableRandom(
                            mix(seed, sample)));
                    List<YearEmissions> path = path(scenario, values, "sample " + sample, false);
                    residual[i] = path.stream().mapToDouble(YearEmissions::residual).toArray();
                    net[i] = path.stream().mapToDouble(YearEmissions::net).toArray();
                    met[i] = meets(scenario, path);
                    progress.progress("Monte Carlo", done.incrementAndGet(), count);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The pathway run was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Per target of the scenario: whether one sample's path meets it. */
    private static boolean[] meets(Scenario scenario, List<YearEmissions> path) {
        int first = scenario.firstYear();
        boolean[] met = new boolean[scenario.targets().size()];
        for (int t = 0; t < met.length; t++) {
            PathwayTarget target = scenario.targets().get(t);
            double g = target.goal(y -> path.get(y - first).of(target.metric()));
            met[t] = path.get(target.year() - first).of(target.metric())
                    <= g + Park.TOLERANCE * Math.max(1, Math.abs(g));
        }
        return met;
    }

    /** SplitMix64 of seed and sample: independent, reproducible streams per sample. */
    static long mix(long seed, long sample) {
        long z = seed + (sample + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double[][] typicalValues(Scenario scenario) {
        double[][] values = new double[scenario.changes().size()][];
        for (int c = 0; c < values.length; c++) {
            List<Scenario.Point> points = scenario.changes().get(c).points();
            values[c] = points.stream().mapToDouble(p -> p.value().typical()).toArray();
        }
        return values;
    }

    static double[][] sampleValues(Scenario scenario, SplittableRandom random) {
        double[][] values = new double[scenario.changes().size()][];
        for (int c = 0; c < values.length; c++) {
            List<Scenario.Point> points = scenario.changes().get(c).points();
            values[c] = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                values[c][i] = points.get(i).value().sample(random);
            }
        }
        return values;
    }

    /** Emissions of every year with the given point values. */
    List<YearEmissions> path(Scenario scenario, double[][] values, String which,
            boolean byPlant) {
        List<YearEmissions> years = new ArrayList<>();
        Simulator simulator = new Simulator();
        for (int year = scenario.firstYear(); year <= scenario.lastYear(); year++) {
            Park park = parkFor(scenario, year, values, which);
            Ledger ledger;
            try {
                if (scenario.optimize()) {
                    OptimizationResult r = new LinearProgramOptimizer(Objective.emissions())
                            .optimize(park);
                    if (!r.optimal()) {
                        throw new UnsolvableParkException(List.of(ParkIssue.error(
                                "park '" + park.name() + "'", r.diagnosis())));
                    }
                    ledger = r.ledger().orElseThrow();
                } else {
                    ledger = simulator.simulate(park).ledger();
                }
            } catch (IllegalArgumentException e) {
                throw inRun(scenario, "Year " + year + " (" + which + "): ", e);
            }
            Map<PlantId, Double> byPlantMap = new LinkedHashMap<>();
            if (byPlant) {
                ledger.plants().forEach((id, p) -> byPlantMap.put(id, p.residual()));
            }
            Ledger.Totals t = ledger.totals();
            years.add(new YearEmissions(year, t.scope1(), t.scope2(), t.residual(), t.net(),
                    t.lifecycle(), byPlantMap));
        }
        return years;
    }

    /** The park of {@code year}: the base with every change and presence applied. */
    static Park parkFor(Scenario scenario, int year, double[][] values, String which) {
        Park base = scenario.base();
        ParkEdit edit = new ParkEdit(base);
        for (int c = 0; c < values.length; c++) {
            Scenario.Change change = scenario.changes().get(c);
            double baseValue = change.parameter().read(base);
            double value = change.valueAt(year, values[c], baseValue);
            try {
                edit.set(change.parameter().parsed(), value);
            } catch (IllegalArgumentException e) {
                throw inRun(scenario, String.format("Year %d (%s): setting '%s' to %s: ", year,
                        which, change.parameter(), value), e);
            }
        }
        Park.Builder b = edit.toBuilder();
        for (Scenario.Presence p : scenario.presence()) {
            if (!p.present(year)) {
                if (p.isPlant()) {
                    PlantId id = PlantId.of(p.id());
                    b.removePlant(id);
                    base.links().values().stream()
                            .filter(l -> l.from().equals(id) || l.to().equals(id))
                            .forEach(l -> b.removeLink(l.id()));
                } else {
                    b.removeLink(LinkId.of(p.id()));
                }
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw inRun(scenario, "Year " + year + " (" + which + "): ", e);
        }
    }

    /**
     * {@code e} with its messages prefixed by where in the run it arose, of its own type (an
     * {@link InvalidParkException} stays one, with its issues); a plain
     * {@code IllegalArgumentException} becomes a {@link SymbiosisException} about the scenario.
     */
    static SymbiosisException inRun(Scenario scenario, String prefix,
            IllegalArgumentException e) {
        return prefixed("scenario '" + scenario.name() + "'", prefix, e);
    }

    /**
     * {@code e} with its messages prefixed, of its own type; a plain
     * {@code IllegalArgumentException} becomes a {@link SymbiosisException} about
     * {@code element}, with {@code e} as its cause.
     */
    static SymbiosisException prefixed(String element, String prefix,
            IllegalArgumentException e) {
        if (e instanceof SymbiosisException s) {
            return s.prefixed(prefix);
        }
        return new SymbiosisException(List.of(ParkIssue.error(element, prefix + e.getMessage())),
                e);
    }

    private static TargetVerdict verdict(Scenario scenario, PathwayTarget target,
            double[] series, double probability) {
        int first = scenario.firstYear();
        double goal = target.goal(y -> series[y - first]);
        double value = series[target.year() - first];
        double tolerance = Park.TOLERANCE * Math.max(1, Math.abs(goal));
        boolean met = value <= goal + tolerance;
        OptionalInt firstMet = OptionalInt.empty();
        int from = target instanceof PathwayTarget.Reduction r ? r.baseYear() + 1 : first;
        for (int y = from; y <= scenario.lastYear(); y++) {
            if (series[y - first] <= goal + tolerance) {
                firstMet = OptionalInt.of(y);
                break;
            }
        }
        return new TargetVerdict(target, value, goal, met, value - goal, firstMet, probability);
    }

    /**
     * One-at-a-time sensitivity of one year's residual emissions: each uncertain point set to its
     * 5th and 95th percentile while every other number stays typical. Largest swing first. The
     * year's park is always simulated, even for a scenario that optimises; costs two simulations
     * per uncertain point, plus one, on the calling thread.
     *
     * @param scenario the scenario
     * @param year     the year, within the scenario's years
     * @return one bar per uncertain change point; empty when no point is uncertain
     * @throws IllegalArgumentException if {@code year} is outside the scenario's years, or a
     *                                  setting makes the year's park invalid or unable to run
     */
    public List<TornadoBar> tornado(Scenario scenario, int year) {
        checkArgument(year >= scenario.firstYear() && year <= scenario.lastYear(),
                "The tornado year (%s) must be within the scenario's years %s-%s.", year,
                scenario.firstYear(), scenario.lastYear());
        double[][] typical = typicalValues(scenario);
        Simulator simulator = new Simulator();
        double centre = simulator.simulate(parkFor(scenario, year, typical, "tornado")).ledger()
                .totals().residual();
        List<TornadoBar> bars = new ArrayList<>();
        for (int c = 0; c < typical.length; c++) {
            List<Scenario.Point> points = scenario.changes().get(c).points();
            for (int i = 0; i < points.size(); i++) {
                Distribution d = points.get(i).value();
                if (!d.uncertain()) {
                    continue;
                }
                double[] ends = new double[2];
                double[] settings = {d.low(), d.high()};
                for (int k = 0; k < 2; k++) {
                    double[][] values = new double[typical.length][];
                    for (int j = 0; j < typical.length; j++) {
                        values[j] = typical[j].clone();
                    }
                    values[c][i] = settings[k];
                    ends[k] = simulator.simulate(parkFor(scenario, year, values, "tornado"))
                            .ledger().totals().residual();
                }
                bars.add(new TornadoBar(scenario.changes().get(c).parameter() + " @"
                        + points.get(i).year(), settings[0], settings[1], ends[0], ends[1],
                        centre));
            }
        }
        bars.sort((a, b) -> Double.compare(b.swing(), a.swing()));
        return bars;
    }

    /**
     * One bar of a tornado: the year's residual emissions with the number at its low and high
     * setting, against the centre (everything typical).
     *
     * @param parameter   the change point, as its parameter and year, e.g.
     *                    {@code link:slag-cement:share @2030}
     * @param lowSetting  the point's 5th percentile, in the parameter's unit
     * @param highSetting the point's 95th percentile, in the parameter's unit
     * @param atLow       residual emissions with the low setting, t CO2e per year
     * @param atHigh      residual emissions with the high setting, t CO2e per year
     * @param centre      residual emissions with every number typical, t CO2e per year
     */
    public record TornadoBar(String parameter, double lowSetting, double highSetting,
            double atLow, double atHigh, double centre) {
        /**
         * How far the setting moves the year's residual emissions, the bar's length.
         *
         * @return {@code |atHigh - atLow|}, t CO2e per year
         */
        public double swing() {
            return Math.abs(atHigh - atLow);
        }
    }
}
