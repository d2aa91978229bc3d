package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {
    @Test
    void readsTheDateAsTheArticleWroteIt() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), ReferenceDates.parse("2025-02-14"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), ReferenceDates.parse("2025-02-14T23:30:00+07:00"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), ReferenceDates.parse("2025-02-14 08:00"));
        assertEquals(Optional.of(LocalDate.of(1998, 1, 8)), ReferenceDates.parse("19980108"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), ReferenceDates.parse("Fri, 14 Feb 2025 10:00:00 GMT"));
    }

    @Test
    void anythingElseIsNoDate() {
        assertTrue(ReferenceDates.parse(null).isEmpty());
        assertTrue(ReferenceDates.parse("  ").isEmpty());
        assertTrue(ReferenceDates.parse("2025-02-30").isEmpty());
        assertTrue(ReferenceDates.parse("yesterday").isEmpty());
    }
}
