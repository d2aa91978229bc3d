package org.warta;

import java.time.LocalDate;
import org.warta.pipeline.Budget;

/**
 * Options for building a pipeline.
 *
 * @param referenceDate date that relative time expressions are resolved against when the article has no
 *                      publication date; null leaves them unresolved
 * @param budget        how large one record may be and how long it may take ({@link Budget#DEFAULT}: 4 MiB of
 *                      text, 10 seconds)
 */
public record WartaOptions(LocalDate referenceDate, Budget budget) {
    public WartaOptions {
        budget = budget == null ? Budget.DEFAULT : budget;
    }

    /** With the default budget. */
    public WartaOptions(LocalDate referenceDate) {
        this(referenceDate, Budget.DEFAULT);
    }

    public static WartaOptions defaults() {
        return new WartaOptions(null, Budget.DEFAULT);
    }

    public WartaOptions withReferenceDate(LocalDate date) {
        return new WartaOptions(date, budget);
    }

    public WartaOptions withBudget(Budget b) {
        return new WartaOptions(referenceDate, b);
    }
}
