package org.warta.event;

/**
 * A word as written and the forms patterns are matched against, worked out once for all its tokens in a text: what
 * patterns ask of a token again and again (whether it is capitalised or in capitals, the keys a lexicon files it
 * under, its accented form) is found when first asked and kept.
 *
 * @see Tokenizer
 */
final class Word {
    private final String raw;
    private final String norm;
    private final String stem;
    private final String bare;
    private final Token.Kind kind;
    private final boolean capitalized;
    private final boolean allCaps;
    private String stemKey;
    private String normHead;
    private String bareHead;
    private String markedForm;
    /** 0 not yet known, 1 no marks, 2 marks. */
    private byte marks;

    /**
     * @param raw  the word as written
     * @param norm lower-cased and folded form that patterns are matched against
     * @param stem a shorter form for inflected languages (case endings cut), or {@code norm}
     * @param bare the form with a leading clitic cut (Arabic "wa-", "bi-", "al-"), or {@code norm}
     * @param kind word, number or punctuation
     */
    Word(String raw, String norm, String stem, String bare, Token.Kind kind) {
        this.raw = raw;
        this.norm = norm;
        this.stem = stem;
        this.bare = bare;
        this.kind = kind;
        this.capitalized = startsWithCapital(raw);
        this.allCaps = inCapitals(raw);
    }

    String raw() {
        return raw;
    }

    String norm() {
        return norm;
    }

    String stem() {
        return stem;
    }

    String bare() {
        return bare;
    }

    Token.Kind kind() {
        return kind;
    }

    boolean capitalized() {
        return capitalized;
    }

    boolean allCaps() {
        return allCaps;
    }

    /** The key a lexicon files a pattern's stem under ({@link PhraseIndex#stemKey}). */
    String stemKey() {
        if (stemKey == null) {
            stemKey = PhraseIndex.stemKey(stem);
        }
        return stemKey;
    }

    /** The first {@link PhraseIndex#HEAD} characters of {@code norm}; null when it is shorter. */
    String normHead() {
        if (normHead == null && norm.length() >= PhraseIndex.HEAD) {
            normHead = norm.substring(0, PhraseIndex.HEAD);
        }
        return normHead;
    }

    /** The first {@link PhraseIndex#HEAD} characters of {@code bare}; null when it is shorter. */
    String bareHead() {
        if (bareHead == null && bare.length() >= PhraseIndex.HEAD) {
            bareHead = bare.equals(norm) ? normHead() : bare.substring(0, PhraseIndex.HEAD);
        }
        return bareHead;
    }

    /** The word in lower case with its accents ({@link Folding#markedForm}). */
    String markedForm() {
        if (markedForm == null) {
            markedForm = Folding.markedForm(raw);
        }
        return markedForm;
    }

    /** Whether the word carries an accent (or another mark) that folding takes off ({@link Folding#hasMarks}). */
    boolean hasMarks() {
        if (marks == 0) {
            marks = Folding.hasMarks(raw) ? (byte) 2 : (byte) 1;
        }
        return marks == 2;
    }

    private static boolean startsWithCapital(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        int c = raw.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean inCapitals(String raw) {
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
