package org.warta.language;

import java.util.Arrays;
import org.warta.pipeline.Snapshots;

/**
 * The uni-, bi- and trigrams of every language in one table: each n-gram's key leads to its postings, the languages
 * that have it with their log frequencies, in language order. Scoring a text against 45 languages then costs one
 * look-up per n-gram instead of 45. About 1.1 million postings over 0.3 million keys, some 10 MB.
 */
final class LowOrderIndex {
    static final int MAX_ORDER = 3;

    private final long[] keys;
    private final int[] starts;
    private final byte[] lengths;
    private final byte[] languages;
    private final float[] logFrequencies;

    private LowOrderIndex(long[] keys, int[] starts, byte[] lengths, byte[] languages, float[] logFrequencies) {
        this.keys = keys;
        this.starts = starts;
        this.lengths = lengths;
        this.languages = languages;
        this.logFrequencies = logFrequencies;
    }

    /** Writes the index for {@link #read}. */
    void write(Snapshots.Writer w) {
        w.putLongs(keys, keys.length).putInts(starts, starts.length).putBytes(lengths, lengths.length)
                .putBytes(languages, languages.length).putFloats(logFrequencies, logFrequencies.length);
    }

    /** An index as {@link #write} wrote it; throws on contents that do not make one. */
    static LowOrderIndex read(Snapshots.Reader r) {
        long[] keys = r.longs();
        int[] starts = r.ints();
        byte[] lengths = r.bytes();
        byte[] languages = r.bytes();
        float[] logFrequencies = r.floats();
        if (keys.length == 0 || starts.length != keys.length || lengths.length != keys.length
                || languages.length != logFrequencies.length) {
            throw new IllegalStateException("not a low-order index");
        }
        for (int s = 0; s < keys.length; s++) {
            if (starts[s] < 0 || starts[s] + (lengths[s] & 0xFF) > languages.length) {
                throw new IllegalStateException("posting out of range");
            }
        }
        return new LowOrderIndex(keys, starts, lengths, languages, logFrequencies);
    }

    /** The slot of a key, or -1 when no language has the n-gram. */
    int find(long key) {
        int i = slot(key, keys.length);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0L) {
                return -1;
            }
            if (++i == keys.length) {
                i = 0;
            }
        }
    }

    /** The number of slots; {@link #keyAt} is 0 for an empty one. */
    int slots() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    int start(int slot) {
        return starts[slot];
    }

    int length(int slot) {
        return lengths[slot] & 0xFF;
    }

    int language(int posting) {
        return languages[posting] & 0xFF;
    }

    float logFrequency(int posting) {
        return logFrequencies[posting];
    }

    /** The log frequency of the n-gram in one language, or {@link NgramTable#ABSENT}. */
    float get(long key, int language) {
        int slot = find(key);
        if (slot < 0) {
            return NgramTable.ABSENT;
        }
        for (int p = starts[slot], end = p + length(slot); p < end; p++) {
            int l = languages[p] & 0xFF;
            if (l == language) {
                return logFrequencies[p];
            }
            if (l > language) {
                break;
            }
        }
        return NgramTable.ABSENT;
    }

    private static int slot(long key, int capacity) {
        return (int) (((key >>> 32) * capacity) >>> 32);
    }

    /** Gathers (key, language, log frequency) triples, then groups them by key. */
    static final class Builder {
        private long[] keys = new long[1 << 20];
        private byte[] langs = new byte[1 << 20];
        private float[] values = new float[1 << 20];
        private int count;

        synchronized void add(int language, long[] ngramKeys, float[] logFrequencies, int n) {
            if (count + n > keys.length) {
                int capacity = Math.max(keys.length * 2, count + n);
                keys = Arrays.copyOf(keys, capacity);
                langs = Arrays.copyOf(langs, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            System.arraycopy(ngramKeys, 0, keys, count, n);
            Arrays.fill(langs, count, count + n, (byte) language);
            System.arraycopy(logFrequencies, 0, values, count, n);
            count += n;
        }

        LowOrderIndex build() {
            // first a table sized by postings, which holds every key; then one sized by the distinct keys (a
            // quarter as many), so that the index and its snapshot are not mostly empty slots
            int wide = (int) (count / 0.6) + 1;
            long[] wideSlots = new long[wide];
            int[] slotOf = new int[count];
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                int s = probe(wideSlots, keys[i]);
                if (wideSlots[s] == 0L) {
                    wideSlots[s] = keys[i];
                    distinct++;
                }
                slotOf[i] = s;
            }
            int capacity = (int) (distinct / 0.6) + 1;
            long[] slots = new long[capacity];
            int[] compact = new int[wide];
            for (int s = 0; s < wide; s++) {
                if (wideSlots[s] != 0L) {
                    int c = probe(slots, wideSlots[s]);
                    slots[c] = wideSlots[s];
                    compact[s] = c;
                }
            }
            int[] starts = new int[capacity];
            byte[] lengths = new byte[capacity];
            for (int i = 0; i < count; i++) {
                slotOf[i] = compact[slotOf[i]];
                lengths[slotOf[i]]++;
            }
            int next = 0;
            for (int s = 0; s < capacity; s++) {
                starts[s] = next;
                next += lengths[s] & 0xFF;
            }
            // Fill in language order (a counting sort over languages), so that postings come out sorted.
            int[] fill = starts.clone();
            byte[] postingLangs = new byte[count];
            float[] postingValues = new float[count];
            for (int i : inLanguageOrder()) {
                int p = fill[slotOf[i]]++;
                postingLangs[p] = langs[i];
                postingValues[p] = values[i];
            }
            return new LowOrderIndex(slots, starts, lengths, postingLangs, postingValues);
        }

        /** The slot that holds the key, or the empty one where it would go. */
        private static int probe(long[] table, long key) {
            int s = slot(key, table.length);
            while (table[s] != 0L && table[s] != key) {
                if (++s == table.length) {
                    s = 0;
                }
            }
            return s;
        }

        private int[] inLanguageOrder() {
            int[] offsets = new int[257];
            for (int i = 0; i < count; i++) {
                offsets[(langs[i] & 0xFF) + 1]++;
            }
            for (int l = 1; l < offsets.length; l++) {
                offsets[l] += offsets[l - 1];
            }
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[offsets[langs[i] & 0xFF]++] = i;
            }
            return order;
        }
    }
}
