package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.TimeExpression;

class TimexScoreTest {
    private static final String TEXT = "Sales rose last week and fell on Friday, the company said in a statement today.";

    private static TimeMl.Timex gold(String text, String value) {
        int s = TEXT.indexOf(text);
        return new TimeMl.Timex(s, s + text.length(), text, "DATE", value);
    }

    private static TimeExpression found(String text, String value) {
        int s = TEXT.indexOf(text);
        return new TimeExpression(s, s + text.length(), text, value, "DATE");
    }

    @Test
    void strictRelaxedAndValueScoresFollowTempEval3() {
        TimexScore score = new TimexScore();
        score.add("doc", TEXT,
                List.of(gold("last week", "1998-W02"), gold("Friday", "1998-01-09"), gold("today", "1998-01-12")),
                List.of(found("last week", "1998-W02"), found("on Friday", "1998-01-02"), found("statement", "X")));
        // strict: only "last week" has the same extent; relaxed: "on Friday" overlaps "Friday" too
        assertEquals(1.0 / 3, score.strictPrecision(), 1e-9);
        assertEquals(1.0 / 3, score.strictRecall(), 1e-9);
        assertEquals(2.0 / 3, score.relaxedPrecision(), 1e-9);
        assertEquals(2.0 / 3, score.relaxedRecall(), 1e-9);
        assertEquals(2.0 / 3, score.relaxedF1(), 1e-9);
        // values are judged over the two relaxed matches: one right, one wrong
        assertEquals(0.5, score.valueAccuracy(), 1e-9);
        assertEquals(1.0 / 3, score.valueF1(), 1e-9);
        List<String> kinds = score.misses().stream().map(m -> m.substring(0, m.indexOf('\t'))).sorted().toList();
        assertEquals(List.of("extent", "extra", "missed", "value"), kinds);
    }

    @Test
    void oneSystemExpressionMatchesOneGoldExpression() {
        TimexScore score = new TimexScore();
        score.add("doc", TEXT, List.of(gold("last week", "A"), gold("week", "B")), List.of(found("last week", "A")));
        assertEquals(0.5, score.relaxedRecall(), 1e-9);
        assertEquals(1.0, score.relaxedPrecision(), 1e-9);
    }
}
