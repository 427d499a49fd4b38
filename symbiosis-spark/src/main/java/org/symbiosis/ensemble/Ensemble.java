package org.symbiosis.ensemble;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbiosis.io.ParkFileException;
import org.symbiosis.model.Park;
import org.symbiosis.pathway.Scenario;

/**
 * An ensemble: runs of scenarios on parks, each with a range of Monte Carlo samples, all from one
 * seed, optionally with the tornado of one year. The same (seed, sample) gives the same draw in
 * every run, as in {@code symbiosis pathway}, so a run's results equal the single-machine
 * runner's whatever the machines. Serializable (sources, not built parks), immutable.
 *
 * @param name        the ensemble's name
 * @param description what it represents
 * @param seed        the seed of every run's samples
 * @param tornadoYear the year of the one-at-a-time sensitivity, or null for none
 * @param runs        the runs, each (park, scenario) pair at most once
 */
public record Ensemble(String name, String description, long seed, Integer tornadoYear,
        List<EnsembleRun> runs) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most runs one ensemble may hold. */
    public static final int MAX_RUNS = 1_000_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** Checks the name and that no (park, scenario) pair runs twice. */
    public Ensemble {
        checkArgument(name != null && !name.isBlank(), "An ensemble needs a name.");
        description = description == null ? "" : description;
        runs = List.copyOf(runs);
        checkArgument(!runs.isEmpty(), "The ensemble '%s' has no runs: give it at least one"
                + " scenario.", name);
        checkArgument(runs.size() <= MAX_RUNS, "The ensemble '%s' has %s runs, more than %s.",
                name, runs.size(), MAX_RUNS);
        Set<String> pairs = new HashSet<>();
        for (EnsembleRun run : runs) {
            checkArgument(pairs.add(run.park() + "\u0000" + run.scenario()), "The ensemble '%s'"
                    + " runs scenario '%s' on park '%s' twice: give each run its own (park,"
                    + " scenario) pair, or one run more samples.", name, run.scenario(),
                    run.park());
        }
    }

    /**
     * Builds every run's scenario once (each park once), so that a park or scenario that cannot
     * be read, a change that does not fit its park, or a tornado year outside a scenario's
     * years is found before any sample runs. O(size of all parks and scenarios).
     *
     * @throws ParkFileException or {@link IllegalArgumentException} naming the run (its park and
     *                           scenario ids), the file position and the fix
     */
    public void validate() {
        Map<ParkSource, Park> parks = new IdentityHashMap<>();
        for (EnsembleRun run : runs) {
            String which = "Run (park '" + run.park() + "', scenario '" + run.scenario()
                    + "'): ";
            try {
                Park park = parks.get(run.parkSource());
                if (park == null) {
                    park = run.parkSource().park();
                    parks.put(run.parkSource(), park);
                }
                Scenario scenario = run.source().scenario(park);
                checkArgument(tornadoYear == null || (tornadoYear >= scenario.firstYear()
                        && tornadoYear <= scenario.lastYear()), "the tornado year %s is outside"
                        + " the scenario's years %s-%s: give a year every scenario runs.",
                        tornadoYear, scenario.firstYear(), scenario.lastYear());
            } catch (ParkFileException e) {
                throw new ParkFileException(e.problems().stream().map(p -> which + p).toList());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(which + e.getMessage(), e);
            }
        }
    }

    /** This ensemble with every run drawing from {@code value}. */
    public Ensemble withSeed(long value) {
        return new Ensemble(name, description, value, tornadoYear, runs);
    }

    /** This ensemble with {@code samples} samples in every run (each from its first sample). */
    public Ensemble withSamples(int samples) {
        return new Ensemble(name, description, seed, tornadoYear, runs.stream()
                .map(r -> new EnsembleRun(r.park(), r.scenario(), r.parkSource(), r.source(),
                        r.firstSample(), samples)).toList());
    }

    /** Samples in all runs. */
    public long totalSamples() {
        return runs.stream().mapToLong(EnsembleRun::samples).sum();
    }

    /** A builder for an ensemble named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    static void checkId(String id, String what) {
        checkArgument(id != null && ID.matcher(id).matches(), "A %s id ('%s') must be 1 to 100"
                + " letters, digits, '.', '_' or '-', such as \"dong-nai\".", what, id);
    }

    /** Builds an ensemble in Java; every run takes the builder's seed. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private long seed = 1;
        private Integer tornadoYear;
        private final List<EnsembleRun> runs = new ArrayList<>();

        private Builder(String name) {
            this.name = checkNotNull(name);
        }

        /** What the ensemble represents. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The seed of every run's samples (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Also the tornado of {@code year}, which every scenario must run. */
        public Builder tornado(int year) {
            this.tornadoYear = year;
            return this;
        }

        /** Samples 0 to {@code samples - 1} of {@code scenario} on {@code park}. */
        public Builder run(String parkId, ParkSource park, String scenarioId,
                ScenarioSource scenario, int samples) {
            return run(new EnsembleRun(parkId, scenarioId, park, scenario, 0, samples));
        }

        /** A run. */
        public Builder run(EnsembleRun run) {
            runs.add(checkNotNull(run));
            return this;
        }

        /** The ensemble: checked as {@link Ensemble}'s constructor does. */
        public Ensemble build() {
            return new Ensemble(name, description, seed, tornadoYear, runs);
        }
    }
}
