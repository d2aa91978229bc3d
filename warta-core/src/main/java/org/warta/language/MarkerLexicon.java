package org.warta.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.lang.LanguageData;

/**
 * Marker words and phrases of close languages that n-grams confuse (Indonesian and Malay), read from
 * {@code lang/<code>/langid-markers.tsv}: spelling and vocabulary one language has and the other writes otherwise
 * (karena/kerana, persen/peratus, polisi/polis, Senin/Isnin...), each with a weight. Finds them in a text and sums
 * the weights per language.
 */
final class MarkerLexicon {
    static final String FILE = "langid-markers.tsv";
    private static final int MAX_PHRASE_WORDS = 3;
    /** Occurrences of one marker counted at most, so that a name repeated through an article is one clue. */
    private static final int MAX_COUNT = 2;
    /** Characters of a text read for markers; an article's first few thousand say enough. */
    private static final int MAX_CHARS = 6000;

    private record Marker(int language, double weight, String text) {
    }

    private final List<String> languages;
    /** Lower-case markers, matched in any case, by their lower-case text (one per language listing it). */
    private final Map<String, List<Marker>> anyCase = new HashMap<>();
    /** Markers with capitals (names, abbreviations, capitalised days), matched exactly. */
    private final Map<String, List<Marker>> exactCase = new HashMap<>();

    MarkerLexicon(List<String> languages) {
        this.languages = List.copyOf(languages);
        for (int i = 0; i < languages.size(); i++) {
            for (LanguageData.Row row : LanguageData.rows(languages.get(i), FILE)) {
                String phrase = row.cell(0).replaceAll("\\s+", " ");
                double weight;
                try {
                    weight = Double.parseDouble(row.cell(1));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(row.where() + ": weight is not a number: " + row.cell(1), e);
                }
                Marker marker = new Marker(i, weight, phrase);
                Map<String, List<Marker>> map = phrase.equals(phrase.toLowerCase(Locale.ROOT)) ? anyCase : exactCase;
                map.computeIfAbsent(phrase, p -> new ArrayList<>()).add(marker);
            }
        }
    }

    List<String> languages() {
        return languages;
    }

    boolean isEmpty() {
        return anyCase.isEmpty() && exactCase.isEmpty();
    }

    /** Summed weights of the markers found, per language (in the order of {@link #languages()}). */
    double[] evidence(String text) {
        return evidence(text, null);
    }

    /** As {@link #evidence(String)}, listing each marker counted as "language:marker" when {@code found} is given. */
    double[] evidence(String text, List<String> found) {
        double[] sums = new double[languages.size()];
        List<String> words = words(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Map<Marker, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 1;
            for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n >= 1; n--) {
                List<Marker> markers = find(words, i, n);
                if (markers != null) {
                    for (Marker m : markers) {
                        if (counts.merge(m, 1, Integer::sum) <= MAX_COUNT) {
                            sums[m.language()] += m.weight();
                            if (found != null) {
                                found.add(languages.get(m.language()) + ":" + m.text());
                            }
                        }
                    }
                    matched = n;
                    break;
                }
            }
            i += matched;
        }
        return sums;
    }

    private List<Marker> find(List<String> words, int from, int n) {
        String phrase = n == 1 ? words.get(from) : String.join(" ", words.subList(from, from + n));
        List<Marker> exact = exactCase.get(phrase);
        return exact != null ? exact : anyCase.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** Runs of letters: digits, hyphens and apostrophes split words ("RM50" gives "RM", "Dato'" gives "Dato"). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
