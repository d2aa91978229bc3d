package org.warta.entity;

import org.warta.token.PhraseTrie;

/**
 * A word, a single character of a script written without spaces, or a punctuation mark of the clean text: the
 * recogniser's view of the shared token layer.
 *
 * @param start   offset in the clean text
 * @param end     end offset (exclusive)
 * @param surface the token as written
 * @param norm    the normalised key used for matching (lower case, language-specific affixes removed)
 * @param shape   case of the surface: {@link #LOWER}, {@link #CAPITALISED}, {@link #UPPER}, {@link #NONE}
 * @param word    true for letters or digits, false for punctuation
 * @param opens   false for a character inside a dictionary word, where no name may start
 * @param closes  false for a character inside a dictionary word, where no name may end
 */
record Token(int start, int end, String surface, String norm, int shape, boolean word, boolean opens, boolean closes)
        implements PhraseTrie.Unit {
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

    @Override
    public String key() {
        return norm;
    }
}
