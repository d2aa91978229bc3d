package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.TimeExpression;

/** Date forms that pages in every language write: ISO times with seconds, "pm" clocks, English datelines. */
class WebDateFormsTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 11, 7);

    private static String value(String sentence, String language, String text) {
        List<TimeExpression> found = TimeTagger.shared().tag(sentence, language, REFERENCE);
        return found.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + found)).value();
    }

    @Test
    void anIsoTimeKeepsItsSeconds() {
        assertEquals("2025-10-30T14:55:21", value("입력 2025-10-30 14:55:21 수정 2025-10-30 15:11:51", "ko",
                "2025-10-30 14:55:21"));
    }

    @Test
    void anEnglishDatelineWithPmOnAChinesePage() {
        assertEquals("2025-11-07T14:45", value("Published at Nov 07, 2025 02:45 pm", "zh",
                "Nov 07, 2025 02:45 pm"));
    }

    @Test
    void aMalayClockWithAm() {
        assertEquals("2025-11-07T11:15", value("11.15am: Kuala Lumpur – Pasukan keselamatan tiba di lokasi.", "ms",
                "11.15am"));
    }

    @Test
    void aChineseDayWithItsPartOfTheDay() {
        assertEquals("2025-11-07TMO", value("台风海鸥7日清晨登陆越南中部，造成至少5人死亡。", "zh", "7日清晨"));
        assertEquals("2025-11-06TEV", value("越南气象部门6日晚间发布警报。", "zh", "6日晚间"));
    }
}
