package org.warta.entity;

/**
 * A word, a single CJK character or a punctuation mark of the clean text.
 *
 * @param start   offset in the clean text
 * @param end     end offset (exclusive)
 * @param surface the token as written
 * @param norm    the normalised key used for matching (lower case, language-specific affixes removed)
 * @param shape   case of the surface: {@link #LOWER}, {@link #CAPITALISED}, {@link #UPPER}, {@link #NONE}
 * @param word    true for letters or digits, false for punctuation
 */
record Token(int start, int end, String surface, String norm, int shape, boolean word) {
    /** No letters with case: digits, CJK, Arabic, punctuation. */
    static final int NONE = 0;
    static final int LOWER = 1;
    static final int CAPITALISED = 2;
    /** Two or more letters, all upper case ("AS", "NATO"). */
    static final int UPPER = 3;

    boolean capitalised() {
        return shape == CAPITALISED || shape == UPPER;
    }

    boolean is(char c) {
        return !word && surface.length() == 1 && surface.charAt(0) == c;
    }
}
