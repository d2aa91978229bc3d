package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A year counted in the era a language's manifest names ({@code era}): the test pack {@code qaa} counts years 543
 * ahead, as Thai pages count the Buddhist era (12/04/2568 is 12 April 2025).
 */
class PageDatesEraTest {
    @Test
    void aYearOfTheLanguagesEraIsReadAsItsCommonEraYear() {
        assertEquals("2025-04-12", PageDates.fromText("เผยแพร่ 12/04/2568", "qaa"));
        assertEquals("2025-04-12", PageDates.fromText("2568-04-12", "qaa"));
    }

    @Test
    void aCommonEraYearStaysAsItIs() {
        assertEquals("2025-04-12", PageDates.fromText("12/04/2025", "qaa"));
    }

    @Test
    void languagesWithoutAnEraDoNotShiftYears() {
        assertNull(PageDates.fromText("12/04/2568", "en"));
        assertNull(PageDates.fromText("12/04/2568", null));
    }
}
