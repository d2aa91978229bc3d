package org.warta.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrase patterns, found together in a sentence. Patterns are indexed by their first token (exact words by
 * the word, stems by their first three letters) so a sentence is scanned once, whatever the size of the lexicon:
 * at each token only the patterns filed under its forms are tried. Patterns that open with the same element (the
 * verb forms of a converted dictionary open hundreds of them) have that element tried once per token.
 */
final class PhraseIndex<V> {
    /** How many first letters of a stem pattern ({@code attack*}) file it. */
    static final int HEAD = 3;

    /** A pattern found in a sentence, covering tokens [from, to). */
    record Match<V>(int from, int to, V value, PhrasePattern pattern, int order) {
        int length() {
            return to - from;
        }

        boolean overlaps(Match<?> o) {
            return from < o.to && o.from < to;
        }
    }

    /**
     * @param order the pattern's place in the index (its line in the data), unique
     * @param head  the number of its first element among the distinct first elements of the index
     */
    private record Entry<V>(PhrasePattern pattern, V value, int order, int head) {
    }

    private final Map<String, List<Entry<V>>> exact = new HashMap<>();
    private final Map<String, List<Entry<V>>> byPrefix = new HashMap<>();
    private final List<Entry<V>> general = new ArrayList<>();
    /** The distinct first elements, numbered: equal elements match the same tokens. */
    private final Map<PhrasePattern.Element, Integer> heads = new HashMap<>();
    private final List<PhrasePattern.Element> headElements = new ArrayList<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private int size;

    /** The key a pattern's stem is filed under, apart from whole words. */
    static String stemKey(String stem) {
        return "\u0000" + stem;
    }

    void add(PhrasePattern pattern, V value) {
        PhrasePattern.Element firstElement = pattern.elements().get(0);
        Integer head = heads.get(firstElement);
        if (head == null) {
            head = headElements.size();
            heads.put(firstElement, head);
            headElements.add(firstElement);
        }
        Entry<V> entry = new Entry<>(pattern, value, size++, head);
        List<PhrasePattern.Glob> first = firstElement.alternatives();
        boolean allExact = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.EXACT);
        boolean allPrefix = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.PREFIX
                && g.text().length() >= HEAD);
        if (allExact) {
            for (PhrasePattern.Glob g : first) {
                exact.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(entry);
                if (!g.stem().isEmpty()) {
                    // also when the word is its own stem: the token "이스라엘은" has the stem "이스라엘"
                    exact.computeIfAbsent(stemKey(g.stem()), k -> new ArrayList<>()).add(entry);
                }
                if (!g.bare().isEmpty()) {
                    exact.computeIfAbsent(g.bare(), k -> new ArrayList<>()).add(entry);
                }
            }
        } else if (allPrefix) {
            for (PhrasePattern.Glob g : first) {
                byPrefix.computeIfAbsent(g.text().substring(0, HEAD), k -> new ArrayList<>()).add(entry);
            }
        } else {
            general.add(entry);
        }
    }

    int size() {
        return size;
    }

    /** Every match at every position, in no particular order. */
    List<Match<V>> findAll(List<Token> tokens, boolean caseless) {
        List<Match<V>> out = new ArrayList<>();
        Scratch s = scratch();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int round = s.candidates(this, t);
            for (int c = 0; c < s.count; c++) {
                @SuppressWarnings("unchecked")
                Entry<V> e = (Entry<V>) s.candidates[c];
                if (!s.headMatches(e.head(), headElements, t, caseless, round)) {
                    continue;
                }
                int end = e.pattern().matchAfterFirst(tokens, i, caseless);
                if (end > i) {
                    out.add(new Match<>(i, end, e.value(), e.pattern(), e.order()));
                }
            }
        }
        return out;
    }

    /** True when some pattern may begin with this word: its first element matches it. */
    boolean begins(Token t, boolean caseless) {
        Scratch s = scratch();
        int round = s.next(this);
        s.collect(exact.get(t.norm()), round);
        s.collect(exact.get(t.bare()), round);
        s.collect(exact.get(t.stemKey()), round);
        if (t.normHead() != null) {
            s.collect(byPrefix.get(t.normHead()), round);
        }
        s.collect(general, round);
        for (int c = 0; c < s.count; c++) {
            if (s.headMatches(((Entry<?>) s.candidates[c]).head(), headElements, t, caseless, round)) {
                return true;
            }
        }
        return false;
    }

    private Scratch scratch() {
        Scratch s = scratch.get();
        s.fit(size, headElements.size());
        return s;
    }

    /**
     * What one thread needs to gather a token's candidates without making anything per token: the candidates so far,
     * and, stamped with the round (one per token) in which they were last set, which entries are among them and which
     * first elements were tried on the token, with the answer. Stamps make clearing between tokens unnecessary.
     */
    private static final class Scratch {
        private Object[] candidates = new Object[16];
        private int count;
        private int[] taken = new int[0];
        private int[] tried = new int[0];
        private boolean[] matched = new boolean[0];
        private int round;

        void fit(int entries, int heads) {
            if (taken.length < entries) {
                taken = new int[entries];
            }
            if (tried.length < heads) {
                tried = new int[heads];
                matched = new boolean[heads];
            }
        }

        /** Starts a round: no candidates, no element tried. */
        int next(PhraseIndex<?> index) {
            count = 0;
            if (round == Integer.MAX_VALUE) {
                java.util.Arrays.fill(taken, 0);
                java.util.Arrays.fill(tried, 0);
                round = 0;
            }
            return ++round;
        }

        /** The patterns filed under the token's forms, each once; returns the round. */
        <V> int candidates(PhraseIndex<V> index, Token t) {
            int r = next(index);
            collect(index.exact.get(t.norm()), r);
            if (!t.bare().equals(t.norm())) {
                collect(index.exact.get(t.bare()), r);
            }
            if (!t.stem().equals(t.norm())) {
                collect(index.exact.get(t.stemKey()), r);
            }
            if (!index.byPrefix.isEmpty() && t.normHead() != null) {
                collect(index.byPrefix.get(t.normHead()), r);
                if (!t.bare().equals(t.norm()) && t.bareHead() != null) {
                    collect(index.byPrefix.get(t.bareHead()), r);
                }
            }
            collect(index.general, r);
            return r;
        }

        /** Adds entries not yet among the candidates (an entry can be reached through two keys). */
        <V> void collect(List<Entry<V>> entries, int r) {
            if (entries == null) {
                return;
            }
            for (int k = 0; k < entries.size(); k++) {
                Entry<V> e = entries.get(k);
                if (taken[e.order()] != r) {
                    taken[e.order()] = r;
                    if (count == candidates.length) {
                        candidates = java.util.Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = e;
                }
            }
        }

        /** Whether a first element matches the token, tried once a round. */
        boolean headMatches(int head, List<PhrasePattern.Element> elements, Token t, boolean caseless, int r) {
            if (tried[head] != r) {
                tried[head] = r;
                matched[head] = elements.get(head).matches(t, caseless);
            }
            return matched[head];
        }
    }

    int generalSize() {
        return general.size();
    }

    /** The longest matches that do not overlap; among equally long ones, the earlier line of the data file. */
    static <V> List<Match<V>> longestFirst(List<Match<V>> matches) {
        List<Match<V>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.<Match<V>>comparingInt(m -> -m.pattern().weight())
                .thenComparingInt(m -> -m.length()).thenComparingInt(Match::order).thenComparingInt(Match::from));
        List<Match<V>> kept = new ArrayList<>();
        for (Match<V> m : sorted) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::from));
        return kept;
    }
}
