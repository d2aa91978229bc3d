package org.warta.token;

/**
 * What the tokens need to know about scripts: which are written without spaces between words, so that their words
 * come from a dictionary, and which of those write a morpheme with each character.
 */
public final class Scripts {
    private Scripts() {
    }

    /** Thai, Lao, Burmese, Khmer, Han, Hiragana and Katakana: the scripts ICU segments with dictionaries. */
    public static boolean unspaced(int c) {
        if (c < 0x0E00) {
            return false;
        }
        if (c < 0x2E80) {
            return c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780 && c <= 0x17FF
                    || c >= 0x19E0 && c <= 0x19FF;
        }
        if (c >= 0xAC00 && c <= 0xD7AF) {
            return false; // Hangul syllables: Korean puts spaces between words
        }
        if (c >= 0xA9E0 && c <= 0xAA7F) {
            return c <= 0xA9FF || c >= 0xAA60; // Myanmar extensions
        }
        return ideographic(c);
    }

    /**
     * Han, Hiragana and Katakana: each character is matched on its own (a name in Chinese is a string of
     * characters, whatever words the dictionary sees around it).
     */
    public static boolean ideographic(int c) {
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** Characters of the common or inherited script (marks, the Japanese long-vowel sign), used by every script. */
    static boolean sharedByAll(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
    }
}
