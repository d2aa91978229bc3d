package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.kb.KnowledgeBase;
import org.warta.testing.Fixtures;

/**
 * Entity pages and entity suggestions over articles run through the pipeline: the Russian example about Lavrov and
 * Rubio, and English articles naming one or both of them.
 */
class EntityPagesTest {
    static final String LAVROV = "person/sergei-lavrov";
    static final String RUBIO = "person/marco-rubio";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static ArticleSearcher searcher;
    static EntityPages pages;
    static EntitySuggester suggester;

    @BeforeAll
    static void build() throws Exception {
        index = ArticleIndex.open(data);
        index.put(EntitySearchTest.article("ru", Files.readString(Fixtures.examples().resolve(
                "ru-lavrov-rubio-riyadh.txt")), null, "2025-02-18"));
        index.put(EntitySearchTest.article("en-both", "US Secretary of State Marco Rubio met Russian Foreign Minister "
                + "Sergei Lavrov in Riyadh on Tuesday for talks on ending the war in Ukraine.", "Rubio meets Lavrov",
                "2025-02-18"));
        index.put(EntitySearchTest.article("en-rubio", "US Secretary of State Marco Rubio arrived in Saudi Arabia on "
                + "Monday. Rubio will stay in Riyadh for two days.", "Rubio arrives", "2025-02-17"));
        index.put(EntitySearchTest.article("en-rain", "Floods closed roads across the region on Monday after days of "
                + "heavy rain.", "Floods close roads", "2025-02-17"));
        index.commit();
        searcher = new ArticleSearcher(index);
        pages = new EntityPages(searcher, KnowledgeBase::standard);
        suggester = new EntitySuggester(searcher, KnowledgeBase::standard);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void thePageCountsArticlesPerLanguage() {
        EntityPage page = pages.page(LAVROV);
        Map<String, Long> languages = page.languages().stream()
                .collect(Collectors.toMap(EntityPage.LanguageCount::language, EntityPage.LanguageCount::articles));
        assertEquals(Map.of("ru", 1L, "en", 1L), languages);
        assertEquals(2, page.report().articles());
        assertEquals(LAVROV, page.actor());
    }

    @Test
    void theGraphHoldsTheEntitiesMentionedWithItAndTheirPairs() {
        EntityPage.Graph graph = pages.page(LAVROV).graph();
        Map<String, Long> nodes = graph.nodes().stream()
                .collect(Collectors.toMap(EntityPage.Node::key, EntityPage.Node::articles));
        assertEquals(2L, nodes.get(RUBIO), nodes.toString());
        assertFalse(nodes.containsKey(LAVROV), "the entity itself is the centre, not a node");
        assertTrue(graph.nodes().size() <= EntityPages.GRAPH_NODES);
        assertEquals(2, graph.articlesRead());
        // Rubio and Riyadh are both named in the two articles about Lavrov
        assertTrue(graph.edges().stream().anyMatch(e -> e.articles() == 2
                && List.of(e.source(), e.target()).containsAll(List.of(RUBIO, "city/riyadh"))), graph.edges().toString());
        assertTrue(graph.edges().stream().allMatch(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target())
                && e.articles() <= Math.min(nodes.get(e.source()), nodes.get(e.target()))));
    }

    @Test
    void theKnowledgeBaseGivesThePositionsHeldWithTheirDates() {
        EntityPage.KbFacts kb = pages.page(LAVROV).kb();
        assertNotNull(kb);
        assertEquals("foreign minister", kb.role());
        assertTrue(kb.names().get("ru").contains("Сергей Лавров"), kb.names().toString());
        EntityPage.Role now = kb.roles().get(0);
        assertEquals("RUSGOV", now.code());
        assertEquals("RUS", now.country());
        assertEquals(LocalDate.of(2004, 3, 9), now.from());
        assertNull(now.until(), "held now, so listed first");
        assertTrue(kb.roles().stream().anyMatch(r -> LocalDate.of(2004, 7, 12).equals(r.until())));
    }

    @Test
    void aCountrysEventsAreFoundByItsCode() {
        EntityPage page = pages.page("country/RUS");
        assertEquals("RUS", page.actor());
    }

    @Test
    void anEntityNoArticleMentionsHasNoPage() {
        assertNull(pages.page("person/nobody-at-all"));
    }

    @Test
    void suggestionsMatchANameInAnyScript() {
        List<EntitySuggester.Suggestion> latin = suggester.suggest("lav", 8);
        List<EntitySuggester.Suggestion> cyrillic = suggester.suggest("Лав", 8);
        assertEquals(LAVROV, latin.get(0).key(), latin.toString());
        assertEquals(LAVROV, cyrillic.get(0).key(), cyrillic.toString());
        assertEquals(Character.UnicodeScript.CYRILLIC,
                Character.UnicodeScript.of(cyrillic.get(0).matched().codePointAt(0)), cyrillic.toString());
        assertEquals(Character.UnicodeScript.LATIN,
                Character.UnicodeScript.of(latin.get(0).matched().codePointAt(0)), latin.toString());
        assertEquals(2, latin.get(0).articles());
        assertEquals("PERSON", latin.get(0).type());
    }

    @Test
    void aLaterWordOfANameMatchesToo() {
        assertEquals(RUBIO, suggester.suggest("rubi", 3).get(0).key());
        assertEquals(RUBIO, suggester.suggest("Marco Ru", 3).get(0).key());
        assertTrue(suggester.suggest("Marco Lav", 3).isEmpty());
    }

    @Test
    void suggestionsAreRankedByArticlesAndCountedAsTheIndexCountsThem() {
        List<EntitySuggester.Suggestion> all = suggester.suggest("r", 50);
        assertTrue(all.size() > 2, all.toString());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).articles() >= all.get(i).articles(), all.toString());
        }
        for (EntitySuggester.Suggestion s : all) {
            long hits = searcher.search(new SearchRequest(null, null, null, List.of(s.key()), null, null, null, null,
                    1, null, null, false, false)).total();
            assertEquals(hits, s.articles(), s.toString());
        }
        assertEquals(3, suggester.suggest("r", 3).size());
    }

    @Test
    void anArticleStoredLaterIsCountedInTheNextSuggestions(@TempDir Path other) {
        try (ArticleIndex fresh = ArticleIndex.open(other)) {
            fresh.put(EntitySearchTest.article("one", "Marco Rubio spoke in Riyadh on Monday.", "One", "2025-02-17"));
            fresh.commit();
            EntitySuggester s = new EntitySuggester(new ArticleSearcher(fresh), KnowledgeBase::standard);
            assertEquals(1, s.suggest("rubio", 1).get(0).articles());
            assertTrue(s.suggest("lavrov", 1).isEmpty());
            fresh.put(EntitySearchTest.article("two", "Marco Rubio met Sergei Lavrov on Tuesday.", "Two",
                    "2025-02-18"));
            fresh.commit();
            assertEquals(2, s.suggest("rubio", 1).get(0).articles());
            assertEquals(LAVROV, s.suggest("lavrov", 1).get(0).key());
        }
    }

    @Test
    void textWithoutLettersOrDigitsSuggestsNothing() {
        assertTrue(suggester.suggest("  - ", 8).isEmpty());
        assertTrue(suggester.suggest("", 8).isEmpty());
        assertTrue(suggester.suggest("zzzzq", 8).isEmpty());
    }
}
