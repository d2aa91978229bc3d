package org.warta.token;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every word that some {@link PhraseTrie} holds, shared by all tries: a sentence's words are looked up
 * here once each, and every trie then steps by number, comparing no strings. Grows as tries are built; a word no
 * trie holds has no number. Thread-safe.
 */
public final class PhraseKeys {
    /** What {@link #find} gives for a word no trie holds. */
    public static final int NONE = -1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();

    private PhraseKeys() {
    }

    /** The number of a word, given it the first time. */
    static int intern(String key) {
        Integer id = IDS.get(key);
        if (id != null) {
            return id;
        }
        synchronized (IDS) {
            return IDS.computeIfAbsent(key, k -> IDS.size());
        }
    }

    /** The number of a word, or {@link #NONE} when no trie holds it. */
    public static int find(String key) {
        Integer id = IDS.get(key);
        return id == null ? NONE : id;
    }
}
