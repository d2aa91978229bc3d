package org.warta.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct elements of a set of phrase patterns, numbered, and which of them a token matches, found by looking
 * the token's forms up rather than by trying every element's words: a converted verb dictionary's patterns name
 * sets of hundreds of words ("&amp;S_MONEDA"), and the same sets again and again.
 *
 * <p>Each word of an element ({@link PhrasePattern.Glob}) is filed under what a token must have to match it: an exact
 * word under the word, its stem and its bare form; a stem ({@code attack*}) under its first {@link PhraseIndex#HEAD}
 * letters. Words filed so cannot be missed, and the few that cannot be filed (endings, parts, very short stems) are
 * tried on every token. A word found is then tried as {@link PhrasePattern.Glob#matches} tries it, so a token matches
 * an element here exactly when {@link PhrasePattern.Element#matches} says it does.
 */
final class ElementIndex {
    /** A distinct word of the elements, with the elements it is a word of. */
    private record Word(int id, PhrasePattern.Glob glob, int[] elements) {
    }

    private final Map<List<PhrasePattern.Glob>, Integer> ids = new HashMap<>();
    private final Map<PhrasePattern.Glob, List<Integer>> elementsOfGlob = new HashMap<>();
    /** The words filed for look-up, made when first asked after an element was added. */
    private volatile Filed filed;

    private record Filed(Map<String, Word[]> byText, Map<String, Word[]> byStem, Map<String, Word[]> byBare,
                         Map<String, Word[]> byHead, Word[] everywhere, int words) {
    }

    /** The number of an element; equal elements (the same words, optional or not) have the same number. */
    int add(PhrasePattern.Element element) {
        Integer known = ids.get(element.alternatives());
        if (known != null) {
            return known;
        }
        int id = ids.size();
        ids.put(element.alternatives(), id);
        for (PhrasePattern.Glob g : element.alternatives()) {
            List<Integer> of = elementsOfGlob.computeIfAbsent(g, k -> new ArrayList<>());
            if (!of.contains(id)) {
                of.add(id);
            }
        }
        filed = null; // filed again when next asked
        return id;
    }

    /** How many distinct elements there are. */
    int size() {
        return ids.size();
    }

    /** How many distinct words there are. */
    int words() {
        return file().words();
    }

    /**
     * Calls {@code found} with the number of every element that the token matches, each once.
     *
     * @param seen a scratch array of at least {@link #words()} stamps, and {@code stamp} a value it does not hold yet
     */
    void matches(Token t, boolean caseless, int[] seen, int stamp, Found found) {
        Filed f = file();
        Map<String, Word[]> byText = f.byText();
        Map<String, Word[]> byStem = f.byStem();
        Map<String, Word[]> byBare = f.byBare();
        Map<String, Word[]> byHead = f.byHead();
        check(byText.get(t.norm()), t, caseless, seen, stamp, found);
        if (!t.bare().equals(t.norm())) {
            check(byText.get(t.bare()), t, caseless, seen, stamp, found);
        }
        if (!byStem.isEmpty()) {
            check(byStem.get(t.stem()), t, caseless, seen, stamp, found);
        }
        if (!byBare.isEmpty()) {
            check(byBare.get(t.bare()), t, caseless, seen, stamp, found);
        }
        if (!byHead.isEmpty()) {
            if (t.normHead() != null) {
                check(byHead.get(t.normHead()), t, caseless, seen, stamp, found);
            }
            if (t.bareHead() != null && !t.bareHead().equals(t.normHead())) {
                check(byHead.get(t.bareHead()), t, caseless, seen, stamp, found);
            }
        }
        check(f.everywhere(), t, caseless, seen, stamp, found);
    }

    /** Receives the elements a token matches. */
    @FunctionalInterface
    interface Found {
        void element(int id);
    }

    private static void check(Word[] candidates, Token t, boolean caseless, int[] seen, int stamp, Found found) {
        if (candidates == null) {
            return;
        }
        for (Word w : candidates) {
            if (seen[w.id()] == stamp) {
                continue;
            }
            seen[w.id()] = stamp;
            if (w.glob().matches(t, caseless)) {
                for (int e : w.elements()) {
                    found.element(e);
                }
            }
        }
    }

    /** Files the words once all elements are known (elements are added while a lexicon loads, then only read). */
    private Filed file() {
        Filed known = filed;
        if (known != null) {
            return known;
        }
        Map<String, List<Word>> text = new HashMap<>();
        Map<String, List<Word>> stem = new HashMap<>();
        Map<String, List<Word>> bare = new HashMap<>();
        Map<String, List<Word>> head = new HashMap<>();
        List<Word> anywhere = new ArrayList<>();
        int n = 0;
        for (Map.Entry<PhrasePattern.Glob, List<Integer>> e : elementsOfGlob.entrySet()) {
            PhrasePattern.Glob g = e.getKey();
            Word w = new Word(n++, g, e.getValue().stream().mapToInt(Integer::intValue).toArray());
            switch (g.type()) {
                case EXACT -> {
                    text.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(w);
                    if (!g.stem().isEmpty()) {
                        stem.computeIfAbsent(g.stem(), k -> new ArrayList<>()).add(w);
                    }
                    if (!g.bare().isEmpty()) {
                        bare.computeIfAbsent(g.bare(), k -> new ArrayList<>()).add(w);
                    }
                }
                case PREFIX -> {
                    if (g.text().length() >= PhraseIndex.HEAD) {
                        head.computeIfAbsent(g.text().substring(0, PhraseIndex.HEAD), k -> new ArrayList<>()).add(w);
                    } else {
                        anywhere.add(w);
                    }
                }
                case SUFFIX, PART -> anywhere.add(w);
            }
        }
        Filed made = new Filed(frozen(text), frozen(stem), frozen(bare), frozen(head), anywhere.toArray(Word[]::new), n);
        filed = made;
        return made;
    }

    private static Map<String, Word[]> frozen(Map<String, List<Word>> filed) {
        Map<String, Word[]> out = new HashMap<>();
        filed.forEach((k, v) -> out.put(k, v.toArray(Word[]::new)));
        return out;
    }
}
