package org.warta.lang;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Map;

/**
 * How a language's words are folded before they are compared, as its manifest says: either every combining mark is
 * taken off (accents are often left out of Spanish wire copy and of headlines in capitals), or the marks are kept
 * because they tell words apart (Vietnamese tones, Thai vowels and tones); then the characters the language drops
 * (Arabic short vowels) go and the letters it writes in several ways become one (Arabic alef forms, Russian ё).
 *
 * @param stripMarks true to take every combining mark off
 * @param compose    true to compose the text (NFC) first, for languages whose marks arrive decomposed
 * @param drop       code points removed
 * @param letters    code points replaced, with their replacement
 */
public record FoldRules(boolean stripMarks, boolean compose, BitSet drop, Map<Integer, String> letters) {
    /** Marks stripped, nothing else: the fold of every language whose manifest does not say otherwise. */
    public static final FoldRules STRIP = new FoldRules(true, false, new BitSet(), Map.of());

    public FoldRules {
        drop = (BitSet) drop.clone();
        letters = Map.copyOf(letters);
    }

    @Override
    public BitSet drop() {
        return (BitSet) drop.clone();
    }

    /** The folded form of a word already in lower case. */
    public String fold(String lower) {
        if (stripMarks) {
            return stripMarks(lower);
        }
        String s = compose ? Normalizer.normalize(lower, Normalizer.Form.NFC) : lower;
        if (drop.isEmpty() && letters.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (drop.get(cp)) {
                continue;
            }
            String replacement = letters.get(cp);
            if (replacement != null) {
                b.append(replacement);
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /**
     * The word without its combining marks. Letters that are a base letter with something added but that Unicode
     * does not decompose go the same way, in every language that strips marks: ß, œ, æ and the dotless ı.
     */
    public static String stripMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("ı", "i");
    }
}
