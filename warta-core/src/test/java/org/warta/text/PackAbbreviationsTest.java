package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Abbreviations a manifest declares ({@code abbreviation}) end no sentence: the test pack {@code qaa} declares the
 * Thai month and era abbreviations "มี.ค." and "พ.ศ.", which ICU knows nothing about.
 */
class PackAbbreviationsTest {
    private static List<String> sentences(String text, String language) {
        return Sentences.split(text, language).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void aDeclaredAbbreviationEndsNoSentence() {
        String text = "เมื่อวันที่ 28 มี.ค. 2568 นายกรัฐมนตรีเดินทางไปเชียงใหม่ ในปี พ.ศ. 2568 มีการเลือกตั้ง";
        assertEquals(List.of(text), sentences(text, "qaa"));
    }

    @Test
    void aFullStopAfterAnyOtherWordStillEndsTheSentence() {
        String text = "นายกรัฐมนตรีเดินทางไปเชียงใหม่. 2568 มีการเลือกตั้ง";
        assertEquals(2, sentences(text, "qaa").size());
    }

    @Test
    void withoutTheDeclarationTheAbbreviationBreaks() {
        String text = "เมื่อวันที่ 28 มี.ค. 2568 นายกรัฐมนตรีเดินทางไปเชียงใหม่";
        assertEquals("เมื่อวันที่ 28 มี.", sentences(text, "und").get(0));
    }

    @Test
    void icuSuppressionsStillHoldForAPackThatDeclaresNone() {
        String text = "Mr. Smith went to Washington. He came back.";
        assertEquals(2, sentences(text, "en").size());
    }
}
