package org.warta.time;

import java.util.Arrays;

/**
 * A small hash table from stretches of text to values, looked up by the stretch's place in the text it sits in, so a
 * lookup that finds its entry allocates nothing. Each key also carries a small tag (which kind of window it is). The
 * table holds at most {@code capacity} entries and starts afresh when full: it remembers the recent words of a stream
 * of articles and never grows without bound. Not thread-safe; each thread keeps its own.
 *
 * <p>A large table is a chain of cache misses on every lookup; since a few words make up most of any text, the entries
 * last found are also kept in a small direct-mapped front table that stays in the processor's cache, and looked up
 * there first. It holds copies of entries of the large table only, so it answers as the large table would.
 *
 * @param <V> the values
 */
final class WindowTable<V> {
    /** Slots of the front table: a power of two; a few hundred kilobytes that stay in the processor's cache. */
    private static final int FRONT = 1 << 14;

    /**
     * The hash of no key: the slots are probed by their hashes alone, one small array, so that a lookup that finds
     * nothing (a word not seen yet) costs one cache line rather than one for each array.
     */
    private static final int EMPTY = 0;

    private final int capacity;
    private final int frontMask;
    private final int[] frontHashes;
    private final int[] frontTags;
    private final String[] frontKeys;
    private final Object[] frontValues;
    private String[] keys;
    private int[] tags;
    private int[] hashes;
    private Object[] values;
    private int size;

    /** @param capacity the most entries held at once; at least 1 */
    WindowTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        int front = Integer.highestOneBit(Math.min(FRONT, capacity));
        this.frontMask = front - 1;
        this.frontHashes = new int[front];
        this.frontTags = new int[front];
        this.frontKeys = new String[front];
        this.frontValues = new Object[front];
        allocate(16);
    }

    /** The value stored for {@code text[start, end)} with {@code tag}, or null. */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end, int tag) {
        int hash = hash(text, start, end, tag);
        int f = hash & frontMask;
        String front = frontKeys[f];
        if (front != null && frontHashes[f] == hash && frontTags[f] == tag && same(front, text, start, end)) {
            return (V) frontValues[f];
        }
        int mask = hashes.length - 1;
        for (int i = hash & mask; hashes[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash && tags[i] == tag && same(keys[i], text, start, end)) {
                remember(f, keys[i], hash, tag, values[i]);
                return (V) values[i];
            }
        }
        return null;
    }

    private void remember(int f, String key, int hash, int tag, Object value) {
        frontKeys[f] = key;
        frontHashes[f] = hash;
        frontTags[f] = tag;
        frontValues[f] = value;
    }

    /** Stores {@code value} for {@code text[start, end)} with {@code tag}, replacing what was there. */
    void put(String text, int start, int end, int tag, V value) {
        int hash = hash(text, start, end, tag);
        int mask = hashes.length - 1;
        int i = hash & mask;
        for (; hashes[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash && tags[i] == tag && same(keys[i], text, start, end)) {
                values[i] = value;
                remember(hash & frontMask, keys[i], hash, tag, value);
                return;
            }
        }
        if (size >= capacity) {
            clear();
            put(text, start, end, tag, value);
            return;
        }
        keys[i] = text.substring(start, end);
        tags[i] = tag;
        hashes[i] = hash;
        values[i] = value;
        remember(hash & frontMask, keys[i], hash, tag, value);
        size++;
        if (2 * size > keys.length) {
            rehash();
        }
    }

    int size() {
        return size;
    }

    void clear() {
        allocate(16);
        Arrays.fill(frontKeys, null);
        Arrays.fill(frontValues, null);
    }

    private void allocate(int slots) {
        keys = new String[slots];
        tags = new int[slots];
        hashes = new int[slots];
        values = new Object[slots];
        size = 0;
    }

    private void rehash() {
        String[] oldKeys = keys;
        int[] oldTags = tags;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            int i = oldHashes[j] & mask;
            while (hashes[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            tags[i] = oldTags[j];
            hashes[i] = oldHashes[j];
            values[i] = oldValues[j];
            size++;
        }
    }

    private static boolean same(String key, String text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int start, int end, int tag) {
        int h = tag;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        // windows often differ in their last character only: mix every bit into the low ones the slots are taken from
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h == EMPTY ? 1 : h;
    }
}
