package org.warta.time;

import java.util.Map;

/**
 * An immutable map from keys of one to three characters to rule sets, each key packed into a long (sixteen bits a
 * character, its length above them) in one small open-addressed array: a lookup reads a key off the text without
 * making a string and touches one or two cache lines, however many keys there are.
 */
final class PackedKeys {
    private static final int MAX_LENGTH = 3;

    private final long[] keys;
    private final long[][] values;
    private final int shift;

    private PackedKeys(int slots) {
        keys = new long[slots];
        values = new long[slots][];
        shift = 64 - Integer.numberOfTrailingZeros(slots);
    }

    /** The keys of {@code index} that are three characters or fewer; longer ones are left out. */
    static PackedKeys of(Map<String, long[]> index) {
        int slots = 16;
        while (slots < 2 * index.size()) {
            slots *= 2;
        }
        PackedKeys table = new PackedKeys(slots);
        for (Map.Entry<String, long[]> e : index.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.length() > MAX_LENGTH) {
                continue;
            }
            long packed = of(key.charAt(0));
            for (int i = 1; i < key.length(); i++) {
                packed = append(packed, key.charAt(i));
            }
            table.put(packed, e.getValue());
        }
        return table;
    }

    /** The key of one character. */
    static long of(char c) {
        return 1L << 48 | c;
    }

    /** The key one character longer; {@code key} is at most two characters long. */
    static long append(long key, char c) {
        long length = key >>> 48;
        return (length + 1) << 48 | (key & 0xFFFF_FFFFL) << 16 | c;
    }

    /** The value of a packed key, or null. */
    long[] get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    private void put(long key, long[] value) {
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
