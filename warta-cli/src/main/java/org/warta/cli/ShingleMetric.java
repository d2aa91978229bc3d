package org.warta.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's own metric. Texts are split into {@code \w+} tokens (Unicode) and counted as
 * 4-token shingles with multiplicity (a text shorter than four tokens is one shingle). Per page, tp counts shared
 * shingles, fp extra predicted ones, fn missed ones, each divided by tp + fp + fn. Precision and recall are means
 * over pages, a page with no predicted (or no true) shingles left out of precision (or recall); F1 = 2PR/(P+R).
 */
final class ShingleMetric {
    static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();

    /** A page's shares of shared, extra and missed shingles. */
    record PageScore(double tp, double fp, double fn) {
        double f1() {
            double p = tp + fp == 0 ? 0 : tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static PageScore score(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / sum, fp / sum, fn / sum);
    }

    PageScore add(String truth, String predicted) {
        PageScore s = score(truth, predicted);
        if (s.tp + s.fp > 0) {
            precisions.add(s.tp / (s.tp + s.fp));
        }
        if (s.tp + s.fn > 0) {
            recalls.add(s.tp / (s.tp + s.fn));
        }
        return s;
    }

    double precision() {
        return mean(precisions);
    }

    double recall() {
        return mean(recalls);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double mean(List<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
