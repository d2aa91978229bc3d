package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets come from offsets stored with the text, and still work on an index made before they were stored. */
class SnippetsTest {
    static SearchResult search(ArticleIndex index, String q) {
        return new ArticleSearcher(index).search(new SearchRequest(q, null, null, null, null, null, null, null, 10,
                null, null, false, true));
    }

    static boolean marks(SearchResult.Hit hit, String word) {
        return hit.snippet().stream().anyMatch(p -> p.match() && p.text().equalsIgnoreCase(word));
    }

    @Test
    void textIsIndexedWithTheOffsetsOfItsWords(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(SampleArticles.english());
            index.commit();
        }
        try (FSDirectory d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
            FieldInfo text = FieldInfos.getMergedFieldInfos(reader).fieldInfo("text_en");
            assertNotNull(text);
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, text.getIndexOptions());
        }
    }

    @Test
    void anIndexMadeWithoutOffsetsTakesNewArticlesAndStillHighlights(@TempDir Path dir) throws Exception {
        // the text field as earlier versions made it: positions, no offsets
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new Analyzers()))) {
            Document old = new Document();
            old.add(new TextField("text_en", "An article stored by an earlier version.", Field.Store.NO));
            w.addDocument(old);
            w.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(SampleArticles.english());
            index.commit();
            SearchResult r = search(index, "sanctions");
            assertEquals(1, r.total());
            assertTrue(marks(r.hits().get(0), "sanctions"), r.hits().get(0).snippet().toString());
        }
    }

    @Test
    void wordsInTheTextAreMarkedWhenAnotherWordIsOnlyInTheTitle(@TempDir Path dir) {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(SampleArticles.hostile());
            index.commit();
            // "payload" is in the title only; the snippet still shows where "researchers" is
            SearchResult r = search(index, "payload researchers");
            assertEquals(1, r.total());
            assertTrue(marks(r.hits().get(0), "researchers"), r.hits().get(0).snippet().toString());
        }
    }

    @Test
    void theTextIsReadFromTheStoredArticleWithoutItsTree() throws Exception {
        String json = "{\"id\":\"a\",\"input\":{\"url\":null,\"nested\":[1,{\"text\":\"not this\"}]},"
                + "\"text\":\"Hà Nội \\\"quoted\\\"\\nline\",\"sentences\":[]}";
        assertEquals("Hà Nội \"quoted\"\nline", Snippets.text(new BytesRef(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("", Snippets.text(new BytesRef("{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("", Snippets.text(null));
        for (String bad : List.of("{\"text\":null}", "[]", "{\"text\":{\"a\":1}}")) {
            assertEquals("", Snippets.text(new BytesRef(bad.getBytes(StandardCharsets.UTF_8))), bad);
        }
    }
}
