package org.symbiosis.flow;

/**
 * Told how far a long run has come, so that a tool can show a progress bar. Must be fast and must
 * not throw. The simulator calls it from its own thread at most about four times a second; a
 * {@link org.symbiosis.pathway.PathwayRunner} after every Monte Carlo sample, from each of its
 * threads, so concurrently when it has more than one.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * Reports how far {@code phase} has come.
     *
     * @param phase what is running, e.g. {@code "solving loops"}
     * @param done  units of work done
     * @param total units of work in all, or -1 when unknown
     */
    void progress(String phase, long done, long total);
}
