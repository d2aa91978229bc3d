package org.warta.story;

import java.util.Arrays;

/**
 * Sums per article (by sequence number) while a new article's features are looked up, and hands back the few with
 * the largest sums. Reused from one article to the next: clearing costs what was touched, not the table's size.
 */
final class Accumulator {
    private static final long EMPTY = -1L;
    private long[] keys = new long[1 << 14];
    private double[] sums = new double[keys.length];
    private int[] touched = new int[keys.length / 2];
    private int used;

    Accumulator() {
        Arrays.fill(keys, EMPTY);
    }

    void add(long seq, double gain) {
        if (used * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (Hashes.mix(seq) & mask);
        while (keys[i] != EMPTY && keys[i] != seq) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = seq;
            touched[used++] = i;
        }
        sums[i] += gain;
    }

    /** The sequence numbers of the (at most) {@code k} largest sums, largest first; then empties itself. */
    long[] top(int k) {
        int n = Math.min(k, used);
        long[] best = new long[n];
        double[] bestSum = new double[n];
        int filled = 0;
        for (int t = 0; t < used; t++) {
            int i = touched[t];
            double s = sums[i];
            if (filled < n || s > bestSum[filled - 1]) {
                int at = filled < n ? filled++ : filled - 1;
                while (at > 0 && (bestSum[at - 1] < s || bestSum[at - 1] == s && best[at - 1] > keys[i])) {
                    best[at] = best[at - 1];
                    bestSum[at] = bestSum[at - 1];
                    at--;
                }
                best[at] = keys[i];
                bestSum[at] = s;
            }
        }
        clear();
        return Arrays.copyOf(best, filled);
    }

    private void clear() {
        for (int t = 0; t < used; t++) {
            keys[touched[t]] = EMPTY;
            sums[touched[t]] = 0;
        }
        used = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldSums = sums;
        int[] oldTouched = touched;
        int oldUsed = used;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        sums = new double[keys.length];
        touched = new int[keys.length / 2];
        used = 0;
        for (int t = 0; t < oldUsed; t++) {
            add(oldKeys[oldTouched[t]], oldSums[oldTouched[t]]);
        }
    }
}
