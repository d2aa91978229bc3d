package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import org.warta.lang.FoldRules;
import org.warta.model.Tokens;
import org.warta.token.Segmenter;

/**
 * The event coder's tokens over the shared token layer: each token of the layer with the forms patterns are matched
 * against (folded, stemmed, with a leading clitic cut). Cutting itself is {@link Segmenter}'s.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens of [from, to) of a text, cut by the shared segmenter. */
    static List<Token> tokenize(String text, int from, int to, String language, Morphology morphology) {
        return of(Segmenter.tokens(text, from, to), 0, language, morphology);
    }

    /** Tokens of a lexicon phrase, cut the same way as the text so the two line up. */
    static List<Token> tokenize(String phrase, String language, Morphology morphology) {
        return tokenize(phrase, 0, phrase.length(), language, morphology);
    }

    /** The tokens of one stretch (a sentence) of the layer. */
    static List<Token> of(Tokens tokens, int stretch, String language, Morphology morphology) {
        int first = tokens.first(stretch);
        int last = tokens.last(stretch);
        List<Token> out = new ArrayList<>(last - first);
        FoldRules rules = Folding.rules(language);
        for (int k = first; k < last; k++) {
            out.add(token(tokens, k, rules, morphology));
        }
        return out;
    }

    private static Token token(Tokens tokens, int k, FoldRules rules, Morphology m) {
        String raw = tokens.surface(k);
        String norm = Folding.fold(raw, rules);
        Token.Kind kind = switch (tokens.kind(k)) {
            case WORD -> Token.Kind.WORD;
            case NUMBER -> Token.Kind.NUMBER;
            case PUNCT -> Token.Kind.PUNCT;
        };
        String stem = kind == Token.Kind.WORD ? m.stem(norm) : norm;
        String bare = kind == Token.Kind.WORD ? m.bare(norm) : norm;
        return new Token(tokens.start(k), tokens.end(k), raw, norm, stem, bare, kind);
    }
}
