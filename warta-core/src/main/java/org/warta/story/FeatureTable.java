package org.warta.story;

import java.util.Arrays;

/**
 * The features of the articles in memory: for each feature hash, how many articles hold it and which ones (their
 * sequence numbers, oldest first). An open-addressing table over primitive arrays, as it is read hundreds of times
 * for every article placed: boxed keys in a hash map cost more than the comparisons themselves.
 */
final class FeatureTable {
    private static final long EMPTY = 0L;
    /** Stands for the feature whose hash is 0, which cannot be stored as itself. */
    private static final long ZERO = 0x5bd1e9955bd1e995L;

    private long[] keys = new long[1 << 12];
    private int[] counts = new int[keys.length];
    private long[][] seqs = new long[keys.length][];
    private int[] sizes = new int[keys.length];
    private int used;

    /** Where the feature is held, for {@link #countAt}, {@link #seqsAt} and {@link #postingsAt}; -1 where it is not. */
    int find(long key) {
        long k = stored(key);
        for (int i = slot(k); ; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == k) {
                return i;
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    int countAt(int at) {
        return at < 0 ? 0 : counts[at];
    }

    /** The sequence numbers of the articles holding the feature at {@code at}, oldest first, up to {@link #postingsAt}. */
    long[] seqsAt(int at) {
        return seqs[at];
    }

    int postingsAt(int at) {
        return sizes[at];
    }

    /** How many held articles have the feature. */
    int count(long key) {
        int i = find(key);
        return i < 0 ? 0 : counts[i];
    }

    /** Records that the article {@code seq} holds the feature; a list longer than {@code limit} keeps its newer half. */
    void add(long key, long seq, int limit) {
        int i = insert(key);
        counts[i]++;
        if (seqs[i] == null) {
            seqs[i] = new long[2];
        }
        if (sizes[i] == seqs[i].length) {
            if (sizes[i] > limit) {
                int keep = sizes[i] / 2;
                System.arraycopy(seqs[i], sizes[i] - keep, seqs[i], 0, keep);
                sizes[i] = keep;
            } else {
                seqs[i] = Arrays.copyOf(seqs[i], sizes[i] * 2);
            }
        }
        seqs[i][sizes[i]++] = seq;
    }

    /** Records that an article holding the feature was forgotten; the feature goes when no article holds it. */
    void remove(long key) {
        int i = find(key);
        if (i >= 0 && --counts[i] <= 0) {
            delete(i);
        }
    }

    /** How many features are held. */
    int size() {
        return used;
    }

    private static long stored(long key) {
        return key == EMPTY ? ZERO : key;
    }

    private int slot(long key) {
        return (int) (Hashes.mix(key) & (keys.length - 1));
    }

    private int insert(long key) {
        if (used * 2 >= keys.length) {
            grow();
        }
        long k = stored(key);
        int i = slot(k);
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == EMPTY) {
            keys[i] = k;
            used++;
        }
        return i;
    }

    /** Empties a place and shifts back the entries after it that probed past it (linear probing needs no markers). */
    private void delete(int hole) {
        int mask = keys.length - 1;
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            if (keys[i] == EMPTY) {
                break;
            }
            int home = slot(keys[i]);
            boolean movable = hole <= i ? home <= hole || home > i : home <= hole && home > i;
            if (movable) {
                move(i, hole);
                hole = i;
            }
        }
        keys[hole] = EMPTY;
        counts[hole] = 0;
        seqs[hole] = null;
        sizes[hole] = 0;
        used--;
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        counts[to] = counts[from];
        seqs[to] = seqs[from];
        sizes[to] = sizes[from];
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        long[][] oldSeqs = seqs;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        seqs = new long[keys.length][];
        sizes = new int[keys.length];
        used = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
                seqs[i] = oldSeqs[j];
                sizes[i] = oldSizes[j];
                used++;
            }
        }
    }
}
