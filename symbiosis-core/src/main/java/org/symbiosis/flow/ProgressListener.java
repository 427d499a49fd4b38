package org.symbiosis.flow;

/**
 * Told how far a long run has come, so that a tool can show a progress bar. Called from the
 * engine's thread at most a few times a second; must be fast and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param phase what is running, e.g. {@code "solving loops"}
     * @param done  units of work done
     * @param total units of work in all, or -1 when unknown
     */
    void progress(String phase, long done, long total);
}
