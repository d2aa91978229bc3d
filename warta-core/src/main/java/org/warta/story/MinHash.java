package org.warta.story;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a text's word 5-grams: two signatures agree in about as many places as the two texts share
 * of their 5-grams (their Jaccard similarity), whatever the texts' length. One hash per 5-gram: its low bits pick one
 * of {@link #SIZE} buckets, the rest compete for that bucket's minimum (one-permutation hashing), so a text costs
 * one hash per word rather than {@link #SIZE}.
 */
final class MinHash {
    static final int SIZE = 64;
    static final int SHINGLE = 5;
    /** A bucket no 5-gram fell into (a short text); a filled bucket's value is odd. */
    private static final int EMPTY = 0;

    private MinHash() {
    }

    /** The signature of a sequence of normalised words; empty when there are fewer words than one shingle holds. */
    static int[] signature(List<String> words) {
        if (words.size() < SHINGLE) {
            return new int[0];
        }
        long[] word = new long[words.size()];
        for (int i = 0; i < word.length; i++) {
            word[i] = Hashes.of(words.get(i));
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= word.length; i++) {
            long h = word[i];
            for (int j = i + 1; j < i + SHINGLE; j++) {
                h = h * 0x9e3779b97f4a7c15L + word[j];
            }
            h = Hashes.mix(h);
            int bucket = (int) (h & (SIZE - 1));
            long v = h >>> 6;
            if (v < min[bucket]) {
                min[bucket] = v;
            }
        }
        int[] out = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            out[k] = min[k] == Long.MAX_VALUE ? EMPTY : (int) (min[k] ^ (min[k] >>> 32)) | 1;
        }
        return out;
    }

    /**
     * The estimated Jaccard similarity of the texts behind two signatures: the share of equal buckets among those
     * either text filled; 0 where either is empty.
     */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        int filled = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != EMPTY || b[i] != EMPTY) {
                filled++;
                same += a[i] == b[i] ? 1 : 0;
            }
        }
        return filled == 0 ? 0 : same / (double) filled;
    }
}
