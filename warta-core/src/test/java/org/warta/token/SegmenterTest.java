package org.warta.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Sentence;
import org.warta.model.Tokens;

class SegmenterTest {
    private static List<String> surfaces(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.surface(i));
        }
        return out;
    }

    private static List<String> surfaces(String text) {
        return surfaces(Segmenter.tokens(text));
    }

    /** "surface/kind" for each token, kind as W, N or P. */
    private static List<String> kinds(String text) {
        Tokens t = Segmenter.tokens(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.surface(i) + "/" + t.kind(i).name().charAt(0));
        }
        return out;
    }

    @Test
    void englishKeepsAbbreviationsNumbersAndPossessives() {
        assertEquals(List.of("U.S./W", "envoy/W", "met/W", "Putin/W", "'s/W", "aides/W", "at/W", "10:30/N", ",/P",
                        "offering/W", "$/P", "1,250.75/N", "million/W", "./P"),
                kinds("U.S. envoy met Putin's aides at 10:30, offering $1,250.75 million."));
    }

    @Test
    void spanishAbbreviationOfTwoLetterGroups() {
        assertEquals(List.of("EE.UU.", "y", "la", "UE", "firmaron", "el", "acuerdo", "en", "Bruselas", "."),
                surfaces("EE.UU. y la UE firmaron el acuerdo en Bruselas."));
    }

    @Test
    void hyphensApostrophesAndFullStopsBetweenWordsAreTokensOfTheirOwn() {
        assertEquals(List.of("Rusia", "-", "AS", "dan", "Rusya", "'", "nın", "l", "'", "armée", "."),
                surfaces("Rusia-AS dan Rusya'nın l'armée."));
    }

    @Test
    void caseShapes() {
        Tokens t = Segmenter.tokens("NATO chiefs Met in Hà Nội");
        assertEquals(List.of(Tokens.Shape.UPPER, Tokens.Shape.LOWER, Tokens.Shape.CAPITALISED, Tokens.Shape.LOWER,
                Tokens.Shape.CAPITALISED, Tokens.Shape.CAPITALISED), List.of(t.shape(0), t.shape(1), t.shape(2),
                t.shape(3), t.shape(4), t.shape(5)));
    }

    @Test
    void cyrillicArabicAndVietnameseAreCutAtSpacesAndPunctuation() {
        assertEquals(List.of("Лавров", "заявил", "в", "понедельник", ",", "что", "Россия", "готова", "к", "переговорам",
                "."), surfaces("Лавров заявил в понедельник, что Россия готова к переговорам."));
        assertEquals(List.of("قال", "وزير", "الخارجية", "الروسي", "إن", "موسكو", "مستعدة", "للحوار", "."),
                surfaces("قال وزير الخارجية الروسي إن موسكو مستعدة للحوار."));
        assertEquals(List.of("Thủ", "tướng", "Phạm", "Minh", "Chính", "tiếp", "Đại", "sứ", "Nhật", "Bản", "tại",
                "Hà", "Nội", "."), surfaces("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội."));
    }

    @Test
    void koreanWordsAreCutAtSpaces() {
        assertEquals(List.of("대통령은", "월요일", "서울에서", "기자회견을", "열었다", "."),
                surfaces("대통령은 월요일 서울에서 기자회견을 열었다."));
    }

    @Test
    void thaiIsCutIntoDictionaryWords() {
        Tokens t = Segmenter.tokens("สมชายเดินทางไปเชียงใหม่เมื่อวันจันทร์");
        assertEquals(List.of("สมชาย", "เดิน", "ทาง", "ไป", "เชียงใหม่", "เมื่อ", "วัน", "จันทร์"), surfaces(t));
        for (int i = 0; i < t.size(); i++) {
            assertTrue(t.unspaced(i));
            assertEquals(Tokens.Kind.WORD, t.kind(i));
        }
    }

    @Test
    void japaneseAndChineseAreCutIntoDictionaryWords() {
        assertEquals(List.of("ウクライナ", "の", "ゼレンスキー", "大統領", "は", "水曜日", "に", "訪米", "した", "。"),
                surfaces("ウクライナのゼレンスキー大統領は水曜日に訪米した。"));
        assertEquals(List.of("北京市", "政府", "发言", "人", "周二", "表示", "，", "会谈", "取得", "成果", "。"),
                surfaces("北京市政府发言人周二表示，会谈取得成果。"));
    }

    @Test
    void spacedWordsStopWhereAnUnspacedScriptBegins() {
        Tokens t = Segmenter.tokens("iPhone手机在2024年上市");
        assertEquals("iPhone", t.surface(0));
        assertFalse(t.unspaced(0));
        assertTrue(t.unspaced(1));
        assertTrue(surfaces(t).contains("2024"));
    }

    @Test
    void articleTokensAreGroupedBySentenceAndKeepOffsets() {
        String text = "Hanoi opened a metro line. It runs west.";
        Tokens t = Segmenter.tokens(text, List.of(new Sentence(0, 26, 0), new Sentence(27, 40, 0)));
        assertEquals(2, t.sentences());
        assertEquals(0, t.first(0));
        assertEquals(6, t.last(0));
        assertEquals(6, t.first(1));
        assertEquals(10, t.last(1));
        assertEquals("It", t.surface(6));
        assertEquals(27, t.start(6));
        assertEquals(text.length(), t.end(t.size() - 1));
    }

    @Test
    void spacesOfEveryKindAreDroppedAndNothingElse() {
        String text = "a\u00A0b\u2009c\u3000d\u200Be";
        assertEquals(List.of("a", "b", "c", "d", "\u200B", "e"), surfaces(text));
    }
}
