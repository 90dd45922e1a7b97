package jsa.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal's stderr, cleared for any other line printed there;
 * silent when stderr is not a terminal (scripts, cron).
 */
final class ProgressBar {
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private boolean shown;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows {@code done} of {@code total} finished, the last being {@code what}. */
    void show(int done, int total, String what) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r\u001b[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + what);
            err.flush();
            shown = true;
        }
    }

    /** Prints {@code line} on stderr; the bar comes back with the next {@link #show}. */
    void println(String line) {
        clear();
        err.println(line);
    }

    void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }
}
