package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.io.ArticleJson;
import org.warta.model.Article;

class ArticleIndexTest {
    @TempDir
    static Path data;
    static ArticleIndex index;
    static ArticleSearcher searcher;
    static List<Article> vietnamese;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(data);
        index.put(SampleArticles.seed());
        index.put(SampleArticles.english());
        index.put(SampleArticles.hostile());
        vietnamese = SampleArticles.vietnamese(30);
        vietnamese.forEach(index::put);
        index.commit();
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchRequest request(String q, int limit) {
        return new SearchRequest(q, null, null, null, null, null, null, null, limit, null, null, true, true);
    }

    @Test
    void storesEachArticleOnceAndReplacesAChangedOne(@TempDir Path dir) throws Exception {
        try (ArticleIndex own = ArticleIndex.open(dir)) {
            Article a = SampleArticles.english();
            own.put(a);
            own.put(a);
            own.commit();
            assertEquals(1, own.count());
            assertEquals(ArticleIndex.Outcome.UNCHANGED, own.classify(a.raw(), a.id()));
            Article changed = SampleArticles.english().toBuilder().events(List.of()).build();
            own.put(changed);
            own.commit();
            assertEquals(1, own.count());
            JsonNode stored = ArticleJson.MAPPER.readTree(own.json(a.id()));
            assertEquals(0, stored.get("events").size(), "the changed version replaced the old one");
            // Its events went with it: none is left behind.
            EventResult events = new ArticleSearcher(own).events(new EventRequest(null, null, null, null, null, null,
                    false, 10, null));
            assertEquals(0, events.total());
        }
    }

    @Test
    void keepsTheFullOutputContractJson() throws Exception {
        JsonNode seed = ArticleJson.MAPPER.readTree(index.json("seed-lavrov-rubio"));
        assertEquals("id", seed.get("language").asText());
        assertEquals("Kementerian Luar Negeri Rusia", seed.get("entities").get(0).get("text").asText());
        assertEquals(7, seed.get("entities").size());
        assertEquals("040", seed.get("events").get(0).get("cameo").asText());
        assertNull(index.json("no-such-id"));
    }

    @Test
    void findsWordsInEachLanguageWithItsOwnAnalyser() {
        // English stemming: "talk" finds "talks"; Indonesian stemming: "menteri" and "kementerian" share nothing,
        // but "berbincang" is found through the caption.
        assertEquals(List.of("en-riyadh-talks"), ids(searcher.search(request("talk", 10))));
        assertTrue(ids(searcher.search(request("perdagangan", 10))).contains("seed-lavrov-rubio"));
        // Vietnamese through ICU word breaks and case folding, diacritics kept.
        String title = vietnamese.get(0).metadata().title();
        String word = title.split("\\s+")[0];
        SearchResult vi = searcher.search(request(word.toUpperCase(java.util.Locale.ROOT), 50));
        assertTrue(ids(vi).contains(vietnamese.get(0).id()), word + " → " + ids(vi));
        assertTrue(vi.hits().stream().allMatch(h -> h.language().equals("vi")));
    }

    @Test
    void ranksTitleMatchesFirstAndArticlesWithAllWordsFirst() {
        SearchResult r = searcher.search(request("Lavrov Riyadh", 10));
        assertEquals("en-riyadh-talks", r.hits().get(0).id(), "the one article with both words ranks first");
        assertEquals(1, searcher.search(request("Lavrov AND Riyadh", 10)).total());
        SearchResult any = searcher.search(request("Lavrov OR Riyadh", 10));
        assertEquals(3, any.total());
        assertEquals("en-riyadh-talks", any.hits().get(0).id(), "the title match ranks first");
    }

    @Test
    void countsFacetsOverAllMatches() {
        SearchResult r = searcher.search(request("Lavrov", 1));
        assertEquals(3, r.total());
        assertEquals(1, r.hits().size());
        Map<String, Long> langs = counts(r.facets().get("lang"));
        assertEquals(Map.of("id", 1L, "en", 2L), langs);
        SearchResult.FacetValue lavrov = r.facets().get("entity").get(0);
        assertEquals(SampleArticles.LAVROV, lavrov.value());
        assertEquals("Sergei Lavrov", lavrov.label());
        assertEquals("PERSON", lavrov.type());
        assertEquals(3, lavrov.count());
        assertEquals(2L, counts(r.facets().get("event")).get("04"));
        assertEquals(Map.of("2025-02", 3L), counts(r.facets().get("month")));
        assertTrue(counts(r.facets().get("country")).containsKey("UKR"));
        assertEquals(1L, counts(r.facets().get("outlet")).get("news.example.com"));
    }

    @Test
    void filtersCombine() {
        SearchRequest r = new SearchRequest("", List.of("en", "id"), List.of("ukr"), List.of(SampleArticles.RUBIO),
                List.of("04"), null, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 15), 10, null, null, true, false);
        assertEquals(List.of("seed-lavrov-rubio"), ids(searcher.search(r)));
        SearchRequest outlet = new SearchRequest("", null, null, null, null, List.of("news.example.com"), null, null,
                10, null, null, false, false);
        assertEquals(List.of("en-riyadh-talks"), ids(searcher.search(outlet)));
        assertEquals(List.of("en-riyadh-talks"), ids(searcher.search(request("entity:" + SampleArticles.RUBIO
                + " AND lang:EN", 10))));
        assertEquals(2, searcher.search(request("event:04", 10)).total());
        assertEquals(1, searcher.search(request("event:111", 10)).total());
    }

    @Test
    void pagesThroughEveryMatchWithCursors() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        SearchRequest r = new SearchRequest("", null, null, null, null, null, null, null, 7, null, null, false, false);
        long total = -1;
        int pages = 0;
        while (r != null) {
            SearchResult page = searcher.search(r);
            total = page.total();
            for (SearchResult.Hit h : page.hits()) {
                assertTrue(seen.add(h.id()), "no article comes twice: " + h.id());
                order.add(h.published());
            }
            pages++;
            r = page.nextCursor() == null ? null : r.withCursor(page.nextCursor());
        }
        assertEquals(33, total);
        assertEquals(33, seen.size());
        assertEquals(5, pages, "33 in pages of 7, and no empty page after the last");
        // Newest first when there is no query.
        assertEquals("2025-02-20", order.get(0));
        // Relevance order pages too.
        SearchRequest rel = request("Lavrov OR Rubio OR Ukraina OR Ukraine", 1);
        Set<String> relSeen = new HashSet<>();
        for (SearchResult p = searcher.search(rel); ; p = searcher.search(rel = rel.withCursor(p.nextCursor()))) {
            p.hits().forEach(h -> assertTrue(relSeen.add(h.id())));
            if (p.nextCursor() == null) {
                break;
            }
        }
        assertEquals(3, relSeen.size());
    }

    @Test
    void snippetsMarkTheMatchedWordsAsPlainText() {
        SearchResult r = searcher.search(request("sanctions", 5));
        List<SearchResult.Piece> snippet = r.hits().get(0).snippet();
        assertTrue(snippet.stream().anyMatch(p -> p.match() && p.text().equals("sanctions")), snippet.toString());
        SearchResult hostile = searcher.search(request("researchers", 5));
        String shown = hostile.hits().get(0).preview();
        assertTrue(shown.contains("<script>"), "text is kept as text, not stripped or run: " + shown);
    }

    @Test
    void rejectsBadQueriesWithAReadableMessage() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> searcher.search(request("Lavrov AND (", 10)));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> searcher.search(request("nosuch:x", 10)))
                .getMessage().contains("unknown field"));
        assertThrows(InvalidQueryException.class, () -> searcher.search(request("*avrov", 10)));
        assertThrows(InvalidQueryException.class, () -> searcher.search(request("x", 10).withCursor("!!")));
        assertThrows(IllegalArgumentException.class, () -> request("x", 5000));
    }

    @Test
    void reportsAnEntityWithTimelineAndCompany() {
        EntityReport lavrov = searcher.entity(SampleArticles.LAVROV);
        assertNotNull(lavrov);
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals("PERSON", lavrov.type());
        assertEquals("RUS", lavrov.country());
        assertEquals("foreign minister <i>x</i>", lavrov.role(), "the role of the newest mention, as data");
        assertEquals(3, lavrov.articles());
        assertEquals(List.of(new EntityReport.DayCount(LocalDate.of(2025, 2, 14), 1),
                new EntityReport.DayCount(LocalDate.of(2025, 2, 18), 1),
                new EntityReport.DayCount(LocalDate.of(2025, 2, 20), 1)), lavrov.timeline());
        Map<String, Long> company = counts(lavrov.cooccurring());
        assertEquals(2L, company.get(SampleArticles.RUBIO));
        assertEquals(2L, company.get("Q212"), "Ukraine");
        assertEquals(1L, company.get(SampleArticles.PUTIN));
        assertEquals(2, lavrov.cooccurring().get(0).count(), "most frequent first");
        assertTrue(lavrov.cooccurring().stream().noneMatch(v -> v.value().equals(SampleArticles.LAVROV)));
        assertNull(searcher.entity("Q0"));
    }

    @Test
    void findsEventsByActorsRootAndDate() {
        EventResult ruToUs = searcher.events(new EventRequest("rus", "USA", null, null, null, null, false, 10, null));
        assertEquals(2, ruToUs.total());
        assertTrue(ruToUs.events().stream().allMatch(e -> e.get("article").get("id").asText().equals("seed-lavrov-rubio")));
        EventResult both = searcher.events(new EventRequest("RUS", "USA", null, null, null, null, true, 10, null));
        assertEquals(4, both.total());
        assertEquals("2025-03", both.timeline().get(both.timeline().size() - 1).month());
        assertEquals(1, both.timeline().get(both.timeline().size() - 1).verbalConflict());
        assertEquals(3, both.timeline().get(0).verbalCooperation());
        EventResult byKb = searcher.events(new EventRequest(null, null, SampleArticles.LAVROV, null, null, null, false, 10, null));
        assertEquals(2, byKb.total());
        EventResult conflict = searcher.events(new EventRequest("USAGOV", null, null, List.of("11"), null, null, false, 10, null));
        assertEquals(1, conflict.total());
        assertEquals("Washington criticised Moscow", conflict.events().get(0).get("evidence").asText());
        EventResult march = searcher.events(new EventRequest(null, null, null, null, LocalDate.of(2025, 3, 1), null, false, 10, null));
        assertEquals(1, march.total());
        EventResult paged = searcher.events(new EventRequest(null, null, null, null, null, null, false, 3, null));
        assertNotNull(paged.nextCursor());
        EventResult rest = searcher.events(new EventRequest(null, null, null, null, null, null, false, 3, paged.nextCursor()));
        assertEquals(1, rest.events().size());
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
        Map<String, Long> m = new java.util.TreeMap<>();
        values.forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    @Test
    void aMutualEventIsFoundFromEitherSide(@TempDir Path dir) throws Exception {
        try (ArticleIndex own = ArticleIndex.open(dir)) {
            Article a = SampleArticles.english();
            org.warta.model.Event first = a.events().get(0);
            org.warta.model.Event mutual = new org.warta.model.Event(first.start(), first.end(), first.actor1(),
                    first.actor2(), first.code(), first.rootCode(), first.quadClass(), first.goldstein(), first.date(),
                    null, first.trigger(), first.status(), null, 0.8, -1, true);
            own.put(a.toBuilder().events(List.of(mutual)).build());
            own.commit();
            ArticleSearcher s = new ArticleSearcher(own);
            String from = first.actor1().code();
            String to = first.actor2().code();
            assertEquals(1, s.events(new EventRequest(from, to, null, null, null, null, false, 10, null)).total());
            assertEquals(1, s.events(new EventRequest(to, from, null, null, null, null, false, 10, null)).total(),
                    "the same act seen from the other side");
            assertTrue(s.events(new EventRequest(to, from, null, null, null, null, false, 10, null)).events().get(0)
                    .get("mutual").asBoolean());
        }
    }
}
