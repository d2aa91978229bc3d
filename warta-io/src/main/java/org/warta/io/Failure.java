package org.warta.io;

import org.warta.model.Source;
import org.warta.pipeline.BudgetExceeded;

/**
 * A record that could not be turned into an article, or was deliberately passed over.
 *
 * @param source  where it was
 * @param reason  a short stable code for counting (empty, binary, too-large, unreadable, bad-json, ...)
 * @param message what was wrong, for a person
 */
public record Failure(Source source, String reason, String message) {
    /** A record the pipeline refused or stopped: over its size or its time ({@code too-large}, {@code too-slow}). */
    public static Failure overBudget(Source source, BudgetExceeded e) {
        return new Failure(source, e.reason(), e.getMessage());
    }

    @Override
    public String toString() {
        return source.describe() + ": " + reason + ": " + message;
    }
}
