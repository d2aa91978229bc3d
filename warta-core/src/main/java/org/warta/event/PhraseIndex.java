package org.warta.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrase patterns, found together in a sentence. Patterns are indexed by their first token (exact words by
 * the word, stems by their first three letters) so a sentence is scanned once, whatever the size of the lexicon:
 * at each token only the patterns filed under its forms are tried. Which elements each token of the sentence matches
 * is worked out once per sentence ({@link ElementIndex}), so an element shared by many patterns (the verb forms and
 * noun sets of a converted dictionary) is never tried twice on a token, and a pattern with an element that no token
 * of the sentence matches is not tried at all.
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
     * @param order    the pattern's place in the index (its line in the data), unique
     * @param ids      the number of each of its elements in the index's {@link ElementIndex}, -1 for a gap
     * @param required the numbers of the elements after the first that it cannot match without
     */
    private record Entry<V>(PhrasePattern pattern, V value, int order, int[] ids, int[] required) {
    }

    /**
     * The patterns that open with one element. Patterns are filed by their first element alone, so those that share
     * it are filed together, and tried only where it matches.
     */
    private record Group<V>(int head, List<Entry<V>> entries) {
    }

    private final Map<String, List<Group<V>>> exact = new HashMap<>();
    private final Map<String, List<Group<V>>> byPrefix = new HashMap<>();
    private final List<Group<V>> general = new ArrayList<>();
    /** The groups by the number of their first element. */
    private final Map<Integer, Group<V>> groups = new HashMap<>();
    private final ElementIndex elements = new ElementIndex();
    private final List<PhrasePattern> patterns = new ArrayList<>();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private int size;

    /** The key a pattern's stem is filed under, apart from whole words. */
    static String stemKey(String stem) {
        return "\u0000" + stem;
    }

    void add(PhrasePattern pattern, V value) {
        List<PhrasePattern.Element> parts = pattern.elements();
        int[] ids = new int[parts.size()];
        List<Integer> required = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) {
            PhrasePattern.Element e = parts.get(k);
            ids[k] = e.gap() ? -1 : elements.add(e);
            if (k > 0 && !e.gap() && !e.optional() && !required.contains(ids[k])) {
                required.add(ids[k]);
            }
        }
        patterns.add(pattern);
        Entry<V> entry = new Entry<>(pattern, value, size++, ids,
                required.stream().mapToInt(Integer::intValue).toArray());
        Group<V> known = groups.get(ids[0]);
        if (known != null) {
            known.entries().add(entry); // filed already, under the same first element's words
            return;
        }
        Group<V> group = new Group<>(ids[0], new ArrayList<>(List.of(entry)));
        groups.put(ids[0], group);
        List<PhrasePattern.Glob> first = parts.get(0).alternatives();
        boolean allExact = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.EXACT);
        boolean allPrefix = first.stream().allMatch(g -> g.type() == PhrasePattern.GlobType.PREFIX
                && g.text().length() >= HEAD);
        if (allExact) {
            for (PhrasePattern.Glob g : first) {
                exact.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(group);
                if (!g.stem().isEmpty()) {
                    // also when the word is its own stem: the token "이스라엘은" has the stem "이스라엘"
                    exact.computeIfAbsent(stemKey(g.stem()), k -> new ArrayList<>()).add(group);
                }
                if (!g.bare().isEmpty()) {
                    exact.computeIfAbsent(g.bare(), k -> new ArrayList<>()).add(group);
                }
            }
        } else if (allPrefix) {
            for (PhrasePattern.Glob g : first) {
                byPrefix.computeIfAbsent(g.text().substring(0, HEAD), k -> new ArrayList<>()).add(group);
            }
        } else {
            general.add(group);
        }
    }

    int size() {
        return size;
    }

    /** The patterns in the order they were added: a match's {@link Match#order()} is its place here. */
    List<PhrasePattern> patterns() {
        return java.util.Collections.unmodifiableList(patterns);
    }

    /** Every match at every position, in no particular order. */
    List<Match<V>> findAll(List<Token> tokens, boolean caseless) {
        return findAll(tokens, caseless, true);
    }

    /**
     * @param noted whether what the index says of a token may be taken from its word's notes (and noted there), or
     *              is worked out afresh: the two give the same matches
     */
    List<Match<V>> findAll(List<Token> tokens, boolean caseless, boolean noted) {
        List<Match<V>> out = new ArrayList<>();
        Scratch s = scratch.get();
        s.fit(elements.size(), elements.size(), elements.words(), tokens.size());
        Reading[] readings = s.start(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Reading r = noted ? noted(tokens.get(i), caseless, s) : lookedUp(tokens.get(i), caseless, s);
            readings[i] = r;
            s.mark(r.elements());
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (Object started : readings[i].groups()) {
                @SuppressWarnings("unchecked")
                Group<V> g = (Group<V>) started;
                if (!s.matches(g.head(), i)) {
                    continue; // a group filed under the word's forms whose first element the word does not match
                }
                for (Entry<V> e : g.entries()) {
                    if (!s.allPresent(e.required())) {
                        continue;
                    }
                    int end = e.pattern().matchAfterFirst(tokens, i, e.ids(), s);
                    if (end > i) {
                        out.add(new Match<>(i, end, e.value(), e.pattern(), e.order()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What the index says of a token: the elements it matches, and the groups of patterns that may start at it (filed
     * under its forms, and with a first element it matches). Both depend on the token's word alone (and on whether
     * case and accents count), so they are noted on the word, and a word met again (a text says "the" and its actors'
     * names many times) is not looked up again.
     */
    private record Reading(int[] elements, Object[] groups) {
    }

    /** What the index's notes on a word are kept under: one key for each way of reading (case counts or not, accents). */
    private final Object[] noteKeys = {new Object(), new Object(), new Object(), new Object()};

    /** What the index says of most words: nothing. */
    private static final Reading NOTHING = new Reading(new int[0], new Object[0]);

    private Reading noted(Token t, boolean caseless, Scratch s) {
        Object key = noteKeys[(caseless ? 1 : 0) | (t.keepsMarks() ? 2 : 0)];
        Reading r = (Reading) t.word().note(key);
        if (r == null) {
            r = read(t, caseless, s);
            t.word().note(key, r);
        }
        return r;
    }

    /** The elements a token matches and every group filed under its forms, looked up as they were before notes. */
    private Reading lookedUp(Token t, boolean caseless, Scratch s) {
        return new Reading(s.elementsOf(elements, t, caseless), s.candidates(this, t));
    }

    /** What the index says of a token, looked up, for its word's notes. */
    private Reading read(Token t, boolean caseless, Scratch s) {
        int[] found = s.elementsOf(elements, t, caseless);
        if (found.length == 0) {
            return NOTHING; // no pattern starts at a word that matches no element
        }
        Object[] candidates = s.candidates(this, t);
        int kept = 0;
        for (Object c : candidates) {
            if (contains(found, ((Group<?>) c).head())) {
                candidates[kept++] = c;
            }
        }
        return new Reading(found, java.util.Arrays.copyOf(candidates, kept));
    }

    private static boolean contains(int[] ids, int id) {
        for (int k : ids) {
            if (k == id) {
                return true;
            }
        }
        return false;
    }

    /** True when some pattern may begin with this word: its first element matches it. */
    boolean begins(Token t, boolean caseless) {
        List<List<Group<V>>> filed = new ArrayList<>();
        filed.add(exact.get(t.norm()));
        filed.add(exact.get(t.bare()));
        filed.add(exact.get(t.stemKey()));
        if (t.normHead() != null) {
            filed.add(byPrefix.get(t.normHead()));
        }
        filed.add(general);
        for (List<Group<V>> found : filed) {
            for (Group<V> g : found == null ? List.<Group<V>>of() : found) {
                if (g.entries().get(0).pattern().elements().get(0).matches(t, caseless)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What one thread needs to find patterns in a sentence without making anything per token: which elements each
     * token matches (its reading, kept per token) and which elements some token of it matches, and a token's candidate
     * patterns.
     * Marks are stamped with a count (of sentences, of tokens) rather than cleared.
     */
    private static final class Scratch implements PhrasePattern.ElementTest, ElementIndex.Found {
        private Object[] candidates = new Object[16];
        private int count;
        /** Per group (by its first element's number): the token round in which it became a candidate. */
        private int[] taken = new int[0];
        private int round;
        /** Per word of the element index: the token round in which it was tried. */
        private int[] tried = new int[0];
        private int wordRound;
        /** Per element: the last sentence in which some token matched it. */
        private int[] matchedIn = new int[0];
        private int sentence;
        /** The readings of a sentence's tokens. */
        private Reading[] readings = new Reading[64];
        /** The elements found for one token. */
        private int[] foundIds = new int[16];
        private int found;

        void fit(int entries, int elements, int words, int tokens) {
            if (taken.length < entries) {
                taken = new int[entries];
                round = 0;
            }
            if (tried.length < words) {
                tried = new int[words];
                wordRound = 0;
            }
            if (matchedIn.length < elements) {
                matchedIn = new int[elements];
                sentence = 0;
            }
        }

        /** Starts a sentence of {@code tokens} tokens: no element marked yet. Returns room for the tokens' readings. */
        Reading[] start(int tokens) {
            if (sentence == Integer.MAX_VALUE) {
                java.util.Arrays.fill(matchedIn, 0);
                sentence = 0;
            }
            sentence++;
            if (readings.length < tokens) {
                readings = new Reading[Math.max(tokens, readings.length * 2)];
            }
            return readings;
        }

        /** Marks the elements given as matched in the sentence (which token matches them its reading says). */
        void mark(int[] ids) {
            for (int id : ids) {
                matchedIn[id] = sentence;
            }
        }

        /** The elements a token matches, each once. */
        int[] elementsOf(ElementIndex elements, Token t, boolean caseless) {
            if (wordRound == Integer.MAX_VALUE) {
                java.util.Arrays.fill(tried, 0);
                wordRound = 0;
            }
            found = 0;
            elements.matches(t, caseless, tried, ++wordRound, this);
            return java.util.Arrays.copyOf(foundIds, found);
        }

        @Override
        public void element(int id) {
            if (found == foundIds.length) {
                foundIds = java.util.Arrays.copyOf(foundIds, found * 2);
            }
            foundIds[found++] = id;
        }

        @Override
        public boolean matches(int element, int at) {
            for (int id : readings[at].elements()) {
                if (id == element) {
                    return true;
                }
            }
            return false;
        }

        /** Whether every element given matches some token of the sentence. */
        boolean allPresent(int[] required) {
            for (int id : required) {
                if (matchedIn[id] != sentence) {
                    return false;
                }
            }
            return true;
        }

        /** The groups of patterns filed under the token's forms, each once. */
        <V> Object[] candidates(PhraseIndex<V> index, Token t) {
            count = 0;
            if (round == Integer.MAX_VALUE) {
                java.util.Arrays.fill(taken, 0);
                round = 0;
            }
            int r = ++round;
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
            return java.util.Arrays.copyOf(candidates, count);
        }

        /** Adds groups not yet among the candidates (a group can be reached through two keys). */
        private <V> void collect(List<Group<V>> groups, int r) {
            if (groups == null) {
                return;
            }
            for (int k = 0; k < groups.size(); k++) {
                Group<V> e = groups.get(k);
                if (taken[e.head()] != r) {
                    taken[e.head()] = r;
                    if (count == candidates.length) {
                        candidates = java.util.Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = e;
                }
            }
        }
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
