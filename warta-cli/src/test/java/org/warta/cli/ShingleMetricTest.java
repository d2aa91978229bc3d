package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Ação", "é", "já", "2025", "naïve_x"), ShingleMetric.tokens("Ação é já — 2025! naïve_x"));
    }

    @Test
    void shinglesAreFourTokensWithMultiplicityAndShortTextsAreOneShingle() {
        assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1), ShingleMetric.shingles("a b c d a b c d"));
        assertEquals(Map.of("just two", 1), ShingleMetric.shingles("just two"));
        assertEquals(Map.of(), ShingleMetric.shingles("  ...  "));
    }

    @Test
    void pageScoresAreSharesOfSharedExtraAndMissedShingles() {
        // truth: 1 2 3 4 5 6 -> shingles 1234 2345 3456; predicted: 2 3 4 5 6 7 -> 2345 3456 4567
        ShingleMetric.PageScore s = ShingleMetric.score("1 2 3 4 5 6", "2 3 4 5 6 7");
        assertEquals(0.5, s.tp(), 1e-9);
        assertEquals(0.25, s.fp(), 1e-9);
        assertEquals(0.25, s.fn(), 1e-9);
        assertEquals(2.0 / 3, s.f1(), 1e-9);
    }

    @Test
    void precisionAndRecallAreMeansOverPagesSkippingEmptySides() {
        ShingleMetric m = new ShingleMetric();
        m.add("a b c d e", "a b c d e");   // P 1, R 1
        m.add("a b c d e", "");             // no prediction: counts for recall (0) only
        assertEquals(1.0, m.precision(), 1e-9);
        assertEquals(0.5, m.recall(), 1e-9);
        assertEquals(2 * 1.0 * 0.5 / 1.5, m.f1(), 1e-9);
    }
}
