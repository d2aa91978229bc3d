package org.warta.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.lang.LanguageData;

/**
 * Marker words and phrases of close languages that n-grams confuse (Indonesian and Malay), read from
 * {@code lang/<code>/langid-markers.tsv}: spelling and vocabulary one language has and the other writes otherwise
 * (karena/kerana, persen/peratus, polisi/polis, Senin/Isnin...), each with a weight. Finds them in a text and sums
 * the weights per language. A phrase listed for several languages counts for each of them.
 *
 * <p>Words are runs of letters: digits, hyphens and apostrophes split them ("RM50" gives "RM", "Dato'" gives
 * "Dato"). Phrases are looked up by a 64-bit key of their words, so scanning an article builds no strings.
 */
final class MarkerLexicon {
    static final String FILE = "langid-markers.tsv";
    private static final int MAX_PHRASE_WORDS = 3;
    /** Occurrences of one marker counted at most, so that a name repeated through an article is one clue. */
    private static final int MAX_COUNT = 2;
    /** Characters of a text read for markers; an article's first few thousand say enough. */
    private static final int MAX_CHARS = 3000;

    private record Marker(int language, double weight, String text) {
    }

    private final List<String> languages;
    /** Lower-case markers, matched in any case, by the key of their lower-case words. */
    private final Map<Long, List<Marker>> anyCase = new HashMap<>();
    /** Markers with capitals (names, abbreviations, capitalised days), matched exactly. */
    private final Map<Long, List<Marker>> exactCase = new HashMap<>();
    /** Keys of the first words of multi-word phrases (lower case and exact), so most words skip phrase look-ups. */
    private final Set<Long> phraseStarts = new HashSet<>();

    MarkerLexicon(List<String> languages) {
        this.languages = List.copyOf(languages);
        for (int i = 0; i < languages.size(); i++) {
            for (LanguageData.Row row : LanguageData.rows(languages.get(i), FILE)) {
                add(i, row);
            }
        }
    }

    private void add(int language, LanguageData.Row row) {
        String phrase = row.cell(0).replaceAll("\\s+", " ");
        double weight;
        try {
            weight = Double.parseDouble(row.cell(1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": weight is not a number: " + row.cell(1), e);
        }
        List<int[]> words = words(phrase, phrase.length());
        if (words.isEmpty() || words.size() > MAX_PHRASE_WORDS) {
            throw new IllegalStateException(row.where() + ": a marker is one to " + MAX_PHRASE_WORDS + " words");
        }
        boolean lowerCase = phrase.equals(phrase.toLowerCase(Locale.ROOT));
        long key = key(phrase, words, 0, words.size(), !lowerCase);
        (lowerCase ? anyCase : exactCase).computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Marker(language, weight, phrase));
        if (words.size() > 1) {
            phraseStarts.add(key(phrase, words, 0, 1, !lowerCase));
        }
    }

    List<String> languages() {
        return languages;
    }

    /** Summed weights of the markers found, per language (in the order of {@link #languages()}). */
    double[] evidence(String text) {
        return evidence(text, null);
    }

    /** As {@link #evidence(String)}, listing each marker counted as "language:marker" when {@code found} is given. */
    double[] evidence(String text, List<String> found) {
        double[] sums = new double[languages.size()];
        List<int[]> words = words(text, Math.min(text.length(), MAX_CHARS));
        long[] exactKeys = new long[words.size()];
        long[] lowerKeys = new long[words.size()];
        for (int w = 0; w < words.size(); w++) {
            exactKeys[w] = key(text, words, w, w + 1, true);
            lowerKeys[w] = key(text, words, w, w + 1, false);
        }
        Map<Marker, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 1;
            boolean startsPhrase = phraseStarts.contains(exactKeys[i]) || phraseStarts.contains(lowerKeys[i]);
            for (int n = startsPhrase ? Math.min(MAX_PHRASE_WORDS, words.size() - i) : 1; n >= 1; n--) {
                List<Marker> markers = n == 1 ? find(exactKeys[i], lowerKeys[i])
                        : find(key(text, words, i, i + n, true), key(text, words, i, i + n, false));
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

    private List<Marker> find(long exactKey, long lowerKey) {
        List<Marker> exact = exactCase.get(exactKey);
        return exact != null ? exact : anyCase.get(lowerKey);
    }

    /** Key of words {@code from} (inclusive) to {@code to} (exclusive), as written or lower-cased. */
    private static long key(String text, List<int[]> words, int from, int to, boolean exact) {
        long state = 0L;
        int length = 0;
        for (int w = from; w < to; w++) {
            if (w > from) {
                state = NgramKeys.extend(state, ' ');
                length++;
            }
            int[] span = words.get(w);
            for (int i = span[0]; i < span[1]; i++) {
                char c = text.charAt(i);
                state = NgramKeys.extend(state, exact ? c : Character.toLowerCase(c));
                length++;
            }
        }
        return NgramKeys.key(state, length);
    }

    /** Spans {start, end} of the runs of letters in the first {@code limit} characters. */
    private static List<int[]> words(String text, int limit) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= limit; i++) {
            boolean letter = i < limit && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        return words;
    }
}
