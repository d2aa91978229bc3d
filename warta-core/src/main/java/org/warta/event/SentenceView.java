package org.warta.event;

import java.util.List;
import org.warta.model.Tokens;

/** A sentence cut into tokens, with the cue words of its language marked on them. */
final class SentenceView {
    private final String text;
    private final List<Token> tokens;
    /** The cues of each token, one bit per {@link Cue} (by its ordinal). */
    private final int[] cues;
    private final boolean caseless;

    /** A stretch of a text, cut now by the shared segmenter (a caption's sentence, or text with no token layer). */
    SentenceView(String text, int from, int to, EventLexicon lexicon) {
        this(text, Tokenizer.tokenize(text, from, to, lexicon.words()), lexicon);
    }

    /** One sentence of an article's token layer. */
    SentenceView(Tokens layer, int sentence, EventLexicon lexicon) {
        this(layer.text(), Tokenizer.of(layer, sentence, lexicon.language(), lexicon.morphology()), lexicon);
    }

    /** One sentence of an article's token layer, its words made once for the article ({@code words}). */
    SentenceView(Tokens layer, int sentence, EventLexicon lexicon, Tokenizer.Words words) {
        this(layer.text(), Tokenizer.of(layer, sentence, words), lexicon);
    }

    private SentenceView(String text, List<Token> cut, EventLexicon lexicon) {
        this.text = text;
        this.tokens = withMarks(cut, lexicon.language());
        this.caseless = caseless(tokens);
        this.cues = new int[tokens.size()];
        for (PhraseIndex.Match<Cue> m : lexicon.cues().findAll(tokens, caseless)) {
            for (int i = m.from(); i < m.to(); i++) {
                cues[i] |= bit(m.value());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord() && lexicon.futurePrefixed(tokens.get(i).raw())) {
                cues[i] |= bit(Cue.FUTURE); // "سيأمر برفع العقوبات": will order the lifting of sanctions
            }
        }
    }

    static {
        if (Cue.values().length > Integer.SIZE) {
            throw new AssertionError("a token's cues are the bits of an int");
        }
    }

    private static int bit(Cue cue) {
        return 1 << cue.ordinal();
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The first token that ends after a character offset (tokens are in text order and never overlap). */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    boolean is(int i, Cue cue) {
        if (i < 0 || i >= cues.length) {
            return false;
        }
        return (cues[i] & bit(cue)) != 0 || cue == Cue.DET && tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    /** True when token {@code i} is a cue of some kind other than those given (a number is a determiner). */
    boolean isCueOtherThan(int i, Cue... excepted) {
        if (i < 0 || i >= cues.length) {
            return false;
        }
        int except = 0;
        for (Cue c : excepted) {
            except |= bit(c);
        }
        int found = cues[i] | (tokens.get(i).kind() == Token.Kind.NUMBER ? bit(Cue.DET) : 0);
        return (found & ~except) != 0;
    }

    boolean caseless() {
        return caseless;
    }

    /** Text from the start of token {@code from} to the end of token {@code to - 1}. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True for a hard clause break: ";", ":", a dash between clauses. */
    boolean isBreak(int i) {
        String r = tokens.get(i).raw();
        return r.equals(";") || r.equals(":") || r.equals("—") || r.equals("–") || r.equals("|");
    }

    /**
     * A sentence written with accents tells "apoyó" (supported) from "apoyo" (support): its words keep their accents
     * for patterns written with them. Wire copy without any accent is compared folded, as before.
     */
    private static List<Token> withMarks(List<Token> tokens, String language) {
        if (!Folding.ignoresMarks(language) || tokens.stream().noneMatch(t -> t.isWord() && t.word().hasMarks())) {
            return tokens;
        }
        return tokens.stream().map(Token::withMarks).toList();
    }

    /** A headline in capitals carries no case information; neither does a script without case. */
    private static boolean caseless(List<Token> tokens) {
        int upper = 0;
        int lower = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                upper += t.word().upperCase();
                lower += t.word().lowerCase();
            }
        }
        return upper + lower == 0 || upper > 2 * lower;
    }
}
