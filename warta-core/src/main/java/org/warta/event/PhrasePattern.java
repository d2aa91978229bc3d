package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A phrase from a data file, matched token by token against a sentence. Tokens are separated by spaces; each is a
 * word ({@code phone}), a stem ({@code attack*}), an ending ({@code *serang}), a part ({@code *bunuh*}) or several
 * of these joined by {@code |}. {@code [a|b]} is an optional token; {@code …} (or {@code ...}) skips up to four
 * words (more where the language says so). A word written in capitals ({@code UN}) matches only a word in capitals; a word written with a capital
 * initial ({@code Russia}) only a capitalised word, unless the sentence has no case to go by.
 */
final class PhrasePattern {
    static final int MAX_GAP = 4;

    enum GlobType { EXACT, PREFIX, SUFFIX, PART }

    /**
     * @param marked an exact word written with accents ("apoyó"), kept to tell it from the unaccented word in text
     *               written with accents; else null
     */
    record Glob(String text, String stem, String bare, GlobType type, boolean capsOnly, boolean capitalised,
                String marked) {
        boolean matches(Token t, boolean caseless) {
            if (!caseless && (capsOnly && !t.allCaps() || capitalised && !t.capitalized())) {
                return false;
            }
            // the token's accented form differs from its folded one exactly when it carries a mark; marks tell two
            // words written alike apart, not two forms of one word ("Κύπρο" is "Κύπρος", "potępiły" "potępiła")
            if (type == GlobType.EXACT && t.marked() != null && !t.marked().equals(marked == null ? text : marked)
                    && (marked != null || !t.marked().equals(t.norm())) && (t.norm().equals(text) || t.bare().equals(text))) {
                return false; // in text written with accents, "sí" is not "si" nor "rechazo" "rechazó"
            }
            return switch (type) {
                case EXACT -> t.norm().equals(text) || t.bare().equals(text) || !stem.isEmpty() && t.stem().equals(stem)
                        || !bare.isEmpty() && t.bare().equals(bare);
                case PREFIX -> t.norm().startsWith(text) || t.bare().startsWith(text);
                case SUFFIX -> t.norm().endsWith(text);
                case PART -> t.norm().contains(text);
            };
        }
    }

    /** One position of the pattern: alternatives, possibly optional, or a gap. */
    record Element(List<Glob> alternatives, boolean optional, boolean gap) {
        boolean matches(Token t, boolean caseless) {
            for (Glob g : alternatives) {
                if (g.matches(t, caseless)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final List<Element> elements;
    private final int maxGap;

    private PhrasePattern(String source, List<Element> elements, int maxGap) {
        this.source = source;
        this.elements = List.copyOf(elements);
        this.maxGap = maxGap;
    }

    String source() {
        return source;
    }

    List<Element> elements() {
        return elements;
    }

    /** Number of fixed words: the more, the more specific. */
    int weight() {
        int w = 0;
        for (Element e : elements) {
            w += e.gap() || e.optional() ? 0 : 1;
        }
        return w;
    }

    static PhrasePattern compile(String pattern, String language, Morphology morphology) {
        return compile(pattern, language, morphology, MAX_GAP);
    }

    /** @param maxGap how many words "…" may skip: more in languages that put the subject inside the phrase */
    static PhrasePattern compile(String pattern, String language, Morphology morphology, int maxGap) {
        return compile(pattern, language, morphology, maxGap, Map.of());
    }

    /**
     * @param sets named sets of words a pattern may name as {@code &NAME} (the verb forms of a converted verb
     *             dictionary): one element shared by every pattern that names it
     */
    static PhrasePattern compile(String pattern, String language, Morphology morphology, int maxGap,
                                 Map<String, Element> sets) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.strip().split("\\s+")) {
            if (part.length() > 1 && part.startsWith("&")) {
                Element set = sets.get(part.substring(1));
                if (set == null) {
                    throw new IllegalArgumentException("unknown set '" + part + "' in '" + pattern + "'");
                }
                elements.add(set);
                continue;
            }
            if (part.equals("…") || part.equals("...")) {
                elements.add(new Element(List.of(), false, true));
                continue;
            }
            if (isPlain(part)) {
                // "d'État", "cessez-le-feu": cut as the text is cut, one element per token
                List<Token> pieces = Tokenizer.tokenize(part, language, morphology);
                if (pieces.size() > 1) {
                    for (Token t : pieces) {
                        elements.add(new Element(List.of(glob(t.raw(), language, morphology)), false, false));
                    }
                    continue;
                }
            }
            boolean optional = part.length() > 2 && part.startsWith("[") && part.endsWith("]");
            String body = optional ? part.substring(1, part.length() - 1) : part;
            List<Glob> alternatives = new ArrayList<>();
            for (String alt : body.split("\\|")) {
                if (alt.isEmpty()) {
                    continue;
                }
                String core = alt.replace("*", "");
                if (!core.isEmpty() && Tokenizer.tokenize(core, language, morphology).size() > 1) {
                    throw new IllegalArgumentException("'" + alt + "' in '" + pattern + "' is more than one word;"
                            + " write each phrase whole, separated by ';'");
                }
                alternatives.add(glob(alt, language, morphology));
            }
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("empty token in pattern '" + pattern + "'");
            }
            elements.add(new Element(alternatives, optional, false));
        }
        if (elements.isEmpty() || elements.get(0).gap() || elements.get(0).optional()
                || elements.get(elements.size() - 1).gap()) {
            throw new IllegalArgumentException("a pattern must start with a word and not end with a gap: '" + pattern + "'");
        }
        return new PhrasePattern(pattern, elements, maxGap);
    }

    /** A set of single words, {@code a|b|c}, as one element that patterns name. */
    static Element set(String words, String language, Morphology morphology) {
        List<Glob> alternatives = new ArrayList<>();
        for (String w : words.split("\\|")) {
            if (!w.isBlank()) {
                alternatives.add(glob(w.strip(), language, morphology));
            }
        }
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("empty set '" + words + "'");
        }
        return new Element(List.copyOf(alternatives), false, false);
    }

    private static boolean isPlain(String part) {
        return part.indexOf('|') < 0 && part.indexOf('*') < 0 && !part.startsWith("[");
    }

    private static Glob glob(String alt, String language, Morphology morphology) {
        boolean prefix = alt.endsWith("*") && alt.length() > 1;
        boolean suffix = alt.startsWith("*") && alt.length() > 1;
        String core = alt.substring(suffix ? 1 : 0, alt.length() - (prefix ? 1 : 0));
        boolean caps = core.length() >= 2 && core.equals(core.toUpperCase(Locale.ROOT))
                && !core.equals(core.toLowerCase(Locale.ROOT)) && core.chars().filter(Character::isLetter).count() >= 2;
        boolean capital = !caps && Character.isUpperCase(core.codePointAt(0));
        String folded = Folding.fold(core, language);
        GlobType type = prefix && suffix ? GlobType.PART : prefix ? GlobType.PREFIX : suffix ? GlobType.SUFFIX : GlobType.EXACT;
        String stem = type == GlobType.EXACT && !morphology.suffixes().isEmpty() ? morphology.stem(folded) : "";
        if (stem.equals(folded)) {
            stem = morphology.suffixes().isEmpty() ? "" : stem;
        }
        String bare = type == GlobType.EXACT && !morphology.clitics().isEmpty() ? morphology.bare(folded) : "";
        if (bare.equals(folded)) {
            bare = "";
        }
        String marked = type == GlobType.EXACT && Folding.ignoresMarks(language) && Folding.hasMarks(core)
                ? Folding.markedForm(core) : null;
        return new Glob(folded, stem, bare, type, caps, capital, marked);
    }

    /** Whether a token of the sentence matches an element, the element given by a number. */
    @FunctionalInterface
    interface ElementTest {
        boolean matches(int element, int token);
    }

    /**
     * The end (exclusive) of the shortest match starting at token {@code from}, or -1.
     *
     * @param caseless true when capitals carry no information in this sentence (all capitals, or no case)
     */
    int matchAt(List<Token> tokens, int from, boolean caseless) {
        int[] positions = new int[elements.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = k;
        }
        return match(tokens, from, 0, positions, (k, i) -> elements.get(k).matches(tokens.get(i), caseless));
    }

    /**
     * As {@link #matchAt}, for a start token the first element is known to match (a pattern never opens with a gap or
     * an optional word, so the rest of the pattern decides), with the elements tested by number.
     *
     * @param ids  the number of each element of the pattern, as {@code test} knows it (gaps' are not read)
     * @param test whether an element, by number, matches a token of the sentence
     */
    int matchAfterFirst(List<Token> tokens, int from, int[] ids, ElementTest test) {
        return match(tokens, from + 1, 1, ids, test);
    }

    private int match(List<Token> tokens, int at, int element, int[] ids, ElementTest test) {
        if (element == elements.size()) {
            return at;
        }
        Element e = elements.get(element);
        if (e.gap()) {
            for (int skip = 0; skip <= maxGap && at + skip <= tokens.size(); skip++) {
                Token skipped = skip > 0 ? tokens.get(at + skip - 1) : null;
                if (skipped != null && skipped.isPunct() && !skipped.raw().equals("-") && !skipped.raw().equals("'")) {
                    break; // a gap stays inside the clause, but "anti-aircraft" is one word
                }
                int end = match(tokens, at + skip, element + 1, ids, test);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at < tokens.size() && test.matches(ids[element], at)) {
            int end = match(tokens, at + 1, element + 1, ids, test);
            if (end >= 0) {
                return end;
            }
        }
        return e.optional() ? match(tokens, at, element + 1, ids, test) : -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
