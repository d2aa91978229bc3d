package org.warta.entity;

import java.util.Map;

/**
 * The tagger's weights in a flat open-addressing table keyed by a 64-bit hash of the feature name: one probe in a
 * long array and one read of a float array per feature, instead of a hash map's chain of objects and a string
 * comparison. With a few hundred thousand features, 64-bit hashes do not collide in practice.
 */
final class FeatureWeights {
    private final long[] keys;
    private final float[] weights;
    private final int width;
    private final int mask;

    FeatureWeights(Map<String, float[]> byName, int width) {
        this(byName.size(), width);
        for (Map.Entry<String, float[]> e : byName.entrySet()) {
            put(hash(e.getKey()), e.getValue());
        }
    }

    /** An empty table for {@code count} features, filled by {@link #put}. */
    FeatureWeights(int count, int width) {
        this.width = width;
        int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.weights = new float[capacity * width];
        this.mask = capacity - 1;
    }

    /** Sets the weights of the feature with this {@link #hash}. */
    void put(long h, float[] values) {
        int slot = slot(h);
        while (keys[slot] != 0 && keys[slot] != h) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = h;
        System.arraycopy(values, 0, weights, slot * width, width);
    }

    /** Adds a feature's weights to the scores; a feature the model never saw adds nothing. */
    void addTo(String feature, double[] scores) {
        long h = hash(feature);
        int slot = slot(h);
        while (true) {
            long k = keys[slot];
            if (k == h) {
                int base = slot * width;
                for (int i = 0; i < width; i++) {
                    scores[i] += weights[base + i];
                }
                return;
            }
            if (k == 0) {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** FNV-1a over the characters, never 0 (0 marks an empty slot). */
    static long hash(String s) {
        long h = EMPTY_HASH;
        for (int i = 0; i < s.length(); i++) {
            h = extend(h, s.charAt(i));
        }
        return finish(h);
    }

    /** The hash of no characters. */
    static final long EMPTY_HASH = 0xcbf29ce484222325L;

    /** A hash with one more character. */
    static long extend(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** A hash as the table keys it: never 0. */
    static long finish(long h) {
        return h == 0 ? 1 : h;
    }
}
