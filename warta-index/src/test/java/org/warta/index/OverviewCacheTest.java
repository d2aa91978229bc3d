package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Article;

/** An overview is counted once per reader: articles stored after it count in the next one a new reader sees. */
class OverviewCacheTest {
    static OverviewRequest everything() {
        return new OverviewRequest(null, null, 30, true, List.of(), 10);
    }

    @Test
    void articlesStoredAfterAnOverviewCountInTheNextOne(@TempDir Path dir) {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            List<Article> vi = SampleArticles.vietnamese(5);
            vi.subList(0, 3).forEach(index::put);
            index.put(SampleArticles.seed());
            index.commit();
            Overview overview = new Overview(new ArticleSearcher(index, null));
            OverviewResult first = overview.of(everything());
            assertEquals(4, first.articles() + first.undated());
            OverviewResult again = overview.of(everything());
            assertEquals(first.languages(), again.languages(), "the same reader gives the same overview");
            assertEquals(first.people(), again.people());

            index.put(SampleArticles.english());
            index.put(vi.get(3));
            assertEquals(4, overview.of(everything()).articles() + overview.of(everything()).undated(),
                    "not counted before a refresh");
            index.commit();
            OverviewResult after = overview.of(everything());
            assertEquals(6, after.articles() + after.undated());
            OverviewResult fresh = new Overview(new ArticleSearcher(index, null)).of(everything());
            assertEquals(fresh.languages(), after.languages());
            assertEquals(fresh.people(), after.people());
            assertEquals(fresh.volume(), after.volume());
            assertEquals(fresh.largest(), after.largest());
        }
    }
}
