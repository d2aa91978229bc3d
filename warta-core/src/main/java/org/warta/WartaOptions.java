package org.warta;

import java.time.LocalDate;

/**
 * Options for building a pipeline.
 *
 * @param referenceDate date that relative time expressions are resolved against when the article has no
 *                      publication date; null leaves them unresolved
 */
public record WartaOptions(LocalDate referenceDate) {
    public static WartaOptions defaults() {
        return new WartaOptions(null);
    }

    public WartaOptions withReferenceDate(LocalDate date) {
        return new WartaOptions(date);
    }
}
