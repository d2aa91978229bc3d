package org.warta.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The clean text cut into words, numbers and punctuation, sentence by sentence: the one token layer that every
 * stage reads and derives its own view from. Immutable. Kept as parallel arrays (offsets and one byte of kind and
 * shape per token) rather than an object per token: it covers every sentence of every article.
 */
public final class Tokens implements Serializable {
    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    /** The case of a token's letters. */
    public enum Shape {
        /** No letter with case: digits, punctuation, Han, Thai, Arabic. */
        NONE,
        LOWER,
        /** First letter a capital, and not {@link #UPPER}. */
        CAPITALISED,
        /** Two or more letters, all capitals ("AS", "NATO"). */
        UPPER
    }

    private static final Kind[] KINDS = Kind.values();
    private static final Shape[] SHAPES = Shape.values();
    private static final int UNSPACED = 0x10;

    private final String text;
    private final int[] offsets;
    private final byte[] info;
    private final int[] sentenceFirst;

    private Tokens(String text, int[] offsets, byte[] info, int[] sentenceFirst) {
        this.text = text;
        this.offsets = offsets;
        this.info = info;
        this.sentenceFirst = sentenceFirst;
    }

    /** The text the offsets index into. */
    public String text() {
        return text;
    }

    public int size() {
        return info.length;
    }

    public int start(int i) {
        return offsets[2 * i];
    }

    public int end(int i) {
        return offsets[2 * i + 1];
    }

    public String surface(int i) {
        return text.substring(start(i), end(i));
    }

    public Kind kind(int i) {
        return KINDS[info[i] & 0x3];
    }

    public Shape shape(int i) {
        return SHAPES[(info[i] >> 2) & 0x3];
    }

    /**
     * True for a word of a script written without spaces (Thai, Lao, Khmer, Burmese, Chinese, Japanese), whose edges
     * come from the segmenter's dictionary rather than from the text: a phrase from a list may be cut otherwise.
     */
    public boolean unspaced(int i) {
        return (info[i] & UNSPACED) != 0;
    }

    /** How many sentences (or other stretches) the tokens were cut from. */
    public int sentences() {
        return sentenceFirst.length - 1;
    }

    /** Index of the first token of a sentence. */
    public int first(int sentence) {
        return sentenceFirst[sentence];
    }

    /** Index after the last token of a sentence. */
    public int last(int sentence) {
        return sentenceFirst[sentence + 1];
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Tokens[");
        for (int i = 0; i < size(); i++) {
            b.append(i == 0 ? "" : " ").append(surface(i));
        }
        return b.append(']').toString();
    }

    /** Collects tokens in text order, stretch by stretch. */
    public static final class Builder {
        private final String text;
        private int[] offsets = new int[64];
        private byte[] info = new byte[32];
        private int[] sentenceFirst = new int[8];
        private int size;
        private int sentences;

        public Builder(String text) {
            this.text = text;
        }

        public Builder add(int start, int end, Kind kind, Shape shape, boolean unspaced) {
            if (start < 0 || end <= start || end > text.length() || size > 0 && start < offsets[2 * size - 1]) {
                throw new IllegalArgumentException("token [" + start + ", " + end + ") out of order");
            }
            if (size == info.length) {
                info = Arrays.copyOf(info, size * 2);
                offsets = Arrays.copyOf(offsets, size * 4);
            }
            offsets[2 * size] = start;
            offsets[2 * size + 1] = end;
            info[size] = (byte) (kind.ordinal() | shape.ordinal() << 2 | (unspaced ? UNSPACED : 0));
            size++;
            return this;
        }

        /** Ends the current sentence: the tokens added since the last call belong to it. */
        public Builder endSentence() {
            if (sentences + 2 > sentenceFirst.length) {
                sentenceFirst = Arrays.copyOf(sentenceFirst, sentenceFirst.length * 2);
            }
            sentences++;
            sentenceFirst[sentences] = size;
            return this;
        }

        public Tokens build() {
            return new Tokens(text, Arrays.copyOf(offsets, 2 * size), Arrays.copyOf(info, size),
                    Arrays.copyOf(sentenceFirst, sentences + 1));
        }
    }
}
