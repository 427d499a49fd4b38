package org.symbiosis.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.ensemble.Ensemble;
import org.symbiosis.ensemble.EnsembleRun;
import org.symbiosis.flow.ProgressListener;
import org.symbiosis.io.ParkFileException;
import org.symbiosis.pathway.MonteCarloAggregate;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.PathwayRunner.TornadoBar;
import org.symbiosis.pathway.Scenario;

/**
 * What an executor does with a block or a run. Scenarios are built from the broadcast sources
 * once per executor JVM and the last {@value #CACHED} kept (blocks of one run arrive together),
 * keyed by the token of the ensemble run: broadcast ids start again at 0 in every Spark context,
 * so they cannot key a cache that outlives one.
 */
final class Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    /** Scenarios kept per executor JVM. */
    static final int CACHED = 16;

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>(32, 0.75f,
            true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scenario> eldest) {
            return size() > CACHED;
        }
    };

    private Tasks() {
    }

    /** An ensemble as broadcast, with a token unique to one {@code run} of it. */
    record Shared(String token, Ensemble ensemble) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Run {@code index}'s scenario, built once per JVM (keyed by the run's token). */
    static Scenario scenario(Broadcast<Shared> shared, int index) {
        String key = shared.value().token() + ":" + index;
        synchronized (SCENARIOS) {
            Scenario cached = SCENARIOS.get(key);
            if (cached != null) {
                return cached;
            }
        }
        long started = System.nanoTime();
        Scenario built = shared.value().ensemble().runs().get(index).build();
        LOG.debug("Built the scenario of run {} in {} ms", index,
                (System.nanoTime() - started) / 1_000_000);
        synchronized (SCENARIOS) {
            SCENARIOS.put(key, built);
        }
        return built;
    }

    /** One block's samples, on one core. */
    static MonteCarloAggregate sample(Broadcast<Shared> shared,
            SparkEnsembleRunner.Block block) {
        Ensemble ensemble = shared.value().ensemble();
        Scenario scenario = scenario(shared, block.run());
        return new PathwayRunner(1, ProgressListener.NONE).sample(scenario, ensemble.seed(),
                block.from(), block.to());
    }

    /** One run: its blocks merged, judged, and its tornado if asked; as rows. */
    static EnsembleRows finish(Broadcast<Shared> shared, int index,
            Iterable<MonteCarloAggregate> blocks) {
        Ensemble ensemble = shared.value().ensemble();
        EnsembleRun run = ensemble.runs().get(index);
        List<MonteCarloAggregate> parts = new ArrayList<>();
        blocks.forEach(parts::add);
        MonteCarloAggregate merged = MonteCarloAggregate.mergeAll(parts);
        if (merged.samples() != run.samples()) {
            throw new IllegalStateException("Run " + index + " (" + run.park() + ", "
                    + run.scenario() + ") gathered " + merged.samples() + " samples of "
                    + run.samples());
        }
        Scenario scenario = scenario(shared, index);
        PathwayRunner runner = new PathwayRunner(1, ProgressListener.NONE);
        PathwayResult result = runner.result(scenario, merged);
        List<TornadoBar> bars = ensemble.tornadoYear() == null ? List.of()
                : runner.tornado(scenario, ensemble.tornadoYear());
        return EnsembleRows.of(run.park(), run.scenario(), result, bars,
                ensemble.tornadoYear());
    }

    /**
     * The user's mistake inside a failed Spark job (a park that cannot run in some year and
     * sample), as the core threw it; otherwise an IllegalStateException naming the ensemble,
     * with {@code e} as its cause.
     */
    static RuntimeException userError(Exception e, String ensemble) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParkFileException p) {
                return p;
            }
            if (t instanceof IllegalArgumentException i) {
                return i;
            }
        }
        return new IllegalStateException("The ensemble '" + ensemble + "' failed on Spark: "
                + e.getMessage(), e);
    }
}
