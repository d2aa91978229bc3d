package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;

/** The features the tagger looks up by hash are those training writes out as strings. */
class NerFeatureStringsTest {
    @Test
    void hashedFeaturesAreTheHashesOfTheWrittenOnes() {
        EntityRecognizer recognizer = new EntityRecognizer(KnowledgeBase.builtIn());
        String text = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Marco Rubio di Riyadh pada hari Selasa.";
        SentenceView view = recognizer.view(text, 0, text.length(), recognizer.language("id"));
        List<List<String>> written = Features.of(view);
        Features.Sentence prepared = Features.prepare(view);
        assertEquals(view.size(), written.size());
        for (int i = 0; i < view.size(); i++) {
            HashSink hashed = new HashSink();
            Features.token(prepared, i, hashed);
            List<String> features = written.get(i);
            assertEquals(features.size(), hashed.count, "token " + i);
            for (int f = 0; f < features.size(); f++) {
                assertEquals(FeatureWeights.hash(features.get(f)), hashed.hashes[f], features.get(f));
            }
        }
        assertTrue(written.get(4).contains("w=sergei"), written.get(4).toString());
        assertTrue(written.get(4).contains("w-1w=rusia|sergei"), written.get(4).toString());
    }

    /** Keeps the hashes of the features, folded as the tagger folds them. */
    private static final class HashSink extends FeatureWeights.HashingSink {
        final long[] hashes = new long[100];
        int count;

        @Override
        void feature(long hash) {
            hashes[count++] = hash;
        }
    }
}
