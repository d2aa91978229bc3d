package org.warta.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised tokens: every phrase is a path of token keys, so finding all known names in a sentence
 * costs one hash look-up per token and step, whatever the size of the list. A path element {@link #SLOT} matches a
 * country mention of any length ("ministre {C} des Affaires étrangères").
 *
 * @param <V> what a phrase carries
 */
final class TokenTrie<V> {
    static final String SLOT = "{C}";

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
    interface Slots {
        int countryEnd(int start);
    }

    /** A phrase found at [start, end) in token indices, with its values and the country the slot matched. */
    record Hit<V>(int start, int end, List<V> values, int slotStart, int slotEnd) {
        boolean hasSlot() {
            return slotStart >= 0;
        }
    }

    void add(List<String> keys, V value) {
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

    int size() {
        return size;
    }

    /** Keys of the words of a phrase, as the trie stores them. */
    static List<String> keys(List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.norm());
        }
        return keys;
    }

    /** Every phrase that starts at {@code start}, shortest first. */
    List<Hit<V>> matchesAt(List<Token> tokens, int start, Slots slots) {
        List<Hit<V>> out = new ArrayList<>(2);
        walk(root, tokens, start, start, slots, -1, -1, out);
        return out;
    }

    private void walk(Node<V> node, List<Token> tokens, int start, int pos, Slots slots, int slotStart, int slotEnd,
                      List<Hit<V>> out) {
        if (pos > start && node.values != null) {
            out.add(new Hit<>(start, pos, node.values, slotStart, slotEnd));
        }
        if (pos >= tokens.size()) {
            return;
        }
        Node<V> next = node.child(tokens.get(pos).norm());
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
