package org.symbiosis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.symbiosis.flow.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn in place; silent when standard error is not
 * a terminal (in scripts and CI) so that logs stay clean.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar that draws only when the JVM has a console. */
    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public synchronized void progress(String phase, long done, long total) {
        if (!enabled) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line = String.format(Locale.ROOT, "\r[%s%s] %3d %% %s (%d/%d, %.1f s)",
                    "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total, phase,
                    done, total, seconds);
        } else {
            line = String.format(Locale.ROOT, "\r%s: %d (%.1f s)", phase, done, seconds);
        }
        err.print(line);
        err.flush();
        drawn = true;
    }

    /** Clears the bar's line. */
    synchronized void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
