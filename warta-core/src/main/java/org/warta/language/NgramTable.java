package org.warta.language;

/**
 * An immutable map from n-gram keys ({@link NgramKeys}) to the natural log of the n-gram's relative frequency in
 * one language: open addressing over two primitive arrays, about 13 bytes an entry (a map of strings to floats
 * needs several times that). Slots hold a 32-bit fingerprint of the 64-bit key; a look-up of an absent n-gram
 * matches a stranger's fingerprint about once in 10^9 probes, which cannot move a score that sums hundreds.
 */
final class NgramTable {
    static final NgramTable EMPTY = of(new long[0], new float[0], 0);
    /** Returned by {@link #get} for an absent key; log frequencies are never positive, so it cannot collide. */
    static final float ABSENT = 1f;
    private static final double LOAD = 0.6;

    private final int[] fingerprints;
    private final float[] logFrequencies;
    private final int size;

    private NgramTable(int[] fingerprints, float[] logFrequencies, int size) {
        this.fingerprints = fingerprints;
        this.logFrequencies = logFrequencies;
        this.size = size;
    }

    /** The log relative frequency of the n-gram, or {@link #ABSENT}. */
    float get(long key) {
        int f = fingerprint(key);
        int[] fp = fingerprints;
        int i = slot(key, fp.length);
        while (true) {
            int k = fp[i];
            if (k == f) {
                return logFrequencies[i];
            }
            if (k == 0) {
                return ABSENT;
            }
            if (++i == fp.length) {
                i = 0;
            }
        }
    }

    boolean contains(long key) {
        return get(key) != ABSENT;
    }

    int size() {
        return size;
    }

    /** Approximate heap bytes held by this table. */
    long bytes() {
        return 32L + fingerprints.length * 8L;
    }

    private static int fingerprint(long key) {
        int f = (int) key;
        return f == 0 ? 1 : f;
    }

    /** The slot from the key's high half, independent of the fingerprint in its low half. */
    private static int slot(long key, int capacity) {
        return (int) (((key >>> 32) * capacity) >>> 32);
    }

    /** A table of the first {@code count} keys and values, filled to about 60%. */
    static NgramTable of(long[] keys, float[] values, int count) {
        int capacity = Math.max(8, (int) (count / LOAD) + 1);
        int[] fp = new int[capacity];
        float[] v = new float[capacity];
        for (int i = 0; i < count; i++) {
            int f = fingerprint(keys[i]);
            int slot = slot(keys[i], capacity);
            while (fp[slot] != 0 && fp[slot] != f) {
                if (++slot == capacity) {
                    slot = 0;
                }
            }
            fp[slot] = f;
            v[slot] = values[i];
        }
        return new NgramTable(fp, v, count);
    }
}
