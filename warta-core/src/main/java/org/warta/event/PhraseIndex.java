package org.warta.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrase patterns, found together in a sentence. Patterns are indexed by their first token (exact words by
 * the word, stems by their first three letters) so a sentence is scanned once, whatever the size of the lexicon.
 */
final class PhraseIndex<V> {
    /** A pattern found in a sentence, covering tokens [from, to). */
    record Match<V>(int from, int to, V value, PhrasePattern pattern, int order) {
        int length() {
            return to - from;
        }

        boolean overlaps(Match<?> o) {
            return from < o.to && o.from < to;
        }
    }

    private record Entry<V>(PhrasePattern pattern, V value, int order) {
    }

    private final Map<String, List<Entry<V>>> exact = new HashMap<>();
    private final Map<String, List<Entry<V>>> byPrefix = new HashMap<>();
    private final List<Entry<V>> general = new ArrayList<>();
    private int size;

    void add(PhrasePattern pattern, V value) {
        Entry<V> entry = new Entry<>(pattern, value, size++);
        List<PhrasePattern.Glob> first = pattern.elements().get(0).alternatives();
        boolean allExact = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.EXACT);
        boolean allPrefix = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.PREFIX && g.text().length() >= 3);
        if (allExact) {
            for (PhrasePattern.Glob g : first) {
                exact.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(entry);
                if (!g.stem().isEmpty()) {
                    // also when the word is its own stem: the token "이스라엘은" has the stem "이스라엘"
                    exact.computeIfAbsent("\u0000" + g.stem(), k -> new ArrayList<>()).add(entry);
                }
                if (!g.bare().isEmpty()) {
                    exact.computeIfAbsent(g.bare(), k -> new ArrayList<>()).add(entry);
                }
            }
        } else if (allPrefix) {
            for (PhrasePattern.Glob g : first) {
                byPrefix.computeIfAbsent(g.text().substring(0, 3), k -> new ArrayList<>()).add(entry);
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
        List<Entry<V>> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            candidates.clear();
            collect(exact.get(t.norm()), candidates);
            if (!t.bare().equals(t.norm())) {
                collect(exact.get(t.bare()), candidates);
            }
            if (!t.stem().equals(t.norm())) {
                collect(exact.get("\u0000" + t.stem()), candidates);
            }
            if (!byPrefix.isEmpty() && t.norm().length() >= 3) {
                collect(byPrefix.get(t.norm().substring(0, 3)), candidates);
                if (!t.bare().equals(t.norm()) && t.bare().length() >= 3) {
                    collect(byPrefix.get(t.bare().substring(0, 3)), candidates);
                }
            }
            collect(general, candidates);
            for (Entry<V> e : candidates) {
                int end = e.pattern().matchAt(tokens, i, caseless);
                if (end > i) {
                    out.add(new Match<>(i, end, e.value(), e.pattern(), e.order()));
                }
            }
        }
        return out;
    }

    /** Adds entries not yet among the candidates (an entry can be reached through two keys). */
    private static <V> void collect(List<Entry<V>> entries, List<Entry<V>> candidates) {
        if (entries == null) {
            return;
        }
        int before = candidates.size();
        for (Entry<V> e : entries) {
            boolean seen = false;
            for (int k = 0; k < before && !seen; k++) {
                seen = candidates.get(k) == e;
            }
            if (!seen) {
                candidates.add(e);
            }
        }
    }

    /** True when some pattern may begin with this word: its first element matches it. */
    boolean begins(Token t, boolean caseless) {
        List<Entry<V>> candidates = new ArrayList<>();
        collect(exact.get(t.norm()), candidates);
        collect(exact.get(t.bare()), candidates);
        collect(exact.get("\u0000" + t.stem()), candidates);
        if (t.norm().length() >= 3) {
            collect(byPrefix.get(t.norm().substring(0, 3)), candidates);
        }
        collect(general, candidates);
        for (Entry<V> e : candidates) {
            if (e.pattern().elements().get(0).matches(t, caseless)) {
                return true;
            }
        }
        return false;
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
