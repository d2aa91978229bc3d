package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.model.TimeExpression;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** The seed article's time facts, through the real pipeline, with and without a reference date. */
@SharedData("seed/lavrov-rubio-id.txt")
class SeedTimesTest {
    private static String seed() throws IOException {
        return Files.readString(Shared.path("seed/lavrov-rubio-id.txt"));
    }

    private static List<String> pairs(Article a) {
        return a.times().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.toList());
    }

    @Test
    void withoutAReferenceDateTheDayStaysOpenButTheYearIsKnown() throws IOException {
        Article a = Warta.pipeline(new WartaOptions(null)).process(RawDocument.ofText(seed()));
        assertEquals("id", a.language().code());
        List<String> times = pairs(a);
        assertTrue(times.contains("12 Februari=XXXX-02-12"), times.toString());
        assertTrue(times.contains("tahun 2016=2016"), times.toString());
        assertFalse(times.stream().anyMatch(t -> t.startsWith("12 Februari=2")), "no year may be guessed: " + times);
    }

    @Test
    void withTheReferenceDateTheDayIsResolved() throws IOException {
        Article a = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 2, 14))).process(RawDocument.ofText(seed()));
        List<String> times = pairs(a);
        assertEquals(2, times.stream().filter("12 Februari=2025-02-12"::equals).count(), times.toString());
        assertTrue(times.contains("tahun 2016=2016"), times.toString());
        assertTrue(times.contains("dalam waktu dekat=FUTURE_REF"), times.toString());
        for (TimeExpression t : a.times()) {
            assertEquals(t.text(), a.text().substring(t.start(), t.end()), "offsets index into the clean text");
        }
    }
}
