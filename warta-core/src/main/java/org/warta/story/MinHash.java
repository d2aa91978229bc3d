package org.warta.story;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a text's word 5-grams: two signatures agree in about as many places as the two texts share
 * of their 5-grams (their Jaccard similarity), whatever the texts' length.
 */
final class MinHash {
    static final int SIZE = 64;
    static final int SHINGLE = 5;

    private MinHash() {
    }

    /** The signature of a sequence of normalised words; empty when there are fewer words than one shingle holds. */
    static int[] signature(List<String> words) {
        if (words.size() < SHINGLE) {
            return new int[0];
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            sb.setLength(0);
            for (int j = i; j < i + SHINGLE; j++) {
                sb.append(words.get(j)).append(' ');
            }
            long h = Hashes.of(sb.toString());
            for (int k = 0; k < SIZE; k++) {
                long v = Hashes.mix(h + k * 0x9e3779b97f4a7c15L) & Long.MAX_VALUE;
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        int[] out = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            out[k] = (int) (min[k] ^ (min[k] >>> 32));
        }
        return out;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures; 0 where either is empty. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }
}
