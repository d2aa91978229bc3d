package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a stretch of text into words, numbers and punctuation, keeping offsets. */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}{1,2}\\.){2,}"                       // U.S., EE.UU.
                    + "|['’]s(?![\\p{L}\\p{M}])"              // possessive 's
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*"   // words
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*"              // numbers
                    + "|\\S");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to, String language, Morphology morphology) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String raw = m.group();
            Token.Kind kind = kindOf(raw);
            String norm = Folding.fold(raw, language);
            String stem = kind == Token.Kind.WORD ? morphology.stem(norm) : norm;
            String bare = kind == Token.Kind.WORD ? morphology.bare(norm) : norm;
            tokens.add(new Token(m.start(), m.end(), raw, norm, stem, bare, kind));
        }
        return tokens;
    }

    /** Tokens of a lexicon phrase, cut the same way as the text so the two line up. */
    static List<Token> tokenize(String phrase, String language, Morphology morphology) {
        return tokenize(phrase, 0, phrase.length(), language, morphology);
    }

    private static Token.Kind kindOf(String raw) {
        int c = raw.codePointAt(0);
        if (Character.isLetter(c) || raw.length() > 1 && (raw.charAt(0) == '\'' || raw.charAt(0) == '’')) {
            return Token.Kind.WORD;
        }
        if (Character.isDigit(c)) {
            return Token.Kind.NUMBER;
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? Token.Kind.WORD : Token.Kind.PUNCT;
    }
}
