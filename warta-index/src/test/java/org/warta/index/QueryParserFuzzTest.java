package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * The search query syntax on any string: a search over a small index in two languages either answers or refuses
 * the query with an {@link InvalidQueryException} that says why. Any other exception, or a search that does not
 * finish, is a fault.
 */
class QueryParserFuzzTest {
    @TempDir
    static Path data;
    static ArticleIndex index;
    static ArticleSearcher searcher;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(data);
        index.put(SampleArticles.english());
        index.put(SampleArticles.hostile());
        index.put(Warta.process(new RawDocument("Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di "
                + "Jakarta pada hari Senin untuk membahas perdagangan dan keamanan di Laut Natuna Utara.",
                RawDocument.TEXT, new Source(null, "https://contoh.id/berita", "jsonl", null),
                new Hints("id-1", "Prabowo bertemu Anwar", "2025-03-03", null, null, null, "Contoh", List.of()))));
        index.commit();
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void query(byte[] bytes) {
        String query = new String(bytes, StandardCharsets.UTF_8);
        SearchResult result;
        try {
            result = searcher.search(new SearchRequest(query, null, null, null, null, null, null, null, 5, null, null,
                    true, true));
        } catch (InvalidQueryException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal that does not say why");
            return;
        }
        assertNotNull(result.hits());
    }
}
