package org.warta.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed from one index reader, kept while it is the newest one asked about: a reader never changes, so a
 * value stays true for it, and a new reader (after a commit or refresh) starts afresh. Small: a few keys a reader.
 *
 * @param <V> the values kept
 */
final class ReaderCache<V> {
    /** Computes a value from the reader, once per reader and key. */
    interface Compute<V> {
        V get() throws IOException;
    }

    private record Entries<V>(IndexReader reader, Map<Object, V> values) {
    }

    private static final int MAX_KEYS = 16;
    private Entries<V> entries;

    V get(IndexReader reader, Object key, Compute<V> compute) throws IOException {
        synchronized (this) {
            if (entries != null && entries.reader() == reader && entries.values().containsKey(key)) {
                return entries.values().get(key);
            }
        }
        V value = compute.get();
        synchronized (this) {
            if (entries == null || entries.reader() != reader) {
                entries = new Entries<>(reader, new HashMap<>());
            }
            if (entries.values().size() < MAX_KEYS) {
                entries.values().put(key, value);
            }
        }
        return value;
    }
}
