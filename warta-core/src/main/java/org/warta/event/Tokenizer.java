package org.warta.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stretch of text into words, numbers and punctuation, keeping offsets. A word is a run of letters, marks
 * and digits starting with a letter; "U.S." and "EE.UU." (capitals with full stops) are one word; a possessive
 * "'s" is a word of its own; a number may hold "." "," ":" between digits; anything else is one punctuation token.
 * Written by hand rather than as a regular expression: this runs on every sentence of every article.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to, String language, Morphology morphology) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end;
            Token.Kind kind;
            if (isLetter(c)) {
                end = abbreviationEnd(text, i, to);
                if (end < 0) {
                    end = wordEnd(text, i, to);
                }
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                end = numberEnd(text, i, to);
                kind = Token.Kind.NUMBER;
            } else if ((c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !isLetter(text.codePointAt(i + 2)))) {
                end = i + 2;
                kind = Token.Kind.WORD;
            } else {
                end = i + Character.charCount(c);
                kind = Character.getType(c) == Character.NON_SPACING_MARK ? Token.Kind.WORD : Token.Kind.PUNCT;
            }
            tokens.add(token(text, i, end, kind, language, morphology));
            i = end;
        }
        return tokens;
    }

    /** Tokens of a lexicon phrase, cut the same way as the text so the two line up. */
    static List<Token> tokenize(String phrase, String language, Morphology morphology) {
        return tokenize(phrase, 0, phrase.length(), language, morphology);
    }

    private static Token token(String text, int start, int end, Token.Kind kind, String language, Morphology m) {
        String raw = text.substring(start, end);
        String norm = Folding.fold(raw, language);
        String stem = kind == Token.Kind.WORD ? m.stem(norm) : norm;
        String bare = kind == Token.Kind.WORD ? m.bare(norm) : norm;
        return new Token(start, end, raw, norm, stem, bare, kind);
    }

    private static boolean isLetter(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            int c = text.codePointAt(j);
            if (!isLetter(c) && !Character.isDigit(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    /** "U.S.", "EE.UU.": two or more groups of one or two capitals, each followed by a full stop. */
    private static int abbreviationEnd(String text, int i, int to) {
        int j = i;
        int groups = 0;
        while (j < to) {
            int k = j;
            while (k < to && k - j < 2 && Character.isUpperCase(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= to || text.charAt(k) != '.') {
                break;
            }
            groups++;
            j = k + 1;
        }
        return groups >= 2 ? j : -1;
    }

    private static int numberEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':') && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
