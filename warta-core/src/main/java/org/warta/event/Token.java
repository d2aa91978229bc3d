package org.warta.event;

import java.util.Objects;

/**
 * One token of a sentence as the event coder sees it: where it is, and its {@link Word}, the forms patterns are
 * matched against, which every token written the same way in a text shares.
 */
final class Token {
    enum Kind { WORD, NUMBER, PUNCT }

    private final int start;
    private final int end;
    private final Word word;
    /** Whether the token's sentence is written with accents, so the word's accented form is compared too. */
    private final boolean keepsMarks;

    /**
     * @param start offset of the token in the text it was cut from
     * @param end   end offset (exclusive)
     * @param raw   the token as written
     * @param norm  lower-cased and folded form that patterns are matched against
     * @param stem  a shorter form for inflected languages (case endings cut), or {@code norm}
     * @param bare  the form with a leading clitic cut (Arabic "wa-", "bi-", "al-"), or {@code norm}
     * @param kind  word, number or punctuation
     */
    Token(int start, int end, String raw, String norm, String stem, String bare, Kind kind) {
        this(start, end, new Word(raw, norm, stem, bare, kind), false);
    }

    Token(int start, int end, Word word, boolean keepsMarks) {
        this.start = start;
        this.end = end;
        this.word = word;
        this.keepsMarks = keepsMarks;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Word word() {
        return word;
    }

    String raw() {
        return word.raw();
    }

    String norm() {
        return word.norm();
    }

    String stem() {
        return word.stem();
    }

    String bare() {
        return word.bare();
    }

    Kind kind() {
        return word.kind();
    }

    /**
     * The word in lower case with its accents, when its sentence is written with accents in a language whose
     * comparisons otherwise ignore them; else null.
     */
    String marked() {
        return keepsMarks ? word.markedForm() : null;
    }

    /** Whether the token's accented form is compared too ({@link #marked()} is not null). */
    boolean keepsMarks() {
        return keepsMarks;
    }

    /** This token with its accented form kept for comparison. */
    Token withMarks() {
        return new Token(start, end, word, true);
    }

    boolean isWord() {
        return word.kind() == Kind.WORD;
    }

    boolean isPunct() {
        return word.kind() == Kind.PUNCT;
    }

    /** True when the token starts with a capital letter (always false in scripts without case). */
    boolean capitalized() {
        return word.capitalized();
    }

    /** True when every letter of the token is a capital and there are at least two letters. */
    boolean allCaps() {
        return word.allCaps();
    }

    String stemKey() {
        return word.stemKey();
    }

    String normHead() {
        return word.normHead();
    }

    String bareHead() {
        return word.bareHead();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && raw().equals(t.raw())
                && norm().equals(t.norm()) && stem().equals(t.stem()) && bare().equals(t.bare()) && kind() == t.kind()
                && Objects.equals(marked(), t.marked());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, raw(), norm(), stem(), bare(), kind(), marked());
    }

    @Override
    public String toString() {
        return "Token[" + raw() + " " + start + "-" + end + " " + norm() + "/" + stem() + "/" + bare() + " " + kind()
                + (keepsMarks ? " " + marked() : "") + "]";
    }
}
