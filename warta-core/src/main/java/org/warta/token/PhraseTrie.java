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

    /*
     * The nodes as arrays indexed by node number, and every edge of the trie in one open-addressing table keyed by
     * (node, word): a step costs one probe in flat arrays, not a hash map per node and its entry objects.
     */
    private int nodes = 1;
    private int[] slotChild = {NONE};
    private Object[] values = new Object[1];
    private int edges;
    private int[] edgeFrom = emptyEdges(16);
    private String[] edgeKey = new String[16];
    private int[] edgeTo = new int[16];
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
                    slotChild[n] = newNode();
                }
                n = slotChild[n];
            } else {
                int next = child(n, k);
                if (next == NONE) {
                    next = newNode();
                    putEdge(n, k, next);
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

    private static int[] emptyEdges(int capacity) {
        int[] from = new int[capacity];
        Arrays.fill(from, NONE);
        return from;
    }

    private static int hash(int node, String key) {
        int h = (key.hashCode() + node * 0x85EBCA6B) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The child of a node by a word, or {@link #NONE}. */
    private int child(int node, String key) {
        int mask = edgeFrom.length - 1;
        for (int at = hash(node, key) & mask; ; at = (at + 1) & mask) {
            int from = edgeFrom[at];
            if (from == NONE) {
                return NONE;
            }
            if (from == node && edgeKey[at].equals(key)) {
                return edgeTo[at];
            }
        }
    }

    private void putEdge(int node, String key, int to) {
        if ((edges + 1) * 2 > edgeFrom.length) {
            int[] oldFrom = edgeFrom;
            String[] oldKey = edgeKey;
            int[] oldTo = edgeTo;
            edgeFrom = emptyEdges(oldFrom.length * 2);
            edgeKey = new String[oldFrom.length * 2];
            edgeTo = new int[oldFrom.length * 2];
            for (int i = 0; i < oldFrom.length; i++) {
                if (oldFrom[i] != NONE) {
                    place(oldFrom[i], oldKey[i], oldTo[i]);
                }
            }
        }
        place(node, key, to);
        edges++;
    }

    private void place(int node, String key, int to) {
        int mask = edgeFrom.length - 1;
        int at = hash(node, key) & mask;
        while (edgeFrom[at] != NONE) {
            at = (at + 1) & mask;
        }
        edgeFrom[at] = node;
        edgeKey[at] = key;
        edgeTo[at] = to;
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

    /** Whether no phrase can start at a unit: it opens none, and no phrase starts with its word or a slot. */
    private boolean startsNothing(List<? extends Unit> tokens, int start) {
        Unit first = tokens.get(start);
        return !first.opens() || slotChild[ROOT] == NONE && child(ROOT, first.key()) == NONE;
    }

    /** Every phrase that starts at {@code start}, shortest first. */
    public List<Hit<V>> matchesAt(List<? extends Unit> tokens, int start, Slots slots) {
        if (startsNothing(tokens, start)) {
            return List.of();
        }
        List<Hit<V>> out = new ArrayList<>(2);
        walk(ROOT, tokens, start, start, slots, -1, -1, out);
        return out;
    }

    /**
     * The longest phrase that starts at {@code start}, the first {@link #matchesAt} lists among those as long;
     * null when none.
     */
    public Hit<V> longestAt(List<? extends Unit> tokens, int start, Slots slots) {
        if (startsNothing(tokens, start)) {
            return null;
        }
        Hit<V> best = null;
        for (Hit<V> h : matchesAt(tokens, start, slots)) {
            if (best == null || h.end() > best.end()) {
                best = h;
            }
        }
        return best;
    }

    /** The end of the longest phrase that starts at {@code start}, or -1 when none. */
    public int longestEndAt(List<? extends Unit> tokens, int start, Slots slots) {
        Hit<V> h = longestAt(tokens, start, slots);
        return h == null ? -1 : h.end();
    }

    @SuppressWarnings("unchecked")
    private void walk(int node, List<? extends Unit> tokens, int start, int pos, Slots slots, int slotStart,
                      int slotEnd, List<Hit<V>> out) {
        if (pos > start && values[node] != null && tokens.get(pos - 1).closes()) {
            out.add(new Hit<>(start, pos, (List<V>) values[node], slotStart, slotEnd));
        }
        if (pos >= tokens.size()) {
            return;
        }
        int next = child(node, tokens.get(pos).key());
        if (next != NONE) {
            walk(next, tokens, start, pos + 1, slots, slotStart, slotEnd, out);
        }
        int slot = slotChild[node];
        if (slot != NONE && slots != null && slotStart < 0) {
            int end = slots.countryEnd(pos);
            if (end > pos) {
                walk(slot, tokens, start, end, slots, pos, end, out);
            }
        }
    }
}
