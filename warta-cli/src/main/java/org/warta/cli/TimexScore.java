package org.warta.cli;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.TimeExpression;

/**
 * TempEval-3's measures for time expressions. Detection is scored twice: strict (the extents are identical) and
 * relaxed (they overlap), each as precision, recall and F1 over one-to-one matches. Normalisation is scored over the
 * relaxed matches: value and type accuracy, and TempEval-3's attribute F1 (relaxed F1 times the accuracy).
 */
final class TimexScore {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueCorrect;
    private int typeCorrect;
    private final List<String> misses = new ArrayList<>();

    /** One document's comparison; what went wrong is kept for {@code --misses}. */
    void add(String document, String text, List<TimeMl.Timex> goldTimexes, List<TimeExpression> found) {
        gold += goldTimexes.size();
        system += found.size();
        boolean[] strictUsed = new boolean[found.size()];
        for (TimeMl.Timex g : goldTimexes) {
            for (int i = 0; i < found.size(); i++) {
                TimeExpression t = found.get(i);
                if (!strictUsed[i] && t.start() == g.start() && t.end() == g.end()) {
                    strictUsed[i] = true;
                    strict++;
                    break;
                }
            }
        }
        boolean[] used = new boolean[found.size()];
        for (TimeMl.Timex g : goldTimexes) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < found.size(); i++) {
                TimeExpression t = found.get(i);
                int overlap = Math.min(t.end(), g.end()) - Math.max(t.start(), g.start());
                if (!used[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                misses.add("missed\t" + document + "\t" + g.text() + "\t" + g.type() + "\t" + g.value()
                        + "\t" + context(text, g.start(), g.end()));
                continue;
            }
            used[best] = true;
            relaxed++;
            TimeExpression t = found.get(best);
            if (t.start() != g.start() || t.end() != g.end()) {
                misses.add("extent\t" + document + "\t" + g.text() + " | " + t.text() + "\t" + g.value() + " | "
                        + t.value() + "\t" + context(text, g.start(), g.end()));
            }
            if (g.value().equals(t.value())) {
                valueCorrect++;
            } else {
                misses.add("value\t" + document + "\t" + g.text() + " | " + t.text() + "\t" + g.value() + " | "
                        + t.value() + "\t" + context(text, g.start(), g.end()));
            }
            if (g.type().equals(t.type())) {
                typeCorrect++;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                TimeExpression t = found.get(i);
                misses.add("extra\t" + document + "\t" + t.text() + "\t" + t.type() + "\t" + t.value()
                        + "\t" + context(text, t.start(), t.end()));
            }
        }
    }

    private static String context(String text, int start, int end) {
        int s = Math.max(0, start - 50);
        int e = Math.min(text.length(), end + 50);
        return (text.substring(s, start) + "[" + text.substring(start, end) + "]" + text.substring(end, e))
                .replaceAll("\\s+", " ");
    }

    int gold() { return gold; }
    int system() { return system; }

    double strictPrecision() { return ratio(strict, system); }
    double strictRecall() { return ratio(strict, gold); }
    double strictF1() { return f1(strictPrecision(), strictRecall()); }
    double relaxedPrecision() { return ratio(relaxed, system); }
    double relaxedRecall() { return ratio(relaxed, gold); }
    double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }
    double valueAccuracy() { return ratio(valueCorrect, relaxed); }
    double typeAccuracy() { return ratio(typeCorrect, relaxed); }
    double valueF1() { return relaxedF1() * valueAccuracy(); }
    double typeF1() { return relaxedF1() * typeAccuracy(); }
    int relaxedMatches() { return relaxed; }
    List<String> misses() { return misses; }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
