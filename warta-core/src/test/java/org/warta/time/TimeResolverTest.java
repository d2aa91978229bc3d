package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 2, 14);
    private final TimeResolver r = new TimeResolver(FRIDAY);
    private final TimeResolver none = new TimeResolver(null);

    @Test
    void shiftsAtTheGranularityOfTheUnit() {
        assertEquals("2025-02-13", r.shift("-1", "D"));
        assertEquals("2025-W06", r.shift("-1", "W"));
        assertEquals("2025-01", r.shift("-1", "M"));
        assertEquals("2024-Q4", r.shift("-1", "Q"));
        assertEquals("2024", r.shift("-1", "Y"));
        assertEquals("201", r.shift("-1", "DE"));
        assertEquals("2025-W07-WE", r.shift("0", "WE"));
        assertEquals("PAST_REF", r.shift("-X", "Y"));
    }

    @Test
    void isoWeeksCrossYears() {
        TimeResolver newYear = new TimeResolver(LocalDate.of(2021, 1, 2));
        assertEquals("2020-W53", newYear.shift("0", "W"));
        assertEquals("2020-W52", newYear.shift("-1", "W"));
    }

    @Test
    void withoutAReferenceNothingIsGuessed() {
        assertEquals("XXXX-XX-XX", none.shift("-1", "D"));
        assertEquals("XXXX-WXX", none.shift("1", "W"));
        assertEquals("XXXX", none.shift("-2", "Y"));
        assertEquals("XXXX-WXX-2", none.weekday("2", "-1"));
        assertEquals("XXXX-02-12", none.complete("XXXX-02-12"));
        assertEquals("XXXX-XX-XXT08:30+07:00", none.complete("T08:30+07:00"));
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        assertEquals("2025-02-11", r.weekday("2", "-1"));
        assertEquals("2025-02-18", r.weekday("2", "1"));
        assertEquals("2025-02-11", r.weekday("2", "0"));
        assertEquals("2025-02-14", r.weekday("5", "0"));
        TimeResolver ahead = new TimeResolver(FRIDAY, () -> TimeResolver.Tense.FUTURE, null);
        assertEquals("2025-02-18", ahead.weekday("2", "0"));
        assertEquals("2025-02-03", r.weekdayOf("1", "-1"));
    }

    @Test
    void partialDatesTakeTheNearestYearLeaningToThePast() {
        assertEquals("2025-02-12", r.complete("XXXX-02-12"));
        assertEquals("2024-12-25", r.complete("XXXX-12-25"));
        assertEquals("2025-03-05", r.complete("XXXX-03-05"));
        assertEquals("2024-12", r.complete("XXXX-12"));
        assertEquals("2025-03", r.complete("XXXX-03"));
        assertEquals("2025-02-28", r.complete("XXXX-XX-28"));
        assertEquals("2025-SU", r.complete("XXXX-SU"));
        assertEquals("2025-02-14T08:30+07:00", r.complete("T08:30+07:00"));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertNull(r.complete("2025-02-30"));
        assertNull(r.complete("2025-13"));
        assertNull(r.complete("2025-02-14T25:00"));
        assertTrue(TimexValues.valid("2024-02-29"));
        assertFalse(TimexValues.valid("2023-02-29"));
    }

    @Test
    void lastFebruarySaidInMarchIsAYearBack() {
        TimeResolver march = new TimeResolver(LocalDate.of(1998, 3, 1));
        assertEquals("1997-02", march.month("2", "-1"));
        assertEquals("1997-05", march.month("5", "-1"));
        assertEquals("1998-01", new TimeResolver(LocalDate.of(1998, 3, 20)).month("1", "-1"));
        assertEquals("1998-09", march.month("9", "1"));
    }

    @Test
    void quartersNotYetBegunBelongToLastYear() {
        assertEquals("2025-Q1", r.partOfYear("Q", "1"));
        assertEquals("2024-Q3", r.partOfYear("Q", "3"));
        assertEquals("2024-H2", r.partOfYear("H", "2"));
        assertNull(r.partOfYear("Q", "5"));
    }

    @Test
    void yearsAgoFollowTheQuarterInFocus() {
        TimeResolver focused = new TimeResolver(LocalDate.of(1989, 10, 26), () -> TimeResolver.Tense.UNKNOWN, "1989-Q3");
        assertEquals("1988-Q3", focused.before("1", "Y"));
        assertEquals("1989-Q3", focused.focus("Q", ""));
        assertEquals("1988-Q3", focused.focus("Q", "1988"));
        assertEquals("1988", new TimeResolver(LocalDate.of(1989, 10, 26)).before("1", "Y"));
    }

    @Test
    void durationsClocksDecadesCenturies() {
        assertEquals("P3D", TimexValues.duration("3", "D"));
        assertEquals("PT2H", TimexValues.duration("2", "H"));
        assertEquals("PT30M", TimexValues.duration("30", "MIN"));
        assertEquals("P20Y", TimexValues.duration("2", "DE"));
        assertEquals("P6M", TimexValues.duration("1", "HALF"));
        assertEquals("PXW", TimexValues.duration("X", "W"));
        assertEquals("20:30", TimexValues.clock("8", "30", "PM"));
        assertEquals("20:00", TimexValues.clock("8", "", "NI"));
        assertEquals("00:15", TimexValues.clock("12", "15", "AM"));
        assertEquals("199", r.decade("1990"));
        assertEquals("199", r.decade("90"));
        assertEquals("202", r.decade("20"));
        assertEquals("19", TimexValues.century("20"));
        assertEquals("1996", TimexValues.yearOf("19", "96"));
        assertEquals("2001", TimexValues.yearOf("20", "1"));
    }

    @Test
    void holidaysOnFixedDaysAndOnWeekdaysOfAMonth() {
        assertEquals("2024-12-25", r.complete(r.holiday("12-25", "XXXX")));
        assertEquals("2024-11-28", r.holiday("11/4/4", "XXXX"));
        assertEquals("1999-11-25", r.holiday("11/4/4", "1999"));
        assertEquals("2025-05-26", r.holiday("05/-1/1", "2025"));
    }
}
