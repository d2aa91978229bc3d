package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.lang.LanguageData;
import org.warta.model.TimeExpression;

/** Behaviour of the tagger that does not belong to one language. */
class TimeTaggerTest {
    private static final LocalDate REF = LocalDate.of(2025, 2, 14);
    private final TimeTagger tagger = TimeTagger.shared();

    private List<String> tag(String text, String language) {
        return tagger.tag(text, language, REF).stream().map(t -> t.text() + "=" + t.value())
                .collect(Collectors.toList());
    }

    /** The packs with time rules: a pack may come without them. */
    static List<String> languages() {
        return LanguageData.languages().stream().filter(l -> LanguageData.exists(l, TimeGrammar.FILE)).toList();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageGrammarCompilesAndIndexesItsRules(String language) {
        TimeGrammar g = tagger.grammar(language);
        assertTrue(g.ruleCount() > 30, language + " has " + g.ruleCount() + " rules");
    }

    @Test
    void aLanguageWithoutRulesStillGetsNumericDatesAndItsCldrMonthNames() {
        assertEquals(List.of("12 februari 2025=2025-02-12", "2025-03-01=2025-03-01"),
                tag("De top vond plaats op 12 februari 2025 en het verslag volgde op 2025-03-01.", "nl"));
        assertEquals(List.of("2025-03-01=2025-03-01"), tag("Report of 2025-03-01.", "und"));
    }

    @Test
    void capitalsTellAMonthFromAWord() {
        assertEquals(List.of(), tag("Officials may decide to march on.", "en"));
        assertEquals(List.of("May 5=2025-05-05"), tag("Officials meet on May 5.", "en"));
        assertEquals(List.of(), tag("Mayday calls were heard.", "en"));
    }

    @Test
    void anAbbreviationsFullStopDoesNotEndTheExpression() {
        List<String> found = tag("The unit said it would respond by Oct. 31. Shares fell.", "en");
        assertTrue(found.contains("Oct. 31=2024-10-31"), found.toString());
    }

    @Test
    void aDayAndAClockTimeWrittenTogetherMakeOneTime() {
        assertEquals(List.of("12 Februari 2025 pukul 08.30 WIB=2025-02-12T08:30+07:00"),
                tag("Rapat dimulai 12 Februari 2025 pukul 08.30 WIB di Jakarta.", "id"));
    }

    @Test
    void modifiersJoinTheExpressionOnlyWhereTheyBelong() {
        assertTrue(tag("Profit rose about two years ago.", "en").contains("about two years ago=2023"));
        assertTrue(tag("He talked about recent events.", "en").contains("recent=PAST_REF"));
        assertTrue(tag("Sales slowed in early 2024.", "en").contains("early 2024=2024"));
    }

    @Test
    void agesAreNotDurations() {
        assertFalse(tag("The 6-year-old boy and a man, 52 years old, were rescued.", "en").stream()
                .anyMatch(t -> t.startsWith("6-year") || t.startsWith("years")));
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "Le sommet s'est tenu hier.\n\nIl reprendra le 3 mars 2025.";
        for (TimeExpression t : tagger.tag(text, "fr", REF)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(2, tagger.tag(text, "fr", REF).size());
    }

    @Test
    void dirtyTextNeverThrows() {
        assertEquals(List.of(), tagger.tag("", "en", REF));
        tagger.tag("99/99/9999 31.02.2025 25:61 \u0000 \uD83D\uDE00 ١٢/١٣/٢٠٢٥", "ar", REF);
        tagger.tag("x".repeat(20000), "vi", null);
    }
}
