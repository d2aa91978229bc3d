package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stretch with no sentence break is cut into pieces of bounded length, at spaces, losing nothing. */
class LongSentenceTest {
    @Test
    void aParagraphThatLostItsFullStopsIsCutAtSpaces() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 100_000; i++) {
            b.append("Menteri Luar Negeri Rusia bertemu mitranya di Riyadh pada hari ").append(i).append(' ');
        }
        String text = b.toString().strip();
        List<int[]> spans = Sentences.split(text, "id");
        assertTrue(spans.size() >= 100_000 / Sentences.MAX_CHARS, "pieces: " + spans.size());
        StringBuilder words = new StringBuilder();
        int last = 0;
        for (int[] s : spans) {
            assertTrue(s[1] - s[0] <= Sentences.MAX_CHARS, "a piece of " + (s[1] - s[0]));
            assertTrue(s[0] == 0 || Character.isWhitespace(text.charAt(s[0] - 1)), "cut at a space");
            assertTrue(text.substring(last, s[0]).isBlank(), "nothing between pieces but space");
            words.append(text, s[0], s[1]).append(' ');
            last = s[1];
        }
        assertEquals(text.length(), last);
        assertEquals(List.of(text.split(" ")), List.of(words.toString().strip().split(" ")), "every word kept");
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimitButNeverInsideACharacter() {
        // a CJK character outside the BMP, two chars each, after one that puts the limit between a pair's halves
        String text = "x" + "\uD840\uDC00".repeat(Sentences.MAX_CHARS);
        List<int[]> spans = Sentences.split(text, "zh");
        assertTrue(spans.size() >= 2, "pieces: " + spans.size());
        for (int[] s : spans) {
            assertTrue(s[1] - s[0] <= Sentences.MAX_CHARS);
            assertFalse(Character.isLowSurrogate(text.charAt(s[0])), "starts on a whole character");
        }
        assertEquals(text.length(), spans.get(spans.size() - 1)[1]);
    }

    @Test
    void ordinarySentencesAreLeftAsTheyAre() {
        String text = "Lavrov bertemu Rubio di Riyadh. Keduanya membahas Ukraina.";
        List<int[]> spans = Sentences.split(text, "id");
        assertEquals(2, spans.size());
        assertEquals("Keduanya membahas Ukraina.", text.substring(spans.get(1)[0], spans.get(1)[1]));
    }
}
