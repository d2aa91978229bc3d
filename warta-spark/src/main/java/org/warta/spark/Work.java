package org.warta.spark;

import java.io.Serializable;
import java.util.List;
import org.warta.io.ArticleJson;
import org.warta.io.Failure;
import org.warta.model.Article;
import org.warta.story.Fingerprint;

/**
 * One record on its way through the job, at its place in the input: an article being made, an article made (its
 * output line written), or a record that failed or was passed over, with the reason. An article waiting for its story
 * is kept as its open line and fingerprint, which travel and store far more cheaply than the article; the article
 * itself is kept only for outputs that need it.
 *
 * @param source  how the record is reported (the file, and the record within it)
 * @param article the article so far; null for a failed or passed over record, and once written unless kept
 * @param print   the article's story fingerprint, while it waits for its story
 * @param open    the article's line without its story, while it waits for it
 * @param line    the article's output line, once written
 * @param events  the article's GDELT rows, once written (empty without GDELT output)
 * @param reason  for a failed or passed over record, the reason code (too-large, damaged, documentation...)
 * @param message for a failed or passed over record, what happened
 */
record Work(Order order, Kind kind, String source, Article article, Fingerprint print, ArticleJson.Open open,
            String line, List<String> events, String reason, String message) implements Serializable {
    enum Kind { ARTICLE, FAILED, SKIPPED }

    static Work article(Order order, Article article) {
        return new Work(order, Kind.ARTICLE, article.source() == null ? null : article.source().describe(), article,
                null, null, null, List.of(), null, null);
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
        return new Work(order, kind, source, null, null, null, null, List.of(), failure.reason(), failure.message());
    }

    Work with(Article next) {
        return new Work(order, kind, source, next, null, null, null, List.of(), reason, message);
    }

    /** The article waiting for its story: its fingerprint, its open line and its rows; the article if kept. */
    Work waiting(Article kept, Fingerprint fingerprint, ArticleJson.Open openLine, List<String> rows) {
        return new Work(order, kind, source, kept, fingerprint, openLine, null, rows, reason, message);
    }

    /** The article written: its line and rows; the article if kept. */
    Work written(Article kept, String outputLine, List<String> rows) {
        return new Work(order, kind, source, kept, null, null, outputLine, rows, reason, message);
    }

    boolean isArticle() {
        return kind == Kind.ARTICLE;
    }
}
