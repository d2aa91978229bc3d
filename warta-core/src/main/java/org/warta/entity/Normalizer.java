package org.warta.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a token into the key it is matched by: lower case, Turkish dotted and dotless i and Russian ё folded, and, for
 * inflecting languages, one prefix and one suffix from the language's data removed when a long enough stem
 * remains ("России" and "Россия" both become "росси"). Names in the knowledge base go through the same function,
 * so both sides meet.
 */
final class Normalizer {
    static final Normalizer PLAIN = new Normalizer(List.of(), List.of(), 3);

    private final List<String> prefixes;
    private final List<String> suffixes;
    private final Set<String> particles;
    private final int minStem;

    Normalizer(List<String> prefixes, List<String> suffixes, int minStem) {
        this(prefixes, suffixes, List.of(), minStem);
    }

    /** With particles: suffixes that are words of their own, cut from a name's span as well as from its key. */
    Normalizer(List<String> prefixes, List<String> suffixes, List<String> particles, int minStem) {
        this.prefixes = longestFirst(prefixes);
        this.suffixes = longestFirst(suffixes);
        this.particles = Set.copyOf(longestFirst(particles));
        this.minStem = minStem;
    }

    private static List<String> longestFirst(List<String> affixes) {
        return affixes.stream().map(Normalizer::lower).sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    static String lower(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.indexOf('\u0307') >= 0) {
            l = l.replace("\u0307", "");
        }
        if (l.indexOf('ё') >= 0) {
            l = l.replace('ё', 'е');
        }
        return l.indexOf('ı') >= 0 ? l.replace('ı', 'i') : l;
    }

    String normalise(String surface) {
        return stem(lower(surface));
    }

    /**
     * The length of the particle that {@link #normalise} cuts from a word ("정부는" loses "는"), or 0 where it cuts
     * none or an inflection that belongs to the word.
     */
    int particleLength(String surface) {
        if (particles.isEmpty()) {
            return 0;
        }
        String s = lower(surface);
        if (s.length() != surface.length()) {
            return 0;
        }
        String ending = ending(withoutPrefix(s));
        return particles.contains(ending) ? ending.length() : 0;
    }

    private String stem(String lowered) {
        String s = withoutPrefix(lowered);
        return s.substring(0, s.length() - ending(s).length());
    }

    private String withoutPrefix(String s) {
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() - p.length() >= minStem) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    /** The one suffix cut from a word, the longest that leaves a long enough stem; empty for none. */
    private String ending(String s) {
        for (String x : suffixes) {
            if (s.endsWith(x) && s.length() - x.length() >= minStem) {
                return x;
            }
        }
        return "";
    }
}
