package org.warta.event;

import java.util.Objects;

/**
 * One token of a sentence as the event coder sees it. What patterns ask of a token again and again (whether it is
 * capitalised or in capitals, the keys it is looked up by) is worked out once, when the token is made or first asked.
 */
final class Token {
    enum Kind { WORD, NUMBER, PUNCT }

    private final int start;
    private final int end;
    private final String raw;
    private final String norm;
    private final String stem;
    private final String bare;
    private final Kind kind;
    private final String marked;
    private final boolean capitalized;
    private final boolean allCaps;
    /** The stem as a lexicon key ("\0" + stem), made when first asked. */
    private String stemKey;
    /** The first letters of norm and bare, the keys of stems in a lexicon, made when first asked. */
    private String normHead;
    private String bareHead;

    /**
     * @param start  offset of the token in the text it was cut from
     * @param end    end offset (exclusive)
     * @param raw    the token as written
     * @param norm   lower-cased and folded form that patterns are matched against
     * @param stem   a shorter form for inflected languages (case endings cut), or {@code norm}
     * @param bare   the form with a leading clitic cut (Arabic "wa-", "bi-", "al-"), or {@code norm}
     * @param kind   word, number or punctuation
     * @param marked the word in lower case with its accents, when its sentence is written with accents in a language
     *               whose comparisons otherwise ignore them; else null
     */
    Token(int start, int end, String raw, String norm, String stem, String bare, Kind kind, String marked) {
        this.start = start;
        this.end = end;
        this.raw = raw;
        this.norm = norm;
        this.stem = stem;
        this.bare = bare;
        this.kind = kind;
        this.marked = marked;
        this.capitalized = startsWithCapital(raw);
        this.allCaps = inCapitals(raw);
    }

    Token(int start, int end, String raw, String norm, String stem, String bare, Kind kind) {
        this(start, end, raw, norm, stem, bare, kind, null);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String raw() {
        return raw;
    }

    String norm() {
        return norm;
    }

    String stem() {
        return stem;
    }

    String bare() {
        return bare;
    }

    Kind kind() {
        return kind;
    }

    String marked() {
        return marked;
    }

    /** This token with its accented form kept for comparison. */
    Token withMarks() {
        return new Token(start, end, raw, norm, stem, bare, kind, Folding.markedForm(raw));
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True when the token starts with a capital letter (always false in scripts without case). */
    boolean capitalized() {
        return capitalized;
    }

    /** True when every letter of the token is a capital and there are at least two letters. */
    boolean allCaps() {
        return allCaps;
    }

    /** The key a lexicon files a pattern's stem under: the stem behind a mark no word begins with. */
    String stemKey() {
        if (stemKey == null) {
            stemKey = PhraseIndex.stemKey(stem);
        }
        return stemKey;
    }

    /** The first {@link PhraseIndex#HEAD} characters of {@code norm}; null when it is shorter. */
    String normHead() {
        if (normHead == null && norm.length() >= PhraseIndex.HEAD) {
            normHead = norm.substring(0, PhraseIndex.HEAD);
        }
        return normHead;
    }

    /** The first {@link PhraseIndex#HEAD} characters of {@code bare}; null when it is shorter. */
    String bareHead() {
        if (bareHead == null && bare.length() >= PhraseIndex.HEAD) {
            bareHead = bare == norm ? normHead() : bare.substring(0, PhraseIndex.HEAD);
        }
        return bareHead;
    }

    private static boolean startsWithCapital(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        int c = raw.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean inCapitals(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && raw.equals(t.raw) && norm.equals(t.norm)
                && stem.equals(t.stem) && bare.equals(t.bare) && kind == t.kind && Objects.equals(marked, t.marked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, raw, norm, stem, bare, kind, marked);
    }

    @Override
    public String toString() {
        return "Token[" + raw + " " + start + "-" + end + " " + norm + "/" + stem + "/" + bare + " " + kind
                + (marked == null ? "" : " " + marked) + "]";
    }
}
