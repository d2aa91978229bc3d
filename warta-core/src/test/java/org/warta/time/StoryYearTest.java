package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.TimeExpression;

/** Without a reference date, a date that leaves its year out takes the year of the dated story before it. */
class StoryYearTest {
    private static final String TEXT = "China said on April 4, 2025 it would impose a 34% tariff on all goods from the "
            + "United States. The new tariffs take effect on April 10, and exports of rare earths are restricted.";

    private static String value(List<TimeExpression> found, String text) {
        return found.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + found)).value();
    }

    @Test
    void aDayWithoutItsYearTakesTheStorysYear() {
        List<TimeExpression> found = TimeTagger.shared().tag(TEXT, "en", null);
        assertEquals("2025-04-04", value(found, "April 4, 2025"));
        assertEquals("2025-04-10", value(found, "April 10"));
    }

    @Test
    void withNoDatedStoryBeforeItTheYearStaysOpen() {
        List<TimeExpression> found = TimeTagger.shared().tag("Les nouveaux droits de douane entrent en vigueur le "
                + "10 avril. Pékin a annoncé le 4 avril 2025 des mesures de rétorsion.", "fr", null);
        assertEquals("XXXX-04-10", value(found, "le 10 avril"));
    }

    @Test
    void aReferenceDateStillDecides() {
        List<TimeExpression> found = TimeTagger.shared().tag(TEXT, "en", LocalDate.of(2026, 1, 5));
        // resolved against the reference (the April 10 ahead of January 2026, as the sentence looks ahead), not the
        // story's year
        assertEquals("2026-04-10", value(found, "April 10"));
        found = TimeTagger.shared().tag("The talks resumed in June 2019. The new tariffs take effect on April 10.",
                "en", LocalDate.of(2025, 2, 14));
        assertEquals("2025-04-10", value(found, "April 10"));
    }
}
