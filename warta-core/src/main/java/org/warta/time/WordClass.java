package org.warta.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A class of words a time pattern can name as a slot ({@code {month}}, {@code {unit}}, {@code {ref}}): each surface
 * form with the value it stands for. Lookups ignore case, hyphens, spacing and a trailing full stop, so "Feb." and
 * "twenty four" find "feb" and "twenty-four".
 */
final class WordClass {
    /** White space as it appears in web text, no-break spaces included. */
    static final String SPACE = "[\\s\\u00A0\\u2009\\u202F]";

    private final String name;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Surface> surfaces = new LinkedHashMap<>();

    /** A written form; {@code exactCase} forms match only as written (or in capitals). */
    private record Surface(String text, boolean exactCase, boolean abbreviation) {
    }

    WordClass(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    boolean isEmpty() {
        return surfaces.isEmpty();
    }

    /**
     * Adds a surface form. A form written with a leading {@code =} keeps its case exactly; so does a capitalised one
     * ("May", "Morgen") unless {@code ignoreCase}, because capitals tell a month from a modal verb.
     */
    void add(String surface, String value, boolean ignoreCase, boolean abbreviation) {
        String s = surface.strip().replace("\u00AD", "");
        boolean exact = false;
        if (s.startsWith("=")) {
            s = s.substring(1);
            exact = true;
        } else if (!ignoreCase && startsCapitalised(s)) {
            exact = true;
        }
        if (abbreviation && s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return;
        }
        String key = key(s);
        values.putIfAbsent(key, value);
        surfaces.merge(s, new Surface(s, exact, abbreviation),
                (a, b) -> new Surface(a.text, a.exactCase && b.exactCase, a.abbreviation || b.abbreviation));
    }

    void addAll(WordClass other) {
        for (Surface s : other.surfaces.values()) {
            surfaces.putIfAbsent(s.text, s);
            values.putIfAbsent(key(s.text), other.values.get(key(s.text)));
        }
    }

    /** The value of a matched surface, or null when it is not one of this class's words. */
    String value(String matched) {
        return values.get(key(matched));
    }

    /** First words (spaced scripts) or first characters (unspaced ones) of every surface, for the dispatch index. */
    List<String> starts(boolean spaced) {
        List<String> out = new ArrayList<>();
        for (Surface s : surfaces.values()) {
            String t = s.text;
            if (spaced) {
                int end = 0;
                while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '-') {
                    end++;
                }
                out.add(end == 0 ? t : t.substring(0, end));
            } else {
                out.add(t.substring(0, Character.charCount(t.codePointAt(0))));
            }
        }
        return out;
    }

    /**
     * A regular expression matching any surface, longest first so "dua puluh empat" wins over "dua". Spaced scripts
     * get word boundaries on both sides, except in classes named "...stem", the parts of compounds; abbreviations
     * may carry a full stop.
     */
    String regex(boolean spaced) {
        List<Surface> sorted = new ArrayList<>(surfaces.values());
        sorted.sort(Comparator.comparingInt((Surface s) -> s.text.length()).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            Surface s = sorted.get(i);
            if (i > 0) {
                b.append('|');
            }
            String body = surfaceRegex(s.text, spaced);
            if (s.exactCase) {
                String upper = surfaceRegex(s.text.toUpperCase(Locale.ROOT), spaced);
                body = "(?-i:" + body + (upper.equals(body) ? "" : "|" + upper) + ")";
            }
            b.append(body);
            if (s.abbreviation) {
                b.append("\\.?");
            }
        }
        b.append(')');
        // a stem is part of a compound ("Dienstag" in "Dienstagabend"), so it has no word boundary
        if (!spaced || name.endsWith("stem")) {
            return b.toString();
        }
        return "(?<![\\p{L}\\p{N}])" + b + "(?![\\p{L}\\p{N}])";
    }

    private static String surfaceRegex(String text, boolean spaced) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                b.append(SPACE).append(spaced ? "+" : "*");
                continue;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                b.append("[-\\u2010\\u2011]?").append(SPACE).append('*');
            } else if (c == '\'' || c == '\u2019') {
                b.append("['\\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return b.toString();
    }

    private static boolean startsCapitalised(String s) {
        int cp = s.codePointAt(0);
        return Character.isUpperCase(cp) && !s.toLowerCase(Locale.ROOT).equals(s);
    }

    /** The lookup key of a surface: lower case, apostrophes unified, hyphens and spaces dropped ("twenty four", "twenty-four" and
     * "twentyfour" are one word). */
    static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("\u00AD", "");
        k = k.replaceAll("[-\\u2010\\u2011\\s\\u00A0\\u2009\\u202F]+", "");
        if (k.endsWith(".") && k.length() > 1) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
