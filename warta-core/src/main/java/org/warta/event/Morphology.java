package org.warta.event;

import java.util.Comparator;
import java.util.List;

/**
 * Just enough morphology to match inflected words against a lexicon: case endings to cut (Russian "России" and
 * "Россию" both become "росси") and leading clitics to cut (Arabic "وروسيا", "and Russia", becomes "روسيا"). Both
 * lists are language data: the suffixes in {@code morphology.tsv}, shared with entity finding, or {@code suffix} lines
 * of {@code event-cues.tsv}; the clitics in {@code event-cues.tsv}.
 */
record Morphology(List<String> suffixes, int minStem, List<String> clitics, int minBare) {
    static final Morphology NONE = new Morphology(List.of(), 0, List.of(), 0);

    Morphology {
        suffixes = suffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        clitics = clitics.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    String stem(String norm) {
        for (String s : suffixes) {
            if (norm.length() - s.length() >= minStem && norm.endsWith(s)) {
                return norm.substring(0, norm.length() - s.length());
            }
        }
        return norm;
    }

    String bare(String norm) {
        for (String c : clitics) {
            if (norm.length() - c.length() >= minBare && norm.startsWith(c)) {
                return norm.substring(c.length());
            }
        }
        return norm;
    }
}
