package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article without a publication date is found, charted and its events dated by the date its lead states. */
class DatedIndexTest {
    static final LocalDate FEB_18 = LocalDate.of(2025, 2, 18);

    @Test
    void anUndatedArticleCountsOnTheDayItsTextStates(@TempDir Path data) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(data)) {
            index.put(BestDatesTest.example("ru-lavrov-rubio-riyadh", null));
            index.put(BestDatesTest.example("zh-zhongmei-rineiwa", null));
            index.commit();
            ArticleSearcher searcher = new ArticleSearcher(index);
            SearchResult onTheDay = searcher.search(new SearchRequest("", null, null, null, null, null, FEB_18,
                    FEB_18, 10, null, null, true, false));
            assertEquals(List.of("ru-lavrov-rubio-riyadh"), onTheDay.hits().stream().map(SearchResult.Hit::id).toList());
            SearchResult.Hit hit = onTheDay.hits().get(0);
            assertEquals(null, hit.published(), "published without a date");
            assertEquals("2025-02-18", hit.day(), "the hit shows the day it counts by");
            assertEquals("text", hit.dateFrom());
            assertTrue(onTheDay.facets().get(Fields.MONTH).stream().anyMatch(f -> f.value().equals("2025-02")),
                    onTheDay.facets().toString());

            EventResult events = searcher.events(new EventRequest(null, null, null, null, null, null, false, 50, null));
            assertTrue(events.total() > 0);
            for (JsonNode e : events.events()) {
                String article = e.path("article_id").asText();
                if (article.equals("ru-lavrov-rubio-riyadh")) {
                    assertEquals("2025-02-18", e.path("day").asText(), e.toString());
                    assertEquals("2025-02-18", e.path("article").path("day").asText(), e.toString());
                }
            }
            assertTrue(events.timeline().stream().anyMatch(m -> m.month().equals("2025-02")
                    && m.goldsteinAverage() != null), events.timeline().toString());
        }
    }
}
