package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries people get wrong, and queries that expand too far: refused with a message that says what to change. */
class QueryErrorsTest {
    @TempDir
    static Path data;
    static ArticleIndex index;
    static ArticleSearcher searcher;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(data);
        index.put(SampleArticles.seed());
        index.put(SampleArticles.english());
        index.put(SampleArticles.hostile());
        SampleArticles.vietnamese(30).forEach(index::put);
        index.commit();
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchResult search(String q) {
        return searcher.search(new SearchRequest(q, null, null, null, null, null, null, null, 10, null, null, true,
                true));
    }

    static String refusal(String q) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(q), q);
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        for (String lucene : List.of("Lexical", "lexical state", "Encountered", "column", "Cannot parse", "<EOF>",
                "Was expecting", "TooMany", "maxClauseCount")) {
            assertFalse(m.contains(lucene), "Lucene's own text reaches the user: " + m);
        }
        return m;
    }

    @Test
    void manyFuzzyTermsAreRefusedNamingTheTermThatDidNotFit() {
        String q = IntStream.rangeClosed(1, 20).mapToObj(i -> "ab" + i + "~2").collect(Collectors.joining(" "));
        String m = refusal(q);
        assertTrue(m.contains("too many terms"), m);
        assertTrue(m.matches(".*`ab\\d+~2`.*"), "names the term: " + m);
        assertTrue(m.contains("fewer fuzzy or wildcard terms"), m);
    }

    @Test
    void fuzzyQueriesWithinReasonStillWork() {
        assertEquals(3, search("Lavrof~").total());
        List<String> both = search("Lavrof~ Rubyo~").hits().stream().map(SearchResult.Hit::id).toList();
        assertTrue(both.containsAll(List.of("seed-lavrov-rubio", "en-riyadh-talks")), both.toString());
        assertTrue(search("Lavrof~1 Rubyo~1 Riyad~1").total() >= 1);
        assertTrue(search("diplomat* Lavrof~").total() >= 0);
    }

    @Test
    void longQueriesThatSpreadOverTooManyFieldsAreRefused() {
        String words = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String m = refusal(words);
        assertTrue(m.contains("too many terms"), m);
        assertTrue(m.contains("fewer words"), m);
    }

    @Test
    void syntaxErrorsSayWhereAndWhat() {
        String quote = refusal("Lavrov \"saluran komunikasi");
        assertTrue(quote.contains("quote") && quote.contains("character 8"), quote);
        String paren = refusal("Lavrov AND (Rubio OR Putin");
        assertTrue(paren.contains("parenthesis") && paren.contains("character 12"), paren);
        String closing = refusal("Lavrov) Rubio");
        assertTrue(closing.contains("parenthesis") && closing.contains("character 7"), closing);
        String dangling = refusal("Lavrov AND");
        assertTrue(dangling.contains("ends") && dangling.contains("AND"), dangling);
        String leading = refusal("OR Lavrov");
        assertTrue(leading.contains("OR") && leading.contains("character 1"), leading);
        String backslash = refusal("Lavrov\\");
        assertTrue(backslash.contains("backslash"), backslash);
        String field = refusal("title:");
        assertTrue(field.contains("title:"), field);
        String range = refusal("month:[2025-01 TO");
        assertTrue(range.contains("range"), range);
        String slash = refusal("a/b");
        assertTrue(slash.contains("/"), slash);
        String boost = refusal("Lavrov^x");
        assertTrue(boost.contains("^"), boost);
        String wildcard = refusal("Lavrov title:*ubio");
        assertTrue(wildcard.contains("cannot start with") && wildcard.contains("(title:*ubio)"), wildcard);
    }

    @Test
    void boostsAreNumbersOfSensibleSize() {
        assertTrue(search("Lavrov^3 Rubio").total() > 0);
        String m = refusal("Lavrov^" + "9".repeat(45));
        assertTrue(m.contains("boost"), m);
        assertTrue(refusal("Lavrov^1000000").contains("boost"));
    }

    @Test
    void deepNestingIsRefusedRatherThanOverflowingTheStack() {
        String m = refusal("(".repeat(900) + "Lavrov" + ")".repeat(900));
        assertTrue(m.contains("parentheses"), m);
        assertEquals(3, search("((Lavrov))").total());
    }

    @Test
    void scoresAreNumbersWithAQueryAndAbsentWithout() {
        SearchResult byDate = searcher.search(new SearchRequest("Lavrov", null, null, null, null, null, null, null, 10,
                null, SearchRequest.Order.DATE, true, false));
        assertEquals(3, byDate.hits().size());
        for (SearchResult.Hit h : byDate.hits()) {
            assertNotNull(h.score());
            assertTrue(Float.isFinite(h.score()) && h.score() > 0, h.toString());
        }
        SearchResult byRelevance = search("Lavrov");
        assertEquals(byRelevance.hits().get(0).score(), byDate.hits().stream().filter(h -> h.id().equals(
                byRelevance.hits().get(0).id())).findFirst().orElseThrow().score(), 1e-6f,
                "the same score whatever the order");
        SearchResult all = search("");
        assertTrue(all.hits().stream().allMatch(h -> h.score() == null), "no query, nothing to score");
        String json = ResultJson.write(all);
        assertFalse(json.contains("NaN"), json);
        assertFalse(json.contains("\"score\""), json);
        assertFalse(ResultJson.write(byDate).contains("NaN"));
        assertNull(searcher.entity(SampleArticles.LAVROV).recent().get(0).score());
    }

    /** Whatever the string, a search answers or refuses it with InvalidQueryException, and soon. */
    @Test
    void anyStringIsAnsweredOrRefused() {
        String alphabet = "ab Lv~*?\"()[]{}^:\\/+-!&|ТОtoTO AND OR NOT 0123.\u3000ả中\t";
        java.util.Random random = new java.util.Random(11);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
                for (int j = 0; j < n; j++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String q = b.toString();
                try {
                    SearchResult r = search(q);
                    assertTrue(r.hits().stream().allMatch(h -> h.score() == null || Float.isFinite(h.score())), q);
                } catch (InvalidQueryException e) {
                    String m = e.getMessage().toLowerCase(Locale.ROOT);
                    assertFalse(m.contains("lexical") || m.contains("encountered") || m.contains("cannot parse"),
                            q + " -> " + e.getMessage());
                }
            }
        });
    }
}
