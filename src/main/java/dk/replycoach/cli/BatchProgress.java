package dk.replycoach.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long batch on standard error: nothing for the first second (a small file stays
 * quiet), then a line a second with rows done, the total when known, and rows per second.
 */
final class BatchProgress {
    private static final long SECOND = 1_000_000_000L;

    private final PrintStream err;
    private final long total;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastPrinted;

    BatchProgress(PrintStream err, long total, LongSupplier nanoTime) {
        this.err = err;
        this.total = total;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    void rowDone(long rows) {
        long now = nanoTime.getAsLong();
        if (now - lastPrinted >= SECOND) {
            lastPrinted = now;
            err.println("reply-coach: batch " + count(rows) + (total >= 0 ? " / " + count(total) + " rows ("
                    + (total == 0 ? 100 : rows * 100 / total) + "%)" : " rows") + ", " + rate(rows, now) + " rows/s");
        }
    }

    /** Seconds since the start. */
    double seconds() {
        return (nanoTime.getAsLong() - started) / (double) SECOND;
    }

    String rate(long rows) {
        return rate(rows, nanoTime.getAsLong());
    }

    private String rate(long rows, long now) {
        double s = (now - started) / (double) SECOND;
        return s <= 0 ? "-" : count(Math.round(rows / s));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
