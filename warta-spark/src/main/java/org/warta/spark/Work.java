package org.warta.spark;

import java.io.Serializable;
import org.warta.io.Failure;
import org.warta.model.Article;
import org.warta.story.Fingerprint;

/**
 * One record on its way through the job, at its place in the input: an article being made (with its fingerprint once
 * the story step is next), or a record that failed or was passed over, with the reason.
 *
 * @param source  how the record is reported (the file, and the record within it)
 * @param article the article so far, null for a failed or passed over record
 * @param reason  for a failed or passed over record, the reason code (too-large, damaged, documentation...)
 * @param message for a failed or passed over record, what happened
 */
record Work(Order order, Kind kind, String source, Article article, Fingerprint fingerprint, String reason,
            String message) implements Serializable {
    enum Kind { ARTICLE, FAILED, SKIPPED }

    static Work article(Order order, Article article) {
        return new Work(order, Kind.ARTICLE, article.source() == null ? null : article.source().describe(), article,
                null, null, null);
    }

    static Work failed(Order order, String fallbackSource, Failure failure) {
        return of(order, Kind.FAILED, fallbackSource, failure);
    }

    static Work skipped(Order order, String fallbackSource, Failure failure) {
        return of(order, Kind.SKIPPED, fallbackSource, failure);
    }

    private static Work of(Order order, Kind kind, String fallbackSource, Failure failure) {
        String source = failure.source() == null || failure.source().describe() == null ? fallbackSource
                : failure.source().describe();
        return new Work(order, kind, source, null, null, failure.reason(), failure.message());
    }

    Work with(Article next) {
        return new Work(order, kind, source, next, null, reason, message);
    }

    Work with(Article next, Fingerprint print) {
        return new Work(order, kind, source, next, print, reason, message);
    }

    boolean isArticle() {
        return kind == Kind.ARTICLE;
    }
}
