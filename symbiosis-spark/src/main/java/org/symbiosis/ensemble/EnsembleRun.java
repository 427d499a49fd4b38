package org.symbiosis.ensemble;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;

/**
 * One run of an ensemble: a scenario on a park, and Monte Carlo samples {@code firstSample} to
 * {@code firstSample + samples - 1} of the ensemble's seed. Named by the park's and the
 * scenario's ids, which key its rows in the output.
 *
 * @param park        the park's id
 * @param scenario    the scenario's id
 * @param parkSource  the park (replacing the scenario file's own)
 * @param source      the scenario
 * @param firstSample the first sample drawn, 0 or more
 * @param samples     the number of samples, 0 for the deterministic run only
 */
public record EnsembleRun(String park, String scenario, ParkSource parkSource,
        ScenarioSource source, int firstSample, int samples) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the ids and the sample range. */
    public EnsembleRun {
        Ensemble.checkId(park, "park");
        Ensemble.checkId(scenario, "scenario");
        checkNotNull(parkSource, "The run (%s, %s) needs a park.", park, scenario);
        checkNotNull(source, "The run (%s, %s) needs a scenario.", park, scenario);
        checkArgument(firstSample >= 0 && samples >= 0 && (long) firstSample + samples
                <= PathwayRunner.MAX_SAMPLES, "The samples of run (%s, %s), %s from %s, must"
                + " lie within 0 to %,d: use fewer samples.", park, scenario, samples,
                firstSample, PathwayRunner.MAX_SAMPLES);
    }

    /** One past the last sample. */
    public int endSample() {
        return firstSample + samples;
    }

    /** Builds the scenario on its park (parses both). */
    public Scenario build() {
        return source.scenario(parkSource);
    }
}
