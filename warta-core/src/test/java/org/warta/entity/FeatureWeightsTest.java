package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tagger's weight table: a feature's hash folded over its parts is the hash of the whole. */
class FeatureWeightsTest {
    private static long folded(String... parts) {
        long h = FeatureWeights.START;
        for (String p : parts) {
            h = FeatureWeights.fold(h, p, 0, p.length());
        }
        return FeatureWeights.finish(h);
    }

    @Test
    void foldingThePartsGivesTheHashOfTheWhole() {
        assertEquals(FeatureWeights.hash("w-1w=jakarta|pada"), folded("w-1w=", "jakarta", "|", "pada"));
        assertEquals(FeatureWeights.hash("p3=kem"), FeatureWeights.finish(
                FeatureWeights.fold(FeatureWeights.fold(FeatureWeights.START, "p3=", 0, 3), "kementerian", 0, 3)));
        assertEquals(FeatureWeights.hash("x2=an"), FeatureWeights.finish(
                FeatureWeights.fold(FeatureWeights.fold(FeatureWeights.START, "x2=", 0, 3), "kementerian", 9, 11)));
    }

    @Test
    void addingByHashesInOrderGivesTheSameSumsAsByName() {
        Map<String, float[]> byName = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            byName.put("w=word" + i, new float[] {i * 0.1f, -i * 0.3f, 1f / (i + 1)});
        }
        FeatureWeights table = new FeatureWeights(byName, 3);
        String[] features = {"w=word7", "w=unknown", "w=word4999", "w=word7", "w=word123"};
        double[] byNames = new double[3];
        long[] hashes = new long[features.length];
        for (int i = 0; i < features.length; i++) {
            table.addTo(features[i], byNames);
            hashes[i] = FeatureWeights.hash(features[i]);
        }
        double[] byHashes = new double[3];
        table.addAll(hashes, hashes.length, new int[hashes.length], byHashes);
        assertArrayEquals(byNames, byHashes);
        double[] expected = new double[3];
        for (String f : new String[] {"w=word7", "w=word4999", "w=word7", "w=word123"}) {
            for (int k = 0; k < 3; k++) {
                expected[k] += byName.get(f)[k];
            }
        }
        assertArrayEquals(expected, byHashes);
    }
}
