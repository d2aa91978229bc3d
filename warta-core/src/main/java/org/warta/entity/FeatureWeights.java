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
        addTo(hash(feature), scores);
    }

    /**
     * Adds the weights of the features with these hashes to the scores, in order. The slots of all of them are found
     * first: the reads of a large table then overlap instead of waiting on one another.
     *
     * @param slots room for {@code count} slot numbers
     */
    void addAll(long[] hashes, int count, int[] slots, double[] scores) {
        for (int f = 0; f < count; f++) {
            slots[f] = find(hashes[f]);
        }
        for (int f = 0; f < count; f++) {
            int slot = slots[f];
            if (slot >= 0) {
                int base = slot * width;
                for (int i = 0; i < width; i++) {
                    scores[i] += weights[base + i];
                }
            }
        }
    }

    /** The slot of the feature with this hash, or -1 when the model never saw it. */
    private int find(long h) {
        int slot = slot(h);
        while (true) {
            long k = keys[slot];
            if (k == h) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the weights of the feature with this {@link #hash} to the scores. */
    void addTo(long h, double[] scores) {
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
        return finish(fold(START, s, 0, s.length()));
    }

    /** The state {@link #fold} starts from: the hash of no characters. */
    static final long START = 0xcbf29ce484222325L;

    /**
     * Goes on with the hash over characters {@code [from, to)} of a string: folding the parts of a feature one after
     * the other gives the hash of the whole, so a feature need not be written out to be looked up.
     */
    static long fold(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = extend(h, s.charAt(i));
        }
        return h;
    }

    /** A hash with one more character. */
    static long extend(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** The hash of a feature from the state after its last part: never 0, which marks an empty slot. */
    static long finish(long h) {
        return h == 0 ? 1 : h;
    }

    /** Folds each feature's parts into its hash, as they come, and hands over the hash of each finished feature. */
    abstract static class HashingSink implements Features.Sink {
        private long hash = START;

        @Override
        public final Features.Sink put(String part) {
            hash = fold(hash, part, 0, part.length());
            return this;
        }

        @Override
        public final Features.Sink put(String part, int from, int to) {
            hash = fold(hash, part, from, to);
            return this;
        }

        @Override
        public final void done() {
            long finished = finish(hash);
            hash = START;
            feature(finished);
        }

        /** Takes the hash of one whole feature. */
        abstract void feature(long hash);
    }
}
