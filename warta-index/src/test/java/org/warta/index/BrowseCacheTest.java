package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Article;

/** Browsing without words is counted once per reader: what is stored after shows as soon as a new reader sees it. */
class BrowseCacheTest {
    static SearchRequest browse(int limit) {
        return new SearchRequest("", null, null, null, null, null, null, null, limit, null, null, true, false);
    }

    @Test
    void articlesStoredAfterABrowseShowInTheNextOne(@TempDir Path dir) {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            List<Article> vi = SampleArticles.vietnamese(6);
            vi.subList(0, 4).forEach(index::put);
            index.commit();
            ArticleSearcher searcher = new ArticleSearcher(index, null);
            SearchResult before = searcher.search(browse(10), true, 10);
            assertEquals(4, before.total());
            SearchResult again = searcher.search(browse(10), true, 10);
            assertEquals(before.hits(), again.hits(), "the same reader gives the same page");
            assertEquals(before.facets(), again.facets());

            Article newest = SampleArticles.english();
            index.put(newest);
            index.put(vi.get(4));
            assertEquals(4, searcher.search(browse(10), true, 10).total(), "not visible before a refresh");
            index.commit();
            SearchResult after = searcher.search(browse(10), true, 10);
            assertEquals(6, after.total());
            assertEquals(after.total(), searcher.collapsedByRanking(browse(10), 10).total());
            assertEquals(searcher.collapsedByRanking(browse(10), 10).hits(), after.hits());
            assertEquals(searcher.collapsedByRanking(browse(10), 10).facets(), after.facets());
            assertEquals(List.of("en"), after.facets().get(Fields.LANG).stream()
                    .filter(v -> v.value().equals("en")).map(SearchResult.FacetValue::value).toList());
        }
    }
}
