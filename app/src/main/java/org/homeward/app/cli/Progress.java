package org.homeward.app.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error for long runs; silent when the run is short (it only
 * draws after two seconds) so that scripted output stays clean.
 */
final class Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private boolean drawn;

    Progress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    synchronized void update(long done) {
        if (System.nanoTime() - started < QUIET_NANOS) {
            return;
        }
        int width = 30;
        int filled = (int) (width * Math.min(done, total) / total);
        err.printf("\r%s [%s%s] %d%%", label, "#".repeat(filled), " ".repeat(width - filled), 100 * Math.min(done, total) / total);
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
