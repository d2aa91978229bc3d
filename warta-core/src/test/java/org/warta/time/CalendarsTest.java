package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.TimeExpression;

/** Dates written in the Solar Hijri, Bikram Sambat and Buddhist calendars get their Gregorian values. */
class CalendarsTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 9, 10);

    private static String value(String sentence, String language, String text) {
        List<TimeExpression> found = TimeTagger.shared().tag(sentence, language, REFERENCE);
        return found.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + found)).value();
    }

    @Test
    void solarHijriDatesWithIransAndAfghanistansMonthNames() {
        assertEquals("2025-07-02", value("امروز چهارشنبه، ۱۱ سرطان ۱۴۰۴ است و پزشکان در کابل اعتصاب کردند.", "fa",
                "چهارشنبه، ۱۱ سرطان ۱۴۰۴"));
        assertEquals("2025-03-21", value("سال نو در ۱ فروردین ۱۴۰۴ آغاز شد.", "fa", "۱ فروردین ۱۴۰۴"));
    }

    @Test
    void bikramSambatDatesOfNepaliNews() {
        assertEquals("2025-09-09T02:51", value("छिनोफानो मङ्गलबार २४, भदौ २०८२ ०२:५१", "ne",
                "मङ्गलबार २४, भदौ २०८२ ०२:५१"));
        assertEquals("2025-09-09", value("सरकारले मङ्गलबार २४, भदौ २०८२ मा प्रतिबन्ध फिर्ता लियो।", "ne",
                "मङ्गलबार २४, भदौ २०८२"));
        assertEquals("2024-04-13", BikramSambat.toGregorian(2081, 1, 1).toString());
        assertEquals("2026-04-13", BikramSambat.toGregorian(2082, 12, 30).toString());
    }

    @Test
    void aBikramSambatDateOutsideTheTableOrTheMonthHasNoValue() {
        assertNull(BikramSambat.toGregorian(2060, 5, 24));
        assertNull(BikramSambat.toGregorian(2082, 5, 32));
        List<TimeExpression> found = TimeTagger.shared().tag("कार्यक्रम २४ भदौ २०६० मा भएको थियो।", "ne", REFERENCE);
        assertTrue(found.stream().noneMatch(t -> t.value().startsWith("2060")), found.toString());
    }

    @Test
    void thaiBuddhistYears() {
        assertEquals("2025-05-07", value("เหตุการณ์เกิดขึ้นเมื่อวันที่ 7 พฤษภาคม 2568 ที่ผ่านมา", "th",
                "วันที่ 7 พฤษภาคม 2568"));
    }

    @Test
    void aCalendarIcuLacksIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Calendars.gregorian("martian", "2025", "1", "1"));
    }
}
