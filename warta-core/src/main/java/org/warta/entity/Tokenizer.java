package org.warta.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens for matching: runs of letters, digits and combining marks; each Han, Hiragana or
 * Katakana character on its own (names in Chinese are matched character by character); every other non-space
 * character as a token of its own, so apostrophes and hyphens separate "Rusia-AS" and "Rusya'nın".
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to, Normalizer normalizer) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF') {
                i += n;
            } else if (isIdeographic(cp)) {
                out.add(token(text, i, i + n, normalizer, true));
                i += n;
            } else if (isWordChar(cp)) {
                int j = i + n;
                while (j < to) {
                    int c = text.codePointAt(j);
                    if (!isWordChar(c) || isIdeographic(c)) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                out.add(token(text, i, j, normalizer, true));
                i = j;
            } else {
                out.add(token(text, i, i + n, normalizer, false));
                i += n;
            }
        }
        return out;
    }

    /** Tokens of a name from the knowledge base or a cue list, for building the matching tries. */
    static List<Token> tokenize(String phrase, Normalizer normalizer) {
        return tokenize(phrase, 0, phrase.length(), normalizer);
    }

    static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isIdeographic(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static Token token(String text, int start, int end, Normalizer normalizer, boolean word) {
        String surface = text.substring(start, end);
        return new Token(start, end, surface, word ? normalizer.normalise(surface) : surface, shape(surface), word);
    }

    static int shape(String s) {
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                boolean u = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                boolean l = Character.isLowerCase(cp);
                cased |= u || l;
                if (letters == 0) {
                    firstUpper = u;
                }
                letters++;
                if (u) {
                    upper++;
                }
            }
            i += Character.charCount(cp);
        }
        if (!cased) {
            return Token.NONE;
        }
        if (upper == letters && letters >= 2) {
            return Token.UPPER;
        }
        return firstUpper ? Token.CAPITALISED : Token.LOWER;
    }
}
