package org.warta.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The moment by which the record being processed on this thread must be done. The pipeline sets it for each record
 * and checks it between stages; stages that loop over a text's blocks, sentences or paragraphs call
 * {@link #check()} at those natural points, which costs a clock read, so a record over its time stops within one
 * such step rather than running to the end.
 *
 * <p>The time is the record's own work: loading what a language needs the first time a record in that language
 * comes ({@link #unclocked}) does not count against it.
 */
public final class Deadline {
    /** No limit: checks never fail. */
    public static final Deadline NONE = new Deadline(Duration.ZERO, 0, "one article");
    private static final ThreadLocal<Deadline> CURRENT = ThreadLocal.withInitial(() -> NONE);

    private final Duration budget;
    /** What the budget is for, in the message of a record stopped by it: "one article", "one request". */
    private final String scope;
    /** {@link System#nanoTime()} when the time is up; moved on by unclocked work. Used by one thread only. */
    private long end;
    private int unclockedDepth;

    private Deadline(Duration budget, long end, String scope) {
        this.budget = budget;
        this.end = end;
        this.scope = scope;
    }

    /** The deadline {@code budget} from now for one article; {@link #NONE} for a zero budget. */
    public static Deadline after(Duration budget) {
        return after(budget, "one article");
    }

    /**
     * The deadline {@code budget} from now for work that may span several records, such as one request that
     * posts many articles ({@link Pipeline#process(org.warta.model.RawDocument, Deadline)}); {@link #NONE} for a
     * zero budget.
     */
    public static Deadline after(Duration budget, String scope) {
        return budget.isZero() ? NONE : new Deadline(budget, System.nanoTime() + budget.toNanos(), scope);
    }

    /** Fails the record on this thread with {@link BudgetExceeded} ({@code too-slow}) when its time is up. */
    public static void check() {
        CURRENT.get().checkNow();
    }

    /**
     * Does work that is not the record's own (loading a language's data on first use, which whatever record comes
     * first would pay for) without counting its time against the record on this thread.
     */
    public static <T> T unclocked(Supplier<T> work) {
        Deadline d = CURRENT.get();
        if (d == NONE) {
            return work.get();
        }
        long t0 = System.nanoTime();
        d.unclockedDepth++;
        try {
            return work.get();
        } finally {
            if (--d.unclockedDepth == 0) {
                d.end += System.nanoTime() - t0;
            }
        }
    }

    /** The deadline of the record being processed on this thread, {@link #NONE} outside the pipeline. */
    public static Deadline current() {
        return CURRENT.get();
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - end > 0;
    }

    public void checkNow() {
        if (passed()) {
            throw BudgetExceeded.tooSlow("processing took more than " + describe(budget)
                    + ", the time limit for " + scope);
        }
    }

    /** Makes this the deadline of the work done on this thread until the returned scope is closed. */
    Scope enter() {
        Deadline before = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(before);
    }

    /** Restores the deadline that was current before {@link #enter()}. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** "10s", "1.5s", "250ms". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
}
