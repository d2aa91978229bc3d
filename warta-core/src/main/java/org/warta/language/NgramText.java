package org.warta.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text prepared the way Lingua's models were built: lower-cased, punctuation and digits dropped, runs of white
 * space made one space; then the distinct n-grams of each order up to a maximum, taken inside runs of letters only.
 * For each n-gram the keys of its prefixes are kept too, because a language that lacks an n-gram is scored by its
 * longest prefix that it has.
 */
final class NgramText {
    private final char[] cleaned;
    private final int cleanedLength;
    /** chains[n][j * n + (n - m)]: key of the m-character prefix of the j-th distinct n-gram, m = n..1. */
    private final long[][] chains = new long[LinguaModels.MAX_ORDER + 1][];
    private final int[] counts = new int[LinguaModels.MAX_ORDER + 1];
    private final int letters;

    private NgramText(char[] cleaned, int cleanedLength) {
        this.cleaned = cleaned;
        this.cleanedLength = cleanedLength;
        int letterCount = 0;
        for (int i = 0; i < cleanedLength; i++) {
            if (Character.isLetter(cleaned[i])) {
                letterCount++;
            }
        }
        this.letters = letterCount;
    }

    /** Prepares a text; its n-grams are collected when first asked for. */
    static NgramText of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isAsciiSpace(c)) {
                pendingSpace = n > 0;
                continue;
            }
            if (isPunctuationOrDigit(c)) {
                continue; // dropped outright, so "a,b" becomes "ab" as in the models' training text
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            out[n++] = c;
        }
        return new NgramText(out, n);
    }

    /** Length of the cleaned text, the measure Lingua uses to tell short texts from long ones. */
    int length() {
        return cleanedLength;
    }

    int letters() {
        return letters;
    }

    /** Whether some word (run of letters) has two letters or more. */
    boolean hasWord() {
        int run = 0;
        for (int i = 0; i < cleanedLength; i++) {
            run = Character.isLetter(cleaned[i]) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    char charAt(int i) {
        return cleaned[i];
    }

    String cleaned() {
        return new String(cleaned, 0, cleanedLength);
    }

    /** Number of distinct n-grams of this order. */
    int count(int order) {
        chains(order);
        return counts[order];
    }

    /** Key chains of the distinct n-grams of this order (see the field's comment), {@code count(order) * order} long. */
    long[] chains(int order) {
        if (chains[order] == null) {
            collect(order);
        }
        return chains[order];
    }

    private void collect(int n) {
        long[] chain = new long[Math.max(n, Math.min(cleanedLength, 4096) * n)];
        long[] seen = new long[Integer.highestOneBit(Math.max(16, cleanedLength * 2)) * 2];
        int mask = seen.length - 1;
        int count = 0;
        long[] prefix = new long[n + 1];
        int run = 0;
        for (int i = 0; i < cleanedLength; i++) {
            run = Character.isLetter(cleaned[i]) ? run + 1 : 0;
            if (run < n) {
                continue;
            }
            int start = i - n + 1;
            long state = 0L;
            for (int m = 1; m <= n; m++) {
                state = NgramKeys.extend(state, cleaned[start + m - 1]);
                prefix[m] = NgramKeys.key(state, m);
            }
            if (!addNew(seen, mask, prefix[n])) {
                continue;
            }
            if ((count + 1) * n > chain.length) {
                chain = Arrays.copyOf(chain, chain.length * 2);
            }
            for (int m = n; m >= 1; m--) {
                chain[count * n + (n - m)] = prefix[m];
            }
            count++;
        }
        chains[n] = chain;
        counts[n] = count;
    }

    private static boolean addNew(long[] set, int mask, long key) {
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (set[i] != 0L) {
            if (set[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        set[i] = key;
        return true;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isPunctuationOrDigit(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
