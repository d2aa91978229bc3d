package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.model.TimeExpression;

/** The start screen only saves work: every text tags the same with it as without it. */
class StartScreenTest {
    private static final LocalDate REF = LocalDate.of(2025, 6, 1);
    private static final TimeTagger UNSCREENED = new TimeTagger(false);
    private static final TimeTagger SCREENED = new TimeTagger(true);

    static List<String> languages() {
        return TimeTaggerTest.languages();
    }

    /** The project's example articles, in many languages and scripts. */
    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<String> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertTrue(texts.size() >= 10, "examples: " + texts.size());
            return texts;
        }
    }

    /** Words seen before are judged from memory: the second pass over the same text must agree as well. */
    @ParameterizedTest
    @MethodSource("languages")
    void everyExampleTagsTheSameWithAndWithoutTheScreen(String language) throws IOException {
        for (String text : examples()) {
            for (int pass = 0; pass < 2; pass++) {
                assertSame(text, language, REF);
                assertSame(text, language, null);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void edgesOfWordsAndScriptsTagTheSame(String language) {
        List<String> texts = List.of(
                "On 12 March 2025 at 10:30 a.m., the third quarter, the year 1999",
                "tháng 3 năm 2025, lúc 10 giờ sáng; hôm 5/3 và ngày 12-3",
                "pada tanggal 12 Maret 2025 pukul 08.30 WIB, 2 hari lalu",
                "2025年3月12日上午10时，下周一，90天",
                "१२ मार्च २०२५, पिछले सप्ताह, ١٢ مارس ٢٠٢٥",
                "\uD840\uDC0012 March\u0301 2025 \u20DD5 May 2024\uD840",
                "12", "May", "the", "12 ", " 3 tháng", "Oct. 9, 2025", "x2025-03-12y",
                "III quarter 2025; XVIe siècle; Dienstagabend, 14.4.2025");
        for (String text : texts) {
            for (int pass = 0; pass < 2; pass++) {
                assertSame(text, language, REF);
            }
        }
    }

    @Test
    void aRuleWhoseLookbehindReadsFartherBackIsNeverScreenedOut() {
        assertTrue(StartScreen.screenable("(?<![\\p{L}\\p{N}])(?:\\p{Nd}{2})(?<![\\p{Nd}.,])x"));
        assertFalse(StartScreen.screenable("(?<=lúc\\s)(?:\\p{Nd}{2})"));
        assertFalse(StartScreen.screenable("(?:(?<!as\\s)\\p{Nd}{2})"));
        assertTrue(StartScreen.screenable("(?:\\p{Nd}{2})"));
    }

    private static void assertSame(String text, String language, LocalDate reference) {
        List<TimeExpression> expected = UNSCREENED.tag(text, language, reference);
        List<TimeExpression> actual = SCREENED.tag(text, language, reference);
        assertEquals(expected, actual, language + " on: " + text.substring(0, Math.min(60, text.length())));
    }
}
