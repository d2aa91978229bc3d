package org.warta.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Node<V> root = new Node<>();
    private int size;

    static final class Node<V> {
        private Map<String, Node<V>> next;
        private Node<V> slot;
        private List<V> values;

        Node<V> child(String key) {
            return next == null ? null : next.get(key);
        }

        List<V> values() {
            return values == null ? List.of() : values;
        }
    }

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
        Node<V> n = root;
        for (String k : keys) {
            if (SLOT.equals(k)) {
                if (n.slot == null) {
                    n.slot = new Node<>();
                }
                n = n.slot;
            } else {
                if (n.next == null) {
                    n.next = new HashMap<>(4);
                }
                n = n.next.computeIfAbsent(k, x -> new Node<>());
            }
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        size++;
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

    /** Every phrase that starts at {@code start}, shortest first. */
    public List<Hit<V>> matchesAt(List<? extends Unit> tokens, int start, Slots slots) {
        if (!tokens.get(start).opens()) {
            return List.of();
        }
        List<Hit<V>> out = new ArrayList<>(2);
        walk(root, tokens, start, start, slots, -1, -1, out);
        return out;
    }

    private void walk(Node<V> node, List<? extends Unit> tokens, int start, int pos, Slots slots, int slotStart,
                      int slotEnd, List<Hit<V>> out) {
        if (pos > start && node.values != null && tokens.get(pos - 1).closes()) {
            out.add(new Hit<>(start, pos, node.values, slotStart, slotEnd));
        }
        if (pos >= tokens.size()) {
            return;
        }
        Node<V> next = node.child(tokens.get(pos).key());
        if (next != null) {
            walk(next, tokens, start, pos + 1, slots, slotStart, slotEnd, out);
        }
        if (node.slot != null && slots != null && slotStart < 0) {
            int end = slots.countryEnd(pos);
            if (end > pos) {
                walk(node.slot, tokens, start, end, slots, pos, end, out);
            }
        }
    }
}
