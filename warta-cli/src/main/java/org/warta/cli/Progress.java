package org.warta.cli;

import java.io.PrintStream;

/**
 * A one-line progress report on stderr, only when stderr is a terminal: records done, rate and, when the total is
 * known, a bar and the time left. Redrawn at most five times a second.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final String unit;
    private long total;
    private long done;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, boolean enabled, String unit) {
        this.err = err;
        this.enabled = enabled;
        this.unit = unit;
    }

    static Progress onTerminal(PrintStream err, String unit) {
        return new Progress(err, System.console() != null && System.getenv("WARTA_NO_PROGRESS") == null, unit);
    }

    static Progress none() {
        return new Progress(System.err, false, "");
    }

    void total(long n) {
        total = n;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    synchronized void clearLine() {
        if (enabled && drawn) {
            err.print("\r\033[K");
        }
    }

    synchronized void finish() {
        if (enabled && drawn) {
            draw(System.nanoTime());
            err.println();
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        StringBuilder b = new StringBuilder("\r\033[K");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            b.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            b.append(done).append('/').append(total).append(' ').append(unit);
            if (rate > 0 && done < total) {
                b.append(String.format(", %.0f/s, %s left", rate, duration((total - done) / rate)));
            }
        } else {
            b.append(done).append(' ').append(unit).append(String.format(", %.0f/s", rate));
        }
        err.print(b);
        err.flush();
        drawn = true;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
