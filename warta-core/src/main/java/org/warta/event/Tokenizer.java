package org.warta.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return of(tokens, stretch, new Words(language, morphology));
    }

    /** The tokens of one stretch (a sentence) of the layer, with words already met in the text made once. */
    static List<Token> of(Tokens tokens, int stretch, Words words) {
        int first = tokens.first(stretch);
        int last = tokens.last(stretch);
        List<Token> out = new ArrayList<>(last - first);
        for (int k = first; k < last; k++) {
            Token.Kind kind = switch (tokens.kind(k)) {
                case WORD -> Token.Kind.WORD;
                case NUMBER -> Token.Kind.NUMBER;
                case PUNCT -> Token.Kind.PUNCT;
            };
            out.add(new Token(tokens.start(k), tokens.end(k), words.of(tokens.surface(k), kind), false));
        }
        return out;
    }

    /**
     * The words of one text, each folded and stemmed once however often the text writes it (an article says "the"
     * and its actors' names many times). Grows with the text's vocabulary; made for one text, on one thread.
     */
    static final class Words {
        private final FoldRules rules;
        private final Morphology morphology;
        private final Map<String, Word> known = new HashMap<>();

        Words(String language, Morphology morphology) {
            this.rules = Folding.rules(language);
            this.morphology = morphology;
        }

        Word of(String raw, Token.Kind kind) {
            Word w = known.get(raw);
            if (w != null && w.kind() == kind) {
                return w;
            }
            Word made = make(raw, kind);
            if (w == null) {
                known.put(raw, made);
            }
            return made;
        }

        private Word make(String raw, Token.Kind kind) {
            String norm = Folding.fold(raw, rules);
            String stem = kind == Token.Kind.WORD ? morphology.stem(norm) : norm;
            String bare = kind == Token.Kind.WORD ? morphology.bare(norm) : norm;
            return new Word(raw, norm, stem, bare, kind);
        }
    }
}
