package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.testing.Fixtures;

/**
 * Query words that name a knowledge-base entity find the articles linked to it in every language and script, and
 * queries of plain words rank the articles with more of the words first. The articles run through the pipeline, so
 * their entity links are those the recogniser makes.
 */
class EntitySearchTest {
    static final String RU = "ru-lavrov-rubio-riyadh";
    static final String EN_BOTH = "en-both";
    static final String EN_LAVROV = "en-lavrov";
    static final String EN_RUBIO = "en-rubio";
    static final String EN_OTHER = "en-other";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static ArticleSearcher searcher;

    @BeforeAll
    static void build() throws Exception {
        index = ArticleIndex.open(data);
        String ru = Files.readString(Fixtures.examples().resolve(RU + ".txt"));
        index.put(article(RU, ru, null, "2025-02-18"));
        index.put(article(EN_BOTH, "US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in "
                + "Riyadh on Tuesday for talks on ending the war in Ukraine. Rubio said the talks were a first step.",
                "Rubio meets Russia's top diplomat", "2025-02-18"));
        index.put(article(EN_LAVROV, "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready "
                + "to restore its embassies. Lavrov spoke to reporters in Moscow.", "Moscow ready to talk",
                "2025-02-17"));
        index.put(article(EN_RUBIO, "US Secretary of State Marco Rubio arrived in Saudi Arabia on Monday. Rubio "
                + "will stay for two days.", "Top US diplomat arrives", "2025-02-17"));
        index.put(article(EN_OTHER, "Floods closed roads across the region on Monday after days of heavy rain.",
                "Floods close roads", "2025-02-17"));
        index.commit();
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Article article(String id, String text, String title, String published) {
        return Warta.process(SampleArticles.raw(id, text, title, published, "https://news.example.com/" + id,
                null));
    }

    static List<String> ids(String q) {
        return search(q).hits().stream().map(SearchResult.Hit::id).toList();
    }

    static SearchResult search(String q) {
        return searcher.search(new SearchRequest(q, null, null, null, null, null, null, null, 10, null, null, true,
                true));
    }

    @Test
    void aLatinNameFindsTheArticleWrittenInCyrillic() {
        List<String> hits = ids("Lavrov");
        assertTrue(hits.contains(RU), hits.toString());
        assertEquals(Set.of(RU, EN_BOTH, EN_LAVROV), Set.copyOf(hits));
    }

    @Test
    void aCyrillicNameFindsTheArticlesWrittenInLatinScript() {
        List<String> hits = ids("Лавров");
        assertTrue(hits.containsAll(List.of(EN_BOTH, EN_LAVROV)), hits.toString());
        assertFalse(hits.contains(EN_RUBIO), hits.toString());
        assertTrue(ids("Рубио").containsAll(List.of(EN_BOTH, EN_RUBIO)));
    }

    @Test
    void twoNamesRankTheArticlesNamingBothFirstThenThoseNamingOne() {
        List<String> hits = ids("Lavrov Rubio");
        assertEquals(4, hits.size(), hits.toString());
        assertEquals(Set.of(RU, EN_BOTH), Set.copyOf(hits.subList(0, 2)), hits.toString());
        assertEquals(Set.of(EN_LAVROV, EN_RUBIO), Set.copyOf(hits.subList(2, 4)), hits.toString());
        List<String> cyrillic = ids("Лавров Рубио");
        assertEquals(Set.of(RU, EN_BOTH), Set.copyOf(cyrillic.subList(0, 2)), cyrillic.toString());
    }

    @Test
    void moreWordsFoundRankHigherAndAWordNotFoundStillLeavesTheOthers() {
        List<String> hits = ids("Rubio Riyadh talks");
        assertEquals(EN_BOTH, hits.get(0), hits.toString());
        assertTrue(hits.contains(EN_RUBIO), hits.toString());
        assertFalse(hits.contains(EN_OTHER), hits.toString());
        assertEquals(List.of(EN_OTHER), ids("heavy rain zzzunknownword"));
    }

    @Test
    void aRunOfWordsThatNamesAnEntityFindsItsArticles() {
        List<String> hits = ids("Сергей Лавров");
        assertTrue(hits.containsAll(List.of(EN_BOTH, EN_LAVROV, RU)), hits.toString());
        assertFalse(hits.contains(EN_RUBIO), hits.toString());
    }

    @Test
    void namesAreLinkedInTheClassicSyntaxToo() {
        assertEquals(Set.of(RU, EN_BOTH), Set.copyOf(ids("Лавров AND Rubio")));
        assertEquals(List.of(EN_BOTH), ids("Lavrov AND Riyadh AND talks"));
        assertFalse(ids("\"Lavrov\"").contains(RU), "a quoted word is looked for as written");
    }

    @Test
    void badQueriesNeverShowTheParsersOwnText() {
        for (String q : List.of("Лавров \"Рубио", "Lavrov AND (Rubio", "Lavrov)", "Lavrov AND", "OR Rubio",
                "title:", "Lavrov^x", "Lavrov\\", "a/b", "*avrov", "Lavrov ]", "!!", ":Lavrov",
                "Lavrov && || Rubio", "{Lavrov TO", "Лавров:", "Лавров^")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(q), q);
            String m = e.getMessage();
            for (String lucene : List.of("Lexical", "Encountered", "column", "Cannot parse", "<EOF>",
                    "Was expecting", "TokenMgr", "ParseException")) {
                assertFalse(m.contains(lucene), q + " → " + m);
            }
        }
    }

    @Test
    void namesMeetAcrossScriptsAndAccents() {
        assertEquals("lavrov", EntityNames.key("Лавров"));
        assertEquals("serguei lavrov", EntityNames.key("Sergueï  Lavrov"));
        assertEquals(EntityNames.key("Lavrov"), EntityNames.key("LAVROV"));
        EntityNames names = EntityNames.standard();
        assertTrue(names.ids("Лавров").contains("person/sergei-lavrov"), names.ids("Лавров").toString());
        assertTrue(names.ids("Lawrow").contains("person/sergei-lavrov"));
        assertEquals(List.of(), names.ids("zzzunknownword"));
    }
}
