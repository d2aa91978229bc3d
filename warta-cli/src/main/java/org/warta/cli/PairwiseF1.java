package org.warta.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering: over every pair of items, whether both clusterings put the two
 * in one group. Linear in the items plus the pairs inside groups, counted from group sizes.
 */
final class PairwiseF1 {
    private PairwiseF1() {
    }

    /** {precision, recall, F1} of {@code found} against {@code truth}, both item → group; NaN where undefined. */
    static double[] score(Map<String, String> truth, Map<String, String> found) {
        Map<String, Integer> truthSizes = new java.util.HashMap<>();
        Map<String, Integer> foundSizes = new java.util.HashMap<>();
        Map<String, Integer> bothSizes = new java.util.HashMap<>();
        List<String> items = new ArrayList<>(truth.keySet());
        for (String item : items) {
            String t = truth.get(item);
            String f = found.getOrDefault(item, "\u0000" + item);
            truthSizes.merge(t, 1, Integer::sum);
            foundSizes.merge(f, 1, Integer::sum);
            bothSizes.merge(t + "\u0000" + f, 1, Integer::sum);
        }
        long truePairs = pairs(truthSizes);
        long foundPairs = pairs(foundSizes);
        long shared = pairs(bothSizes);
        double p = foundPairs == 0 ? Double.NaN : (double) shared / foundPairs;
        double r = truePairs == 0 ? Double.NaN : (double) shared / truePairs;
        double f1 = truePairs + foundPairs == 0 ? Double.NaN : 2.0 * shared / (truePairs + foundPairs);
        return new double[] {p, r, f1};
    }

    private static long pairs(Map<String, Integer> sizes) {
        long n = 0;
        for (int s : sizes.values()) {
            n += (long) s * (s - 1) / 2;
        }
        return n;
    }
}
