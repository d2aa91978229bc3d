package org.warta.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Candidate languages best first, each with its relative confidence as Lingua defines it: the best score divided by
 * the language's (scores are negative sums), so 1.0 for the best and less for the others.
 *
 * @param languages language indices, best first
 * @param relative  relative confidence of each, in the same order
 * @param method    how the order was decided
 */
record Ranking(int[] languages, double[] relative, String method) {
    /** Ranks languages by n-gram scores (negative; 0 means no evidence and drops the language). */
    static Ranking of(int[] languages, double[] scores, String method) {
        List<Integer> order = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < languages.length; i++) {
            if (scores[i] < 0.0) {
                order.add(i);
                best = Math.max(best, scores[i]);
            }
        }
        // Ties go to the lower language index, as in Lingua, so that results do not depend on candidate order.
        order.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Integer.compare(languages[a], languages[b]));
        int[] ranked = new int[order.size()];
        double[] relative = new double[order.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = languages[order.get(i)];
            relative[i] = best / scores[order.get(i)];
        }
        return new Ranking(ranked, relative, method);
    }

    /** A single language, certain (decided by its script or letters). */
    static Ranking only(int language, String method) {
        return new Ranking(new int[] {language}, new double[] {1.0}, method);
    }

    boolean isEmpty() {
        return languages.length == 0;
    }

    int top() {
        return languages[0];
    }

    /** Position of a language in the ranking, or -1. */
    int rankOf(int language) {
        for (int i = 0; i < languages.length; i++) {
            if (languages[i] == language) {
                return i;
            }
        }
        return -1;
    }

    /** Relative confidence of a language, 0 when it is not ranked. */
    double relativeOf(int language) {
        int r = rankOf(language);
        return r < 0 ? 0.0 : relative[r];
    }

    /** The first {@code k} languages. */
    int[] first(int k) {
        return Arrays.copyOf(languages, Math.min(k, languages.length));
    }

    /**
     * The ranking with new relative confidences for some languages (the first keeps 1.0), reordered by them; the
     * order among equal values is kept.
     */
    Ranking reweigh(Map<Integer, Double> relatives, String why) {
        List<Integer> order = new ArrayList<>();
        double[] value = new double[languages.length];
        for (int i = 0; i < languages.length; i++) {
            order.add(i);
            value[i] = i == 0 ? 1.0 : relatives.getOrDefault(languages[i], relative[i]);
        }
        order.sort((a, b) -> Double.compare(value[b], value[a]));
        int[] langs = new int[languages.length];
        double[] rel = new double[languages.length];
        for (int i = 0; i < langs.length; i++) {
            langs[i] = languages[order.get(i)];
            rel[i] = value[order.get(i)];
        }
        return new Ranking(langs, rel, why);
    }

    /**
     * The same ranking with {@code language} moved to the top. It takes relative confidence 1.0; the former best
     * takes the value the promoted one had, and no one keeps more than that, so values still fall along the order.
     */
    Ranking promote(int language, String why) {
        int r = rankOf(language);
        if (r < 0) {
            return this;
        }
        int[] langs = new int[languages.length];
        double[] rel = new double[languages.length];
        langs[0] = language;
        rel[0] = 1.0;
        double cap = r == 0 ? 1.0 : relative[r];
        for (int i = 0, j = 1; i < languages.length; i++) {
            if (i != r) {
                langs[j] = languages[i];
                rel[j++] = Math.min(relative[i], cap);
            }
        }
        return new Ranking(langs, rel, why);
    }
}
