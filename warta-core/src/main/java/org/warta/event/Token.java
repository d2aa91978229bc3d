package org.warta.event;

/**
 * One token of a sentence as the event coder sees it.
 *
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
record Token(int start, int end, String raw, String norm, String stem, String bare, Kind kind, String marked) {
    enum Kind { WORD, NUMBER, PUNCT }

    Token(int start, int end, String raw, String norm, String stem, String bare, Kind kind) {
        this(start, end, raw, norm, stem, bare, kind, null);
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
        int c = raw.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** True when every letter of the token is a capital and there are at least two letters. */
    boolean allCaps() {
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
}
