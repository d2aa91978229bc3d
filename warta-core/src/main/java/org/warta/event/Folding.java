package org.warta.event;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form words are compared in: lower case, and with accents taken off in languages whose news is often written
 * without them (Spanish wire copy, French and Indonesian headlines in capitals). Vietnamese keeps its marks, which
 * tell words apart; Arabic loses its short-vowel marks and its variant alef and hamza letters; Russian ё becomes е.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String s, String language) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\'');
        switch (language) {
            case "vi":
                return Normalizer.normalize(lower, Normalizer.Form.NFC);
            case "ar":
                return arabic(lower);
            case "ru":
                return lower.replace('ё', 'е');
            default:
                return stripMarks(lower);
        }
    }

    /** Whether comparisons in this language ignore accents. */
    static boolean ignoresMarks(String language) {
        return !language.equals("vi") && !language.equals("ar") && !language.equals("ru");
    }

    /** A word in lower case with its accents, composed: the form an accented pattern word is compared in. */
    static String markedForm(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\''),
                Normalizer.Form.NFC);
    }

    /** True when the word carries an accent (or another mark) that folding takes off. */
    static boolean hasMarks(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return !stripMarks(lower).equals(lower);
    }

    static String stripMarks(String s) {
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

    private static String arabic(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue; // short vowels, shadda, sukun, superscript alef, tatweel
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
