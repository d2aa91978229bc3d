package org.warta.token;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.pipeline.Deadline;

/**
 * Cuts text into words, numbers and punctuation, keeping offsets. In scripts written with spaces a word is a run of
 * letters, marks and digits starting with a letter; "U.S." and "EE.UU." (capitals with full stops) are one word; a
 * possessive "'s" is a word of its own; a number may hold "." "," ":" between digits; any other character is a
 * punctuation token of its own. In scripts written without spaces (Thai, Lao, Khmer, Burmese, Chinese, Japanese),
 * ICU's word break iterator cuts a run of letters into words with its dictionaries. Written by hand rather than
 * as a regular expression, and linear in the text: this runs on every sentence of every article.
 */
public final class Segmenter {
    /** ICU's iterators are not thread-safe, and cloning one for every phrase of a word list would cost more. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private Segmenter() {
    }

    /** The tokens of an article, one stretch per sentence. */
    public static Tokens tokens(String text, List<Sentence> sentences) {
        Tokens.Builder b = new Tokens.Builder(text);
        for (Sentence s : sentences) {
            Deadline.check();
            cut(text, s.start(), s.end(), b);
            b.endSentence();
        }
        return b.build();
    }

    /** The tokens of one stretch of text (a phrase from a list, a caption's sentence), as one stretch. */
    public static Tokens tokens(String text, int from, int to) {
        Tokens.Builder b = new Tokens.Builder(text);
        cut(text, from, to, b);
        return b.endSentence().build();
    }

    public static Tokens tokens(String phrase) {
        return tokens(phrase, 0, phrase.length());
    }

    /** Adds the tokens of [from, to) to a builder. */
    public static void cut(String text, int from, int to, Tokens.Builder out) {
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                i += Character.charCount(c);
            } else if (isLetter(c) && Scripts.unspaced(c)) {
                i = dictionaryWords(text, i, runEnd(text, i, to), out);
            } else {
                i = spaced(text, i, to, c, out);
            }
        }
    }

    private static int spaced(String text, int i, int to, int c, Tokens.Builder out) {
        int end;
        Tokens.Kind kind;
        if (isLetter(c)) {
            end = abbreviationEnd(text, i, to);
            if (end < 0) {
                end = wordEnd(text, i, to);
            }
            kind = Tokens.Kind.WORD;
        } else if (Character.isDigit(c)) {
            end = numberEnd(text, i, to);
            kind = Tokens.Kind.NUMBER;
        } else if ((c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !isLetter(text.codePointAt(i + 2)))) {
            end = i + 2;
            kind = Tokens.Kind.WORD;
        } else {
            end = i + Character.charCount(c);
            kind = Character.getType(c) == Character.NON_SPACING_MARK ? Tokens.Kind.WORD : Tokens.Kind.PUNCT;
        }
        out.add(i, end, kind, Shapes.of(text, i, end), false);
        return end;
    }

    /** Cuts a run of an unspaced script into the words of ICU's dictionaries. */
    private static int dictionaryWords(String text, int from, int to, Tokens.Builder out) {
        BreakIterator words = WORDS.get();
        words.setText(text.substring(from, to));
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            Tokens.Kind kind = words.getRuleStatus() >= BreakIterator.WORD_NUMBER
                    && words.getRuleStatus() < BreakIterator.WORD_NUMBER_LIMIT ? Tokens.Kind.NUMBER : Tokens.Kind.WORD;
            out.add(from + start, from + end, kind, Tokens.Shape.NONE, true);
        }
        words.setText(""); // let the run go
        return to;
    }

    /** End of a run of letters and marks of the unspaced scripts (and of the common script, as the long-vowel mark). */
    private static int runEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            int c = text.codePointAt(j);
            if (!isLetter(c) || !Scripts.unspaced(c) && !Scripts.sharedByAll(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A letter, or a mark that belongs to the letter before it. */
    static boolean isLetter(int c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        int t = Character.getType(c);
        return t >= Character.UPPERCASE_LETTER && t <= Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    /** A word ends at a character that is no letter, mark or digit, or where a script without spaces begins. */
    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            int c = text.codePointAt(j);
            if (!isLetter(c) && !Character.isDigit(c) || c >= 0x0E00 && j > i && isLetter(c) && Scripts.unspaced(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    /** "U.S.", "EE.UU.": two or more groups of one or two capitals, each followed by a full stop. */
    private static int abbreviationEnd(String text, int i, int to) {
        int j = i;
        int groups = 0;
        while (j < to) {
            int k = j;
            while (k < to && k - j < 2 && Character.isUpperCase(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= to || text.charAt(k) != '.') {
                break;
            }
            groups++;
            j = k + 1;
        }
        return groups >= 2 ? j : -1;
    }

    private static int numberEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':') && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
