package org.warta.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie over the keys of tokens: every phrase is a path of keys, so finding all known phrases in a sentence
 * costs one hash look-up per token and step, whatever the size of the list. A path element {@link #SLOT} matches a
 * country mention of any length ("ministre {C} des Affaires étrangères").
 *
 * <p>In a script written without spaces, the words a dictionary finds in a name on its own may differ from those it
 * finds in running text; such text is matched character by character (one unit per character), and a phrase must
 * start on a unit that {@linkplain Unit#opens() opens} a word and end on one that {@linkplain Unit#closes() closes}
 * one, so a name is not found inside a longer word.
 *
 * @param <V> what a phrase carries
 */
public final class PhraseTrie<V> {
    public static final String SLOT = "{C}";

    /** What the trie walks over: a token (or a character of an unspaced word) by its matching key. */
    public interface Unit {
        String key();

        /** Whether a phrase may start at this unit. */
        default boolean opens() {
            return true;
        }

        /** Whether a phrase may end with this unit. */
        default boolean closes() {
            return true;
        }
    }

    /** The root's number; nodes are numbered in the order they are made. */
    private static final int ROOT = 0;
    private static final int NONE = -1;
    /** An empty place in the edge table: no edge has it, as node and word numbers are never negative. */
    private static final long EMPTY = -1L;

    /*
     * The nodes as arrays indexed by node number, and every edge of the trie in one open-addressing table of longs:
     * at an even place the edge's node and word number ({@link PhraseKeys}) together, at the odd place after it the
     * child. A step costs one probe in one flat array, and compares no strings.
     */
    private int nodes = 1;
    private int[] slotChild = {NONE};
    private Object[] values = new Object[1];
    private int edges;
    private long[] table = emptyTable(16);
    /**
     * The numbers of the words phrases start with, as bits: small enough to stay in the cache where the edge table
     * of a large trie does not, so that a word no phrase starts with costs no read of the table.
     */
    private long[] firstWords = new long[1];
    private int size;

    /** Tells where a country mention that starts at a token ends, or -1; used for {@link #SLOT}. */
    public interface Slots {
        int countryEnd(int start);
    }

    /** A phrase found at [start, end) in token indices, with its values and the country the slot matched. */
    public record Hit<V>(int start, int end, List<V> values, int slotStart, int slotEnd) {
        public boolean hasSlot() {
            return slotStart >= 0;
        }
    }

    public void add(List<String> keys, V value) {
        if (keys.isEmpty()) {
            return;
        }
        int n = ROOT;
        for (String k : keys) {
            if (SLOT.equals(k)) {
                if (slotChild[n] == NONE) {
                    int slot = newNode(); // first: it may grow the array written to
                    slotChild[n] = slot;
                }
                n = slotChild[n];
            } else {
                int id = PhraseKeys.intern(k);
                int next = child(n, id);
                if (next == NONE) {
                    next = newNode();
                    putEdge(n, id, next);
                }
                n = next;
            }
        }
        @SuppressWarnings("unchecked")
        List<V> here = (List<V>) values[n];
        if (here == null) {
            here = new ArrayList<>(1);
            values[n] = here;
        }
        here.add(value);
        size++;
    }

    private int newNode() {
        if (nodes == slotChild.length) {
            int grown = nodes * 2;
            slotChild = Arrays.copyOf(slotChild, grown);
            Arrays.fill(slotChild, nodes, grown, NONE);
            values = Arrays.copyOf(values, grown);
        }
        return nodes++;
    }

    private static long[] emptyTable(int places) {
        long[] t = new long[places * 2];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static long edge(int node, int id) {
        return (long) node << 32 | id;
    }

    /** The first place to probe for an edge, an even index of the table. */
    private static int firstPlace(long edge, int mask) {
        long h = edge * 0x9E3779B97F4A7C15L;
        return ((int) (h >>> 32) & mask) << 1;
    }

    /** The child of a node by a word's number, or {@link #NONE}. */
    private int child(int node, int id) {
        if (id < 0) {
            return NONE;
        }
        long[] t = table;
        long e = edge(node, id);
        int mask = (t.length >> 1) - 1;
        for (int at = firstPlace(e, mask); ; at = (at + 2) & (t.length - 1)) {
            long here = t[at];
            if (here == e) {
                return (int) t[at + 1];
            }
            if (here == EMPTY) {
                return NONE;
            }
        }
    }

    private void putEdge(int node, int id, int to) {
        if ((edges + 1) * 4 > table.length) {
            long[] old = table;
            table = emptyTable(old.length);
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    place(old[i], (int) old[i + 1]);
                }
            }
        }
        place(edge(node, id), to);
        edges++;
        if (node == ROOT) {
            if (id >> 6 >= firstWords.length) {
                firstWords = Arrays.copyOf(firstWords, Math.max(firstWords.length * 2, (id >> 6) + 1));
            }
            firstWords[id >> 6] |= 1L << id;
        }
    }

    /** Whether a phrase starts with the word of this number. */
    private boolean startsPhrase(int id) {
        return id >= 0 && id >> 6 < firstWords.length && (firstWords[id >> 6] & 1L << id) != 0;
    }

    private void place(long e, int to) {
        long[] t = table;
        int at = firstPlace(e, (t.length >> 1) - 1);
        while (t[at] != EMPTY) {
            at = (at + 2) & (t.length - 1);
        }
        t[at] = e;
        t[at + 1] = to;
    }

    public int size() {
        return size;
    }

    /** Keys of the words of a phrase, as the trie stores them. */
    public static List<String> keys(List<? extends Unit> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Unit t : tokens) {
            keys.add(t.key());
        }
        return keys;
    }

    /**
     * The numbers of the tokens' keys ({@link PhraseKeys}), as the matching methods take them: worked out once per
     * sentence, after the tries it is matched with are built.
     */
    public static int[] ids(List<? extends Unit> tokens) {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = PhraseKeys.find(tokens.get(i).key());
        }
        return ids;
    }

    /** Every phrase that starts at {@code start}, shortest first. */
    public List<Hit<V>> matchesAt(List<? extends Unit> tokens, int start, Slots slots) {
        return matchesAt(tokens, ids(tokens), start, slots);
    }

    /** The first node of a phrase starting at a token with this number ({@link #NONE} for none, the root for a slot). */
    private int firstStep(List<? extends Unit> tokens, int[] ids, int start) {
        if (!tokens.get(start).opens()) {
            return NONE;
        }
        int next = startsPhrase(ids[start]) ? child(ROOT, ids[start]) : NONE;
        return next == NONE && slotChild[ROOT] != NONE ? ROOT : next;
    }

    /**
     * Every phrase that starts at {@code start}, shortest first.
     *
     * @param ids the numbers of the tokens' keys, from {@link #ids}
     */
    public List<Hit<V>> matchesAt(List<? extends Unit> tokens, int[] ids, int start, Slots slots) {
        if (firstStep(tokens, ids, start) == NONE) {
            return List.of();
        }
        List<Hit<V>> out = new ArrayList<>(2);
        walk(ROOT, tokens, ids, start, start, slots, -1, -1, out);
        return out;
    }

    /**
     * The longest phrase that starts at {@code start}, the first {@link #matchesAt} lists among those as long;
     * null when none.
     */
    public Hit<V> longestAt(List<? extends Unit> tokens, int[] ids, int start, Slots slots) {
        if (firstStep(tokens, ids, start) == NONE) {
            return null;
        }
        Hit<V> best = null;
        for (Hit<V> h : matchesAt(tokens, ids, start, slots)) {
            if (best == null || h.end() > best.end()) {
                best = h;
            }
        }
        return best;
    }

    /** The end of the longest phrase that starts at {@code start}, or -1 when none. */
    public int longestEndAt(List<? extends Unit> tokens, int[] ids, int start, Slots slots) {
        Hit<V> h = longestAt(tokens, ids, start, slots);
        return h == null ? -1 : h.end();
    }

    @SuppressWarnings("unchecked")
    private void walk(int node, List<? extends Unit> tokens, int[] ids, int start, int pos, Slots slots,
                      int slotStart, int slotEnd, List<Hit<V>> out) {
        if (pos > start && values[node] != null && tokens.get(pos - 1).closes()) {
            out.add(new Hit<>(start, pos, (List<V>) values[node], slotStart, slotEnd));
        }
        if (pos >= tokens.size()) {
            return;
        }
        int next = child(node, ids[pos]);
        if (next != NONE) {
            walk(next, tokens, ids, start, pos + 1, slots, slotStart, slotEnd, out);
        }
        int slot = slotChild[node];
        if (slot != NONE && slots != null && slotStart < 0) {
            int end = slots.countryEnd(pos);
            if (end > pos) {
                walk(slot, tokens, ids, start, end, slots, pos, end, out);
            }
        }
    }
}
