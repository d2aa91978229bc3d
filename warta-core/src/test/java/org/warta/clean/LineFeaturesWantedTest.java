package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Measuring only the lines asked for gives those lines the features that measuring every line gives them. */
class LineFeaturesWantedTest {
    private static final String LONG_A = "The finance minister presented the budget to parliament on Tuesday, saying "
            + "that spending on schools and hospitals would rise while the deficit would shrink over the next three "
            + "years, a plan the opposition called unrealistic.";
    private static final String LONG_B = "Members of the opposition said the figures rested on growth forecasts that "
            + "the central bank itself no longer expects, and they asked for an independent review of the numbers "
            + "before the vote next month.";
    private static final String LONG_C = "Debate on the bill is expected to last two weeks; the governing coalition "
            + "holds a narrow majority in the lower house and several of its members have said they want changes to "
            + "the tax measures first.";
    /** A long line whose letters are those of a short one, so that the short one recurs. */
    private static final String LONG_PUNCTUATED = "Share" + "!".repeat(200);

    @Test
    void wantedRowsMatchTheFullMeasure() {
        List<String> lines = List.of("Home > Politics", LONG_A, LONG_B, LONG_C, LONG_PUNCTUATED, LONG_A, "Share",
                "Related stories", LONG_B, LONG_C, LONG_A, "Sign in to comment");
        double[][] all = LineFeatures.of(lines, "Budget goes to parliament");
        double[][] some = LineFeatures.of(lines, "Budget goes to parliament", i -> lines.get(i).length() < 100);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() < 100) {
                assertNotNull(some[i], lines.get(i));
                assertArrayEquals(all[i], some[i], lines.get(i));
            } else {
                assertNull(some[i], lines.get(i));
            }
        }
    }

    @Test
    void aShortLineRecursWithALongLineOfTheSameLetters() {
        List<String> lines = List.of(LONG_A, LONG_B, LONG_PUNCTUATED, LONG_C, LONG_A, LONG_B, "Share");
        double[] share = LineFeatures.of(lines, null, i -> i == lines.size() - 1)[lines.size() - 1];
        assertArrayEquals(LineFeatures.of(lines, null)[lines.size() - 1], share);
        assertNotNull(share);
        assertEquals(1, share[LineFeatures.NAMES.indexOf("recurs")]);
    }
}
