package org.warta.pipeline;

/**
 * A record went over its {@link Budget}: too large to start on, or too slow to finish. Not a bug and not a warning:
 * the record fails with {@link #reason()} as its failure reason, and a run goes on with the next record.
 */
public final class BudgetExceeded extends RuntimeException {
    public static final String TOO_LARGE = "too-large";
    public static final String TOO_SLOW = "too-slow";

    private final String reason;
    private final String stage;

    private BudgetExceeded(String reason, String stage, String message) {
        // no stack trace: this is an expected outcome, thrown from deep inside a stage's loops
        super(message, null, false, false);
        this.reason = reason;
        this.stage = stage;
    }

    static BudgetExceeded tooLarge(String message) {
        return new BudgetExceeded(TOO_LARGE, null, message);
    }

    static BudgetExceeded tooSlow(String message) {
        return new BudgetExceeded(TOO_SLOW, null, message);
    }

    /** The failure reason: {@value #TOO_LARGE} or {@value #TOO_SLOW}. */
    public String reason() {
        return reason;
    }

    /** The stage that was running when the time ran out; null for a record refused before any stage. */
    public String stage() {
        return stage;
    }

    /** The same failure, told which stage it happened in (the pipeline knows; the code that noticed may not). */
    BudgetExceeded inStage(String name) {
        return stage != null ? this : new BudgetExceeded(reason, name,
                getMessage() + " (stopped in stage '" + name + "')");
    }
}
