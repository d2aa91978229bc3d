package org.warta.language;

import java.util.Arrays;

/**
 * Lingua's way of scoring a text against its language models: for each distinct n-gram of the text, the log
 * relative frequency of the n-gram in the language, or of its longest prefix the language has, summed. Sums are
 * negative; the closer to zero, the likelier the language.
 * An n-gram whose first letter a language lacks adds nothing, as in Lingua; letters that only some languages use are
 * dealt with before scoring ({@link LetterRules}).
 */
final class NgramScorer {
    private final LinguaModels models;

    NgramScorer(LinguaModels models) {
        this.models = models;
    }

    /**
     * Lingua's low-accuracy score, which is also its score for texts of 120 characters or more: trigrams only.
     * Entries are 0 for languages with no evidence.
     */
    double[] trigramScores(NgramText text, int[] languages) {
        double[] scores = new double[languages.length];
        if (text.length() >= 3) {
            addOrder(text, 3, languages, scores);
        }
        return scores;
    }

    /**
     * Lingua's high-accuracy score: the sums for n = 1..5 added up, divided by the number of the text's letters the
     * language knows. Entries are 0 for languages with no evidence.
     */
    double[] allOrderScores(NgramText text, int[] languages) {
        return allOrderScores(text, languages, LinguaModels.MAX_ORDER);
    }

    /** {@link #allOrderScores(NgramText, int[])} on n-grams up to {@code maxOrder} letters only. */
    double[] allOrderScores(NgramText text, int[] languages, int maxOrder) {
        double[] totals = new double[languages.length];
        double[] unigrams = new double[languages.length];
        addOrder(text, 1, languages, unigrams);
        boolean anyUnigram = false;
        for (int i = 0; i < languages.length; i++) {
            totals[i] = unigrams[i];
            anyUnigram |= unigrams[i] < 0.0;
        }
        for (int n = 2; n <= maxOrder && n <= text.length(); n++) {
            addOrder(text, n, languages, totals);
        }
        int[] known = knownLetters(text, languages);
        for (int i = 0; i < languages.length; i++) {
            if ((!anyUnigram || unigrams[i] < 0.0) && known[i] > 0) {
                totals[i] /= known[i];
            }
        }
        return totals;
    }

    /** Adds to {@code sums[i]} the score of {@code languages[i]} on the text's distinct n-grams of one order. */
    void addOrder(NgramText text, int order, int[] languages, double[] sums) {
        int count = text.count(order);
        long[] chains = text.chains(order);
        int[] position = positions(languages);
        NgramTable[][] highTables = highTables(languages, order);
        LowOrderIndex low = models.low();
        int[] resolvedAt = new int[languages.length];
        for (int j = 0, base = 0; j < count; j++, base += order) {
            int mark = j + 1;
            int remaining = languages.length;
            for (int m = order; m > LowOrderIndex.MAX_ORDER; m--) {
                long key = chains[base + order - m];
                for (int c = 0; c < languages.length; c++) {
                    if (resolvedAt[c] != mark) {
                        float v = highTables[c][m].get(key);
                        if (v != NgramTable.ABSENT) {
                            sums[c] += v;
                            resolvedAt[c] = mark;
                            remaining--;
                        }
                    }
                }
            }
            for (int m = Math.min(order, LowOrderIndex.MAX_ORDER); m >= 1 && remaining > 0; m--) {
                int slot = low.find(chains[base + order - m]);
                if (slot < 0) {
                    continue;
                }
                for (int p = low.start(slot), end = p + low.length(slot); p < end; p++) {
                    int c = position[low.language(p)];
                    if (c >= 0 && resolvedAt[c] != mark) {
                        sums[c] += low.logFrequency(p);
                        resolvedAt[c] = mark;
                        remaining--;
                    }
                }
            }
        }
    }

    /** For each language, how many of the text's distinct letters its unigram model has. */
    int[] knownLetters(NgramText text, int[] languages) {
        int[] known = new int[languages.length];
        int[] position = positions(languages);
        LowOrderIndex low = models.low();
        long[] keys = text.chains(1);
        for (int j = 0; j < text.count(1); j++) {
            int slot = low.find(keys[j]);
            if (slot >= 0) {
                for (int p = low.start(slot), end = p + low.length(slot); p < end; p++) {
                    int c = position[low.language(p)];
                    if (c >= 0) {
                        known[c]++;
                    }
                }
            }
        }
        return known;
    }

    private int[] positions(int[] languages) {
        int[] position = new int[models.size()];
        Arrays.fill(position, -1);
        for (int i = 0; i < languages.length; i++) {
            position[languages[i]] = i;
        }
        return position;
    }

    private NgramTable[][] highTables(int[] languages, int order) {
        NgramTable[][] tables = new NgramTable[languages.length][LinguaModels.MAX_ORDER + 1];
        for (int c = 0; c < languages.length; c++) {
            for (int m = LowOrderIndex.MAX_ORDER + 1; m <= order; m++) {
                tables[c][m] = models.high(languages[c], m);
            }
        }
        return tables;
    }
}
