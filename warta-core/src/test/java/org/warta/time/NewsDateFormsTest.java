package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.TimeExpression;

/** Date forms of news in Malay, Chinese, Portuguese and Russian that the grammars read. */
class NewsDateFormsTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 7, 28);

    private static String value(String sentence, String language, String text) {
        List<TimeExpression> found = TimeTagger.shared().tag(sentence, language, REFERENCE);
        return found.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + found)).value();
    }

    @Test
    void twelveAtNightIsMidnight() {
        assertEquals("2025-07-28T24:00", value("Gencatan senjata berkuat kuasa jam 12 malam ini.", "ms", "jam 12 malam"));
    }

    @Test
    void aChineseWeekdayAtMidnight() {
        assertEquals("2025-07-28T24:00", value("泰柬双方同意自周一午夜起无条件停火。", "zh", "周一午夜"));
    }

    @Test
    void aChineseDayWithItsHour() {
        assertEquals("2025-05-13T24:00", value("加征的关税将于5月13日24时起停止实施。", "zh", "5月13日24时"));
        assertEquals("2025-04-10T12:15", value("措施自今年4月10日12时15分起实施。", "zh", "今年4月10日12时15分"));
    }

    @Test
    void thePortugueseFirstOfAMonth() {
        assertEquals("2025-08-01", value("As novas tarifas entram em vigor em 1º de agosto.", "pt", "1º de agosto"));
    }

    @Test
    void yesterdaysAsAnAdjectiveInRussian() {
        assertEquals("2025-07-27", value("После вчерашних переговоров стороны объявили о прекращении огня.", "ru",
                "вчерашних"));
    }
}
