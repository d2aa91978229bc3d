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
     * A regular expression matching any surface. The surfaces are laid out as a trie ("dua", "dua belas", "dua puluh"
     * share "dua"), so the matcher compares each character against a handful of branches instead of trying every
     * surface in turn; greedy optional suffixes keep the longest surface first. Spaced scripts get word boundaries on
     * both sides, except in classes named "...stem", the parts of compounds; abbreviations may carry a full stop.
     */
    String regex(boolean spaced) {
        Node insensitive = new Node();
        Node exact = new Node();
        for (Surface s : surfaces.values()) {
            if (s.exactCase) {
                exact.add(tokens(s.text, spaced, false), s.abbreviation);
                exact.add(tokens(s.text.toUpperCase(Locale.ROOT), spaced, false), s.abbreviation);
            } else {
                insensitive.add(tokens(s.text, spaced, true), s.abbreviation);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!insensitive.children.isEmpty()) {
            parts.add(insensitive.regex());
        }
        if (!exact.children.isEmpty()) {
            parts.add("(?-i:" + exact.regex() + ")");
        }
        String b = "(?:" + String.join("|", parts) + ")";
        // a stem is part of a compound ("Dienstag" in "Dienstagabend"), so it has no word boundary
        if (!spaced || name.endsWith("stem")) {
            return b;
        }
        return "(?<![\\p{L}\\p{N}])" + b + "(?![\\p{L}\\p{N}])";
    }

    /** A trie node over regex tokens; {@code end} marks where a surface may stop. */
    private static final class Node {
        private final Map<String, Node> children = new LinkedHashMap<>();
        private boolean end;

        void add(List<String> tokens, boolean abbreviation) {
            Node n = this;
            for (String t : tokens) {
                n = n.children.computeIfAbsent(t, k -> new Node());
            }
            n.end = true;
            if (abbreviation) {
                n.children.computeIfAbsent("\\.", k -> new Node()).end = true;
            }
        }

        /** This node's continuations; optional when a surface may also stop here. */
        String regex() {
            List<Map.Entry<String, Node>> kids = new ArrayList<>(children.entrySet());
            // deeper branches first, so a space-joined longer surface is tried before a shorter look-alike
            kids.sort(Comparator.comparingInt((Map.Entry<String, Node> e) -> e.getValue().depth()).reversed());
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Node> e : kids) {
                if (b.length() > 0) {
                    b.append('|');
                }
                b.append(e.getKey());
                if (!e.getValue().children.isEmpty()) {
                    b.append(e.getValue().regex());
                }
            }
            String body = kids.size() == 1 && kids.get(0).getValue().children.isEmpty() ? b.toString()
                    : "(?:" + b + ")";
            return end && !children.isEmpty() ? "(?:" + body + ")?" : body;
        }

        int depth() {
            int d = 0;
            for (Node n : children.values()) {
                d = Math.max(d, n.depth() + 1);
            }
            return d;
        }
    }

    /** A surface as regex tokens, one per character: flexible space, optional hyphen, either apostrophe. */
    private static List<String> tokens(String text, boolean spaced, boolean foldCase) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                out.add(SPACE + (spaced ? "+" : "*"));
                continue;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                out.add("[-\\u2010\\u2011]?" + SPACE + "*");
            } else if (c == '\'' || c == '\u2019') {
                out.add("['\\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                out.add(String.valueOf(foldCase ? Character.toLowerCase(c) : c));
            } else {
                out.add(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return out;
    }

    private static boolean startsCapitalised(String s) {
        int cp = s.codePointAt(0);
        return Character.isUpperCase(cp) && !s.toLowerCase(Locale.ROOT).equals(s);
    }

    /** The lookup key of a surface: lower case, apostrophes unified, hyphens and spaces dropped ("twenty four", "twenty-four" and
     * "twentyfour" are one word). */
    static String key(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\u2019') {
                b.append('\'');
            } else if (!dropped(c)) {
                b.append(c);
            }
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == '.') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    /** What a key leaves out: soft hyphens, hyphens and white space (as the regex class {@code \s} has it). */
    private static boolean dropped(char c) {
        return switch (c) {
            case '\u00AD', '-', '\u2010', '\u2011', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2009', '\u202F' -> true;
            default -> false;
        };
    }
}
