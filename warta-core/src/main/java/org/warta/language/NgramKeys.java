package org.warta.language;

/**
 * 64-bit keys for n-grams of one to five UTF-16 characters. A key is built one character at a time, so the keys of
 * all prefixes of an n-gram come out of the same pass (the prefixes are what a missing n-gram backs off to). Two
 * different n-grams sharing a key is possible in principle; with at most a few million n-grams per table the chance
 * of it mattering is about one in 10^12 per look-up.
 */
final class NgramKeys {
    private NgramKeys() {
    }

    /** The running state after {@code state} has taken character {@code c}. */
    static long extend(long state, char c) {
        return (state + c + 1) * 0x9E3779B97F4A7C15L;
    }

    /** The key of an n-gram of {@code length} characters whose running state is {@code state}. */
    static long key(long state, int length) {
        long h = state ^ ((long) length << 59);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0L ? 1L : h;
    }

    /** The key of a whole string (at most five characters). */
    static long of(CharSequence ngram) {
        long state = 0L;
        for (int i = 0; i < ngram.length(); i++) {
            state = extend(state, ngram.charAt(i));
        }
        return key(state, ngram.length());
    }
}
