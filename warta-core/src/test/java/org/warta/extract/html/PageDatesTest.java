package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageDatesTest {
    @Test
    void machineReadableDatesBecomeIso() {
        assertEquals("2025-02-17T08:30:00+07:00", PageDates.normalize("2025-02-17T08:30:00+0700"));
        assertEquals("2025-02-17T01:30:00Z", PageDates.normalize("2025-02-17T01:30:00.000Z"));
        assertEquals("2025-02-17", PageDates.normalize("2025-02-17"));
        assertEquals("2025-02-17T08:30:00Z", PageDates.normalize("Mon, 17 Feb 2025 08:30:00 GMT"));
        assertNull(PageDates.normalize("yesterday"));
        assertNull(PageDates.normalize("2025-13-45"));
    }

    @Test
    void datesInUrlPaths() {
        assertEquals("2019-11-19", PageDates.fromUrl("https://www.nytimes.com/2019/11/19/opinion/x.html"));
        assertEquals("2025-02-17", PageDates.fromUrl("https://x.example/news/2025-02-17/title"));
        assertEquals("2025-02-17", PageDates.fromUrl("https://x.example/20250217/title"));
        assertNull(PageDates.fromUrl("https://x.example/article/471031-new-york"));
    }

    @Test
    void bylineDatesInThePagesLanguage() {
        assertEquals("2025-02-17", PageDates.fromText("Senin, 17 Februari 2025", "id"));
        assertEquals("2025-02-17T14:05", PageDates.fromText("Senin, 17 Feb 2025 14:05 WIB", "id"));
        assertEquals("2025-04-14T08:30", PageDates.fromText("14/04/2025 08:30", "pt"));
        assertEquals("2019-11-19T17:04", PageDates.fromText("Updated Nov. 19, 2019 5:04 pm ET", "en"));
        assertEquals("2025-02-17", PageDates.fromText("17 de febrero de 2025", "es"));
        assertEquals("2025-03-04", PageDates.fromText("4. März 2025", "de"));
        assertEquals("2025-04-14", PageDates.fromText("2025年4月14日", "zh"));
        assertEquals("2025-02-03", PageDates.fromText("02/03/2025", "en"), "month first in English");
        assertEquals("2025-03-02", PageDates.fromText("02/03/2025", "id"), "day first in Indonesian");
        assertEquals("2025-02-17", PageDates.fromText("Thứ hai, 17 tháng 2 2025", "vi"));
        assertNull(PageDates.fromText("No date here at all", "en"));
    }
}
