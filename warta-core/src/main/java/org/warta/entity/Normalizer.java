package org.warta.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
    private final int minStem;

    Normalizer(List<String> prefixes, List<String> suffixes, int minStem) {
        this.prefixes = longestFirst(prefixes);
        this.suffixes = longestFirst(suffixes);
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
        String s = lower(surface);
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() - p.length() >= minStem) {
                s = s.substring(p.length());
                break;
            }
        }
        for (String x : suffixes) {
            if (s.endsWith(x) && s.length() - x.length() >= minStem) {
                s = s.substring(0, s.length() - x.length());
                break;
            }
        }
        return s;
    }
}
