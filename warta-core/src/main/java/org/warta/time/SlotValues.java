package org.warta.time;

import java.util.Map;
import java.util.regex.Pattern;
import org.warta.lang.LanguageProfile;

/** The normalised value of what a rule's slot matched: two-digit months and days, plain numbers, a word's value. */
final class SlotValues {
    private static final Pattern TRAILING_NON_DIGITS = Pattern.compile("\\D+$");

    private final Map<String, WordClass> classes;
    private final LanguageProfile.Era era;

    SlotValues(Map<String, WordClass> classes, LanguageProfile.Era era) {
        this.classes = classes;
        this.era = era;
    }

    /** The value of {@code matched} read as slot class {@code cls}; null when it is out of range or unknown. */
    String of(String cls, String matched) {
        switch (cls) {
            case "d":
                return ranged(matched, 1, 31);
            case "m":
                return ranged(matched, 1, 12);
            case "hh":
                return ranged(matched, 0, 24);
            case "mi":
            case "ss":
                return ranged(matched, 0, 59);
            case "y":
                return year(matched);
            case "yy":
            case "n":
                return asciiDigits(matched);
            case "roman":
                return roman(matched);
            case "num":
                return Character.isDigit(matched.charAt(0)) ? asciiDigits(matched) : classes.get("num").value(matched);
            case "ord":
                if (Character.isDigit(matched.charAt(0))) {
                    String digits = asciiDigits(TRAILING_NON_DIGITS.matcher(matched).replaceAll(""));
                    return digits.isEmpty() ? null : String.valueOf(Integer.parseInt(digits));
                }
                return classes.get("ord").value(matched);
            default:
                String v = classes.get(cls).value(matched);
                // month names of any class ("month", "mon", "monthprep") give two-digit months
                return v != null && cls.startsWith("mon") && isShortNumber(v) ? twoDigits(Integer.parseInt(v)) : v;
        }
    }

    /**
     * A four-digit year slot ("y") as a year of the Common Era, or null when it is not one; a year may be counted in
     * the language's era (Thai 2568 is 2025).
     */
    String year(String matched) {
        int v = era.commonYear(Integer.parseInt(asciiDigits(matched)));
        return v >= 1000 && v <= LanguageProfile.Era.LATEST_COMMON_YEAR ? String.valueOf(v) : null;
    }

    /** Whether a word is a number word of the language ("two", "dua"). */
    boolean isNumberWord(String word) {
        return classes.get("num").value(word) != null;
    }

    private static String ranged(String matched, int min, int max) {
        int v = Integer.parseInt(asciiDigits(matched));
        return v < min || v > max ? null : twoDigits(v);
    }

    /** A number from 0 to 99 with two digits: "07". */
    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    /** One or two ASCII digits. */
    private static boolean isShortNumber(String v) {
        int n = v.length();
        return (n == 1 || n == 2) && isAscii(v.charAt(0)) && isAscii(v.charAt(n - 1));
    }

    private static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits of any script as ASCII, a decimal comma as a point. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == ',' || c == '.') {
                b.append('.');
            }
        }
        return b.toString();
    }

    private static String roman(String s) {
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total > 0 ? String.valueOf(total) : null;
    }
}
