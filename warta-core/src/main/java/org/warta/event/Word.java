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
    /** Letters in upper and in lower case, counted when first asked; -1 not yet. */
    private int upper = -1;
    private int lower;
    /**
     * What lexicon indexes said of this word, kept for the next token that writes it: pairs of a key (an index, read
     * one way) and what it said, at most {@link #NOTES} of them (a language has four indexes, mostly read one way;
     * the oldest note makes room for another).
     */
    private Object[] notes;
    private int nextNote;

    static final int NOTES = 16;

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

    /** How many of the word's characters are upper-case letters. */
    int upperCase() {
        countCase();
        return upper;
    }

    /** How many of the word's characters are lower-case letters. */
    int lowerCase() {
        countCase();
        return lower;
    }

    private void countCase() {
        if (upper >= 0) {
            return;
        }
        int u = 0;
        int l = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c)) {
                u++;
            } else if (Character.isLowerCase(c)) {
                l++;
            }
        }
        lower = l;
        upper = u;
    }

    /** What {@code owner} noted of this word, or null. A word is read on one thread (see {@link Tokenizer.Words}). */
    Object note(Object owner) {
        Object[] n = notes;
        if (n != null) {
            for (int k = 0; k < n.length; k += 2) {
                if (n[k] == owner) {
                    return n[k + 1];
                }
            }
        }
        return null;
    }

    /** Keeps what {@code owner} says of this word, in place of what it said before. */
    void note(Object owner, Object value) {
        if (notes == null) {
            notes = new Object[2];
        }
        for (int k = 0; k < notes.length; k += 2) {
            if (notes[k] == owner || notes[k] == null) {
                notes[k] = owner;
                notes[k + 1] = value;
                return;
            }
        }
        if (notes.length < 2 * NOTES) {
            int k = notes.length;
            notes = java.util.Arrays.copyOf(notes, k + 2);
            notes[k] = owner;
            notes[k + 1] = value;
            return;
        }
        notes[nextNote] = owner;
        notes[nextNote + 1] = value;
        nextNote = (nextNote + 2) % notes.length;
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
