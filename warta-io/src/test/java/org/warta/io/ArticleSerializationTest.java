package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.testing.Fixtures;

/** Articles and fingerprints travel between machines (a Spark shuffle) by Java serialization and come back whole. */
class ArticleSerializationTest {
    @Test
    void aProcessedArticleComesBackWithEveryField() throws Exception {
        Article a = Warta.process(new RawDocument(Fixtures.text(Fixtures.ARTICLE_ID), RawDocument.TEXT,
                Source.ofText(Fixtures.ARTICLE_ID), null));
        assertFalse(a.entities().isEmpty(), "the fixture has entities to carry");
        Article back = roundTrip(a);
        assertEquals(ArticleJson.write(a, false), ArticleJson.write(back, false));
        assertEquals(a.layers(), back.layers());
        assertEquals(a.tokens().size(), back.tokens().size());
        assertEquals(a.raw(), back.raw());
    }

    @Test
    void aFingerprintComesBackEqual() throws Exception {
        Fingerprint f = Fingerprints.of(Warta.process(Fixtures.text(Fixtures.ARTICLE_ID)));
        assertEquals(f.encode(), roundTrip(f).encode());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
