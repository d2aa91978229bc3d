package org.warta.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Tokens;
import org.warta.token.Scripts;
import org.warta.token.Segmenter;
import org.warta.token.Shapes;

/**
 * The recogniser's tokens, derived from the shared token layer: runs of letters, digits and marks, so that
 * apostrophes, hyphens and full stops separate "Rusia-AS", "Rusya'nın" and "U.S."; every other character on its
 * own; and the words of scripts written without spaces one character at a time, so that a name from the knowledge
 * base matches however the dictionary cut the sentence around it. A Han, Hiragana or Katakana character may start
 * or end a name anywhere; a character of Thai, Lao, Khmer or Burmese only at the edges of a dictionary word.
 */
final class EntityTokens {
    private EntityTokens() {
    }

    /** The tokens of one sentence of the layer. */
    static List<Token> of(Tokens tokens, int sentence, Normalizer normalizer) {
        return of(tokens, tokens.first(sentence), tokens.last(sentence), normalizer);
    }

    /** Tokens of a name from the knowledge base or a cue list, for building the matching tries. */
    static List<Token> of(String phrase, Normalizer normalizer) {
        Tokens tokens = Segmenter.tokens(phrase);
        return of(tokens, 0, tokens.size(), normalizer);
    }

    private static List<Token> of(Tokens tokens, int first, int last, Normalizer normalizer) {
        List<Token> out = new ArrayList<>(last - first + 4);
        String text = tokens.text();
        boolean run = false; // the last token out is a run of letters that a following one may continue
        for (int k = first; k < last; k++) {
            int s = tokens.start(k);
            int e = tokens.end(k);
            if (tokens.unspaced(k)) {
                characters(text, s, e, normalizer, out);
                run = false;
                continue;
            }
            if (plainWord(tokens, k)) {
                Token previous = run ? out.get(out.size() - 1) : null;
                if (previous != null && previous.end() == s) {
                    out.set(out.size() - 1, token(text, previous.start(), e, normalizer, true));
                } else {
                    out.add(token(tokens, k, normalizer));
                }
                run = true;
                continue;
            }
            int p = s;
            while (p < e) {
                int cp = text.codePointAt(p);
                int n = Character.charCount(cp);
                if (cp == '\u200B' || cp == '\uFEFF') {
                    p += n;
                    run = false;
                } else if (Scripts.ideographic(cp)) {
                    out.add(token(text, p, p + n, normalizer, true));
                    p += n;
                    run = false;
                } else if (isWordChar(cp)) {
                    int q = runEnd(text, p + n, e);
                    Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (run && previous.end() == p) {
                        // "5G": the layer cuts a number from the letters after it, the recogniser keeps one word
                        out.set(out.size() - 1, token(text, previous.start(), q, normalizer, true));
                    } else {
                        out.add(p == s && q == e ? token(tokens, k, normalizer) : token(text, p, q, normalizer, true));
                    }
                    p = q;
                    run = true;
                } else {
                    out.add(token(text, p, p + n, normalizer, false));
                    p += n;
                    run = false;
                }
            }
        }
        return out;
    }

    /**
     * A word of the layer that is one run of letters, marks and digits as it stands: not an abbreviation with its
     * full stops ("U.S."), not a possessive "'s", not a lone mark.
     */
    private static boolean plainWord(Tokens tokens, int k) {
        if (tokens.kind(k) != Tokens.Kind.WORD) {
            return false;
        }
        String text = tokens.text();
        char first = text.charAt(tokens.start(k));
        return Character.isLetter(first) && text.charAt(tokens.end(k) - 1) != '.';
    }

    private static int runEnd(String text, int from, int to) {
        int q = from;
        while (q < to) {
            int c = text.codePointAt(q);
            if (!isWordChar(c) || Scripts.ideographic(c)) {
                break;
            }
            q += Character.charCount(c);
        }
        return q;
    }

    /** A dictionary word, one character at a time. */
    private static void characters(String text, int s, int e, Normalizer normalizer, List<Token> out) {
        boolean anywhere = Scripts.ideographic(text.codePointAt(s));
        for (int p = s; p < e; ) {
            int cp = text.codePointAt(p);
            int q = p + Character.charCount(cp);
            String surface = text.substring(p, q);
            boolean word = isWordChar(cp) || Scripts.ideographic(cp);
            out.add(new Token(p, q, surface, word ? normalizer.normalise(surface) : surface, Token.NONE, word,
                    anywhere || p == s, anywhere || q == e));
            p = q;
        }
    }

    static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** A whole token of the layer as one recogniser token, with the shape the layer found. */
    private static Token token(Tokens tokens, int k, Normalizer normalizer) {
        String surface = tokens.surface(k);
        return new Token(tokens.start(k), tokens.end(k), surface, normalizer.normalise(surface),
                tokens.shape(k).ordinal(), true, true, true);
    }

    private static Token token(String text, int start, int end, Normalizer normalizer, boolean word) {
        String surface = text.substring(start, end);
        return new Token(start, end, surface, word ? normalizer.normalise(surface) : surface,
                Shapes.of(surface).ordinal(), word, true, true);
    }
}
