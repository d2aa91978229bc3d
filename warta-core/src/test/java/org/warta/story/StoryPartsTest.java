package org.warta.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts stories are made of: numbers, URLs, MinHash, entity order. */
class StoryPartsTest {
    @Test
    void numbersAreReadAsEachPressWritesThem() {
        assertEquals("1250", Numbers.normalise("1,250"));
        assertEquals("1250", Numbers.normalise("1.250"));
        assertEquals("1250", Numbers.normalise("1 250"));
        assertEquals("6.8", Numbers.normalise("6,8"));
        assertEquals("6.8", Numbers.normalise("6.80"));
        assertEquals("3500000", Numbers.normalise("3.500.000"));
        assertNull(Numbers.normalise("7"), "too small to tell articles apart");
        assertNull(Numbers.normalise("2025"), "a year");
        assertNull(Numbers.normalise("12:30"));
    }

    @Test
    void urlsAreComparedAsAReaderWould() {
        assertEquals("baodaknong.vn/a/b-1.html", Urls.normalise("https://www.baodaknong.vn/a/b-1.html?utm=x#top"));
        assertEquals(Urls.normalise("http://m.example.com/x/"), Urls.normalise("https://example.com/x"));
        assertEquals("baodaknong.vn", Urls.host("https://baodaknong.vn/a/b-1.html"));
        assertNull(Urls.normalise(" "));
        assertNull(Urls.host("not a url"));
    }

    @Test
    void minHashEstimatesHowMuchTwoTextsShare() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add("w" + i);
        }
        List<String> edited = new ArrayList<>(words);
        for (int i = 0; i < 400; i += 40) {
            edited.set(i, "changed" + i);
        }
        int[] a = MinHash.signature(words);
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(new ArrayList<>(words))));
        double close = MinHash.similarity(a, MinHash.signature(edited));
        assertTrue(close > 0.6 && close < 0.95, "about 0.78 of the 5-grams are shared: " + close);
        assertEquals(0.0, MinHash.similarity(a, MinHash.signature(List.of("a", "b"))));
    }

    @Test
    void entitiesInTheSameOrderAndSharedNumbersMeasureATranslation() {
        String[] source = {"e:Q1", "e:Q2", "e:Q3", "e:Q4"};
        String[] translated = {"e:Q1", "e:Q2", "e:Q4", "e:Q3"};
        assertEquals(0.75, Relations.commonOrder(source, translated), 1e-9);
        assertEquals(1.0, Relations.commonOrder(source, source.clone()), 1e-9);
        assertEquals(0.5, Relations.numbers(new String[] {"12", "1250"}, new String[] {"1250", "40", "12"}), 0.2);
        assertEquals(1.0, Relations.numbers(new String[0], new String[0]));
        assertTrue(Arrays.asList(source).contains("e:Q3"));
    }
}
