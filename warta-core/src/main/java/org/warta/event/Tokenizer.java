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

    /** The tokens of [from, to) of a text, cut by the shared segmenter, with words already met made once. */
    static List<Token> tokenize(String text, int from, int to, Words words) {
        return of(Segmenter.tokens(text, from, to), 0, words);
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
            out.add(new Token(tokens.start(k), tokens.end(k), words.of(tokens.text(), tokens.start(k), tokens.end(k), kind),
                    false));
        }
        return out;
    }

    /**
     * The words of a thread's texts in one language, each folded and stemmed once however often the texts write it
     * (an article says "the" and its actors' names many times; the next article says them again), with what the
     * lexicon's indexes said of it ({@link Word#note}). Holds at most {@code capacity} words and starts afresh when
     * full, so memory stays bounded and frequent words are soon back. Used on one thread only.
     */
    static final class Words {
        /** Words longer than this many characters are made afresh each time (there are hardly any). */
        private static final int LONGEST = 255;

        private final FoldRules rules;
        private final Morphology morphology;
        private final int capacity;
        /**
         * The words, by open addressing over their characters, looked up in the text where it writes them with no
         * string cut for a word already known. A slot holds the word's hash (high half) and where its characters are
         * in {@code chars} (low half: offset, then length in the lowest byte), and the word at the same slot of
         * {@code table}; 0 is an empty slot. The characters sit side by side, so a look-up reads two arrays, not three
         * objects per word tried.
         */
        private long[] slots = new long[64];
        private Word[] table = new Word[64];
        private char[] chars = new char[256];
        private int used = 1; // offset 0 is never a word's, so no slot in use is 0
        private int size;

        /** Words for one text. */
        Words(String language, Morphology morphology) {
            this(language, morphology, Integer.MAX_VALUE);
        }

        Words(String language, Morphology morphology, int capacity) {
            this.rules = Folding.rules(language);
            this.morphology = morphology;
            this.capacity = capacity;
        }

        /** How many words are kept now. */
        int size() {
            return size;
        }

        Word of(String raw, Token.Kind kind) {
            return of(raw, 0, raw.length(), kind);
        }

        /** The word that {@code text} writes at [start, end). */
        Word of(String text, int start, int end, Token.Kind kind) {
            int length = end - start;
            if (length > LONGEST) {
                return make(text.substring(start, end), kind);
            }
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            int mask = slots.length - 1;
            for (int at = slot(h, mask); slots[at] != 0; at = (at + 1) & mask) {
                long entry = slots[at];
                if ((int) (entry >>> 32) == h && (entry & 0xFF) == length && same(text, start, (int) entry >>> 8, length)) {
                    Word w = table[at];
                    return w.kind() == kind ? w : make(w.raw(), kind); // a word of another kind is not kept
                }
            }
            Word made = make(text.substring(start, end), kind);
            if (size >= capacity || used + length > (1 << 24) - 1) {
                java.util.Arrays.fill(slots, 0L); // full: start afresh
                java.util.Arrays.fill(table, null);
                size = 0;
                used = 1;
            } else if (2 * (size + 1) > slots.length) {
                grow();
            }
            if (used + length > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
            }
            text.getChars(start, end, chars, used);
            put((long) h << 32 | (long) used << 8 | length, made);
            used += length;
            return made;
        }

        private boolean same(String text, int start, int at, int length) {
            for (int i = 0; i < length; i++) {
                if (text.charAt(start + i) != chars[at + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int slot(int hash, int mask) {
            int x = hash * 0x9E3779B9;
            return (x ^ x >>> 16) & mask;
        }

        private void put(long entry, Word w) {
            int mask = slots.length - 1;
            int at = slot((int) (entry >>> 32), mask);
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = entry;
            table[at] = w;
            size++;
        }

        private void grow() {
            long[] oldSlots = slots;
            Word[] oldTable = table;
            slots = new long[oldSlots.length * 2];
            table = new Word[oldSlots.length * 2];
            size = 0;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldSlots[k] != 0) {
                    put(oldSlots[k], oldTable[k]);
                }
            }
        }

        private Word make(String raw, Token.Kind kind) {
            String norm = Folding.fold(raw, rules);
            String stem = kind == Token.Kind.WORD ? morphology.stem(norm) : norm;
            String bare = kind == Token.Kind.WORD ? morphology.bare(norm) : norm;
            return new Word(raw, norm, stem, bare, kind);
        }
    }
}
