package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.warta.io.ArticleJson;
import org.warta.io.gdelt.GdeltExport;
import org.warta.io.gdelt.GdeltRow;
import org.warta.model.Article;
import org.warta.story.Fingerprint;

/**
 * How a finished article is written, on the executor that finished it: its JSON line as {@code warta process}
 * writes it, its GDELT rows when asked, and the article itself kept only when an output needs it.
 *
 * @param gdelt        the export that makes GDELT rows, or null for none
 * @param keepArticles keep the article beside its line (for outputs made from articles)
 */
record Writing(GdeltExport gdelt, boolean keepArticles) implements Serializable {
    Work written(Work w, Article article) {
        return w.written(keepArticles ? article : null, ArticleJson.write(article, false), rows(article));
    }

    /** The article kept as its fingerprint and line open for the story it will get. */
    Work waiting(Work w, Article article, Fingerprint print) {
        return w.waiting(keepArticles ? article : null, print, ArticleJson.writeOpen(article), rows(article));
    }

    private List<String> rows(Article article) {
        if (gdelt == null) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        for (GdeltRow row : gdelt.rows(article)) {
            rows.add(row.toLine());
        }
        return rows;
    }
}
