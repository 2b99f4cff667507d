package dev.csimodel.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error ({@code bootstrap [#######.......]  42%  420/1000}),
 * redrawn in place with a carriage return and only when the shown percentage changes. It draws
 * nothing unless standard error is an interactive terminal, so logs and pipes stay clean. Safe to
 * advance from several worker threads.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean visible;
    private final String label;
    private final int total;
    private int done;
    private int shownPercent = -1;

    ProgressBar(Console console, String label, int total) {
        this.err = console.err();
        this.visible = console.terminal().interactive() && total > 0;
        this.label = label;
        this.total = total;
    }

    /** Records one more finished unit of work. */
    synchronized void advance() {
        update(done + 1);
    }

    /** Records that {@code value} units of work are finished. */
    synchronized void update(int value) {
        done = Math.max(0, Math.min(total, value));
        if (!visible) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            draw(percent);
        }
    }

    private void draw(int percent) {
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  %d/%d", percent, done, total));
        err.flush();
    }

    /** Ends the bar's line, so that later output starts on a fresh line. */
    @Override
    public synchronized void close() {
        if (visible && shownPercent >= 0) {
            err.println();
            err.flush();
        }
    }
}
