package org.warta.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap test that tells which patterns cannot match a text, so that their regular expressions need not run. Each
 * pattern's required literals ({@link RequiredLiterals}) are looked for in one pass over the text; a pattern one of
 * whose requirements is wholly absent cannot match and is passed over. A pattern nothing is known of always runs.
 *
 * <p>The patterns are case-insensitive with Unicode case, under which Java matches a character against another
 * through their upper- and lower-case mappings ({@code ſ}, {@code s} and {@code S}; {@code K}, {@code k} and the
 * Kelvin sign). The screen compares characters by their class under every such mapping, which is coarser than
 * the regex engine's own comparison and so never rules out a text the pattern could match. No case mapping leads
 * out of the Basic Multilingual Plane or into it, and literals are BMP characters, so text is compared by chars.
 */
final class LiteralScreen {
    /** Every BMP character mapped to the smallest character of its case class. */
    private static final char[] CASE_CLASS = caseClasses();

    /** The distinct literals, case-folded, in a trie; a literal's index is its bit in a {@link Presence}. */
    private final Trie literals;
    /** Per pattern, one bit mask over the literals for each requirement; no masks: the pattern always runs. */
    private final long[][][] needs;

    private LiteralScreen(Trie literals, long[][][] needs) {
        this.literals = literals;
        this.needs = needs;
    }

    /** A screen for these patterns, in this order (the order {@link Presence#mayMatch(int)} counts in). */
    static LiteralScreen of(List<String> patterns) {
        if (CASE_CLASS == null) {
            return new LiteralScreen(new Trie(List.of()), new long[patterns.size()][0][]);
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> literals = new ArrayList<>();
        long[][][] needs = new long[patterns.size()][][];
        for (int k = 0; k < patterns.size(); k++) {
            List<Set<String>> required = RequiredLiterals.of(patterns.get(k));
            List<long[]> masks = new ArrayList<>();
            for (Set<String> anyOf : required) {
                List<Integer> bits = new ArrayList<>();
                for (String literal : shortestForms(anyOf)) {
                    bits.add(ids.computeIfAbsent(literal, l -> {
                        literals.add(l);
                        return literals.size() - 1;
                    }));
                }
                masks.add(bitsOf(bits));
            }
            needs[k] = masks.toArray(long[][]::new);
        }
        int words = (literals.size() + 63) / 64;
        for (long[][] masks : needs) {
            for (int m = 0; m < masks.length; m++) {
                masks[m] = Arrays.copyOf(masks[m], words);
            }
        }
        return new LiteralScreen(new Trie(literals), needs);
    }

    /**
     * The folded literals of a requirement, less those that contain another one: a text holding "antara.com" holds
     * "antara", so looking for the longer one adds nothing.
     */
    private static List<String> shortestForms(Set<String> anyOf) {
        List<String> folded = anyOf.stream().map(LiteralScreen::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList();
        List<String> kept = new ArrayList<>();
        for (String literal : folded) {
            if (kept.stream().noneMatch(literal::contains)) {
                kept.add(literal);
            }
        }
        return kept;
    }

    private static long[] bitsOf(List<Integer> bits) {
        long[] mask = new long[bits.stream().mapToInt(b -> b / 64 + 1).max().orElse(0)];
        for (int b : bits) {
            mask[b / 64] |= 1L << (b % 64);
        }
        return mask;
    }

    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CASE_CLASS[s.charAt(i)];
        }
        return new String(out);
    }

    /** Which literals occur in the text: one pass, following the trie of literals from each character. */
    Presence scan(CharSequence text) {
        long[] found = new long[(literals.size() + 63) / 64];
        if (literals.size() == 0) {
            return new Presence(found);
        }
        int n = text.length();
        char[] folded = new char[n];
        for (int i = 0; i < n; i++) {
            folded[i] = CASE_CLASS[text.charAt(i)];
        }
        for (int at = 0; at < n; at++) {
            int node = literals.first(folded[at]);
            int next = at + 1;
            while (node != Trie.NONE) {
                int id = literals.literalEndingAt(node);
                if (id >= 0) {
                    found[id >>> 6] |= 1L << id;
                }
                if (next == n) {
                    break;
                }
                node = literals.child(node, folded[next++]);
            }
        }
        return new Presence(found);
    }

    /**
     * Literals as a trie of folded characters: the first character indexes a table, later ones a short list per
     * node, so most positions of a text cost one lookup.
     */
    private static final class Trie {
        static final int NONE = 0;
        private final int[] first = new int[0x10000];
        private final List<char[]> edgeChars = new ArrayList<>();
        private final List<int[]> edgeTargets = new ArrayList<>();
        private final List<Integer> ending = new ArrayList<>();
        private final int size;
        private final char[][] chars;
        private final int[][] targets;
        private final int[] literalAt;

        Trie(List<String> literals) {
            newNode(); // node 0 stands for "none"
            for (int id = 0; id < literals.size(); id++) {
                add(literals.get(id), id);
            }
            size = literals.size();
            chars = edgeChars.toArray(char[][]::new);
            targets = edgeTargets.toArray(int[][]::new);
            literalAt = ending.stream().mapToInt(Integer::intValue).toArray();
        }

        private int newNode() {
            edgeChars.add(new char[0]);
            edgeTargets.add(new int[0]);
            ending.add(-1);
            return ending.size() - 1;
        }

        private void add(String literal, int id) {
            char c0 = literal.charAt(0);
            if (first[c0] == NONE) {
                first[c0] = newNode();
            }
            int node = first[c0];
            for (int i = 1; i < literal.length(); i++) {
                int next = childWhileBuilding(node, literal.charAt(i));
                if (next == NONE) {
                    next = newNode();
                    char[] cs = Arrays.copyOf(edgeChars.get(node), edgeChars.get(node).length + 1);
                    int[] ts = Arrays.copyOf(edgeTargets.get(node), cs.length);
                    cs[cs.length - 1] = literal.charAt(i);
                    ts[ts.length - 1] = next;
                    edgeChars.set(node, cs);
                    edgeTargets.set(node, ts);
                }
                node = next;
            }
            ending.set(node, id);
        }

        private int childWhileBuilding(int node, char c) {
            char[] cs = edgeChars.get(node);
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] == c) {
                    return edgeTargets.get(node)[i];
                }
            }
            return NONE;
        }

        int size() {
            return size;
        }

        int first(char c) {
            return first[c];
        }

        int child(int node, char c) {
            char[] cs = chars[node];
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] == c) {
                    return targets[node][i];
                }
            }
            return NONE;
        }

        int literalEndingAt(int node) {
            return literalAt[node];
        }
    }

    /** The literals found in one text. */
    final class Presence {
        private final long[] found;

        private Presence(long[] found) {
            this.found = found;
        }

        /** False when the pattern at this index cannot match the text: one of its requirements is absent. */
        boolean mayMatch(int pattern) {
            for (long[] mask : needs[pattern]) {
                if (!intersects(mask)) {
                    return false;
                }
            }
            return true;
        }

        private boolean intersects(long[] mask) {
            for (int w = 0; w < mask.length; w++) {
                if ((mask[w] & found[w]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Patterns the screen knows nothing of, which therefore always run. */
    int unscreened() {
        int n = 0;
        for (long[][] masks : needs) {
            if (masks.length == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Joins every BMP character with its upper-, lower- and title-case mappings and names each class by its
     * smallest member. The regex engine's case-insensitive comparisons only ever follow these mappings. Null, and
     * no screening at all, should a mapping ever lead out of the BMP.
     */
    private static char[] caseClasses() {
        int[] parent = new int[0x10000];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
        }
        for (int c = 0; c < parent.length; c++) {
            int[] mapped = {Character.toUpperCase(c), Character.toLowerCase(c), Character.toTitleCase(c)};
            for (int m : mapped) {
                if (m >= parent.length) {
                    return null;
                }
                union(parent, c, m);
            }
        }
        char[] classes = new char[parent.length];
        for (int c = 0; c < parent.length; c++) {
            classes[c] = (char) root(parent, c);
        }
        return classes;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int root(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }
}
