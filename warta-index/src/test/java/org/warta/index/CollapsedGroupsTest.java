package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.model.StoryRef;

/**
 * Searches collapsed by story, counted and ranked in one pass, give what ranking every match and reading the ranked
 * hits until enough stories turn up gives: the same stories in the same order, with the same best hit, counts,
 * facets and cursors, on an index of many segments whose stories hold copies that score alike.
 */
class CollapsedGroupsTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;
    static ArticleSearcher searcher;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(dir.resolve("data"));
        List<Article> originals = new ArrayList<>(SampleArticles.vietnamese(24));
        originals.add(SampleArticles.seed());
        originals.add(SampleArticles.english());
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < originals.size(); i++) {
                Article a = originals.get(i);
                // copies of one article share its story; every third one joins the story of the article before it
                String story = "story-" + (i % 3 == 2 ? i - 1 : i);
                Article copy = a.toBuilder().id(a.id() + "~" + round)
                        .metadata(a.metadata().withPublished("2025-0" + (1 + (i + round) % 9) + "-1" + round))
                        .story(new StoryRef(story, null, 1, List.of("vi"), null, List.of())).layer(Layer.STORY)
                        .build();
                index.put(copy);
            }
            index.commit();
        }
        searcher = new ArticleSearcher(index, null);
    }

    static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String q : List.of("", "Hà Nội", "Lavrov Rubio", "Lavrov", "thành phố", "người dân", "Riyadh talks")) {
            for (SearchRequest.Order order : new SearchRequest.Order[] {null, SearchRequest.Order.DATE,
                    SearchRequest.Order.RELEVANCE}) {
                for (int limit : new int[] {2, 5, 20}) {
                    out.add(new SearchRequest(q, null, null, null, null, null, null, null, limit, null, order,
                            limit != 5, limit == 2));
                }
            }
        }
        return out;
    }

    @Test
    void everyPageEqualsRankingEveryMatch() {
        int pages = 0;
        int collapsed = 0;
        for (SearchRequest first : requests()) {
            SearchRequest r = first;
            while (r != null) {
                SearchResult one = searcher.search(r, true, 10);
                SearchResult ranked = searcher.collapsedByRanking(r, 10);
                assertEquals(ranked.total(), one.total(), r.toString());
                assertEquals(ranked.hits(), one.hits(), r.toString());
                assertEquals(ranked.facets(), one.facets(), r.toString());
                assertEquals(ranked.nextCursor(), one.nextCursor(), r.toString());
                pages++;
                collapsed += one.hits().stream().filter(h -> h.similar() != null && h.similar().count() > 0).count();
                r = one.nextCursor() == null ? null : r.withCursor(one.nextCursor());
            }
        }
        assertTrue(pages > requests().size(), "some searches have a second page");
        assertTrue(collapsed > 0, "some hits stand for more matches of their story");
    }

    @Test
    void aStoryIsShownOnceAtTheRankOfItsBestHit() {
        SearchResult all = searcher.search(new SearchRequest("", null, null, null, null, null, null, null, 100, null,
                null, true, false), true, 10);
        assertEquals(26 * 4, all.total(), "every copy matches");
        List<String> stories = all.hits().stream().map(h -> h.story().id()).toList();
        assertEquals(stories.stream().distinct().count(), stories.size(), "one hit a story");
        for (int i = 1; i < all.hits().size(); i++) {
            assertTrue(all.hits().get(i - 1).day().compareTo(all.hits().get(i).day()) >= 0, "newest first");
        }
    }
}
