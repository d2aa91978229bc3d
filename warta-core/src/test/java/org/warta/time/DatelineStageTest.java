package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import java.util.Map;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.Hints;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.Source;

/** A page's datelines leave the text in every language, and still give the publication date. */
class DatelineStageTest {
    private static Article process(String url, String text) {
        RawDocument raw = new RawDocument(text, RawDocument.TEXT, new Source(null, url, "jsonl", null), Hints.NONE);
        return Pipelines.standard(WartaOptions.defaults()).process(raw);
    }

    private static List<String> datelines(Article a) {
        return a.removed().stream().filter(r -> r.reason().equals(DatelineStage.REASON)).map(Removal::text).toList();
    }

    @Test
    void datelinesOfManyLanguagesLeaveTheText() {
        List<String> pages = List.of(
                "Pemerintah Kota Bandung Resmikan Jembatan Baru di Cikapundung\n"
                        + "Diperbarui 14 Oktober 2025, 08:15 WIB\n"
                        + "Pemerintah Kota Bandung meresmikan jembatan baru di atas Sungai Cikapundung pada Senin pagi.",
                "서울시, 한강 다리 보수 공사 시작\n수정 : 2025.09.09 19:54\n"
                        + "서울시는 한강의 다리 세 곳에서 보수 공사를 시작한다고 밝혔다. 공사는 내년 봄까지 이어진다.",
                "Guvernul a aprobat bugetul pentru spitale\nActualizat 16 iunie 2025, 14:20\n"
                        + "Guvernul a aprobat luni bugetul pentru cele trei spitale regionale, a anunțat ministrul sănătății.");
        for (String page : pages) {
            Article a = process(null, page);
            String dateline = page.split("\n")[1];
            assertTrue(a.removed().stream().anyMatch(r -> r.text().equals(dateline)),
                    a.language().code() + ": " + a.removed());
            assertFalse(a.text().contains(dateline), a.text());
            assertEquals(Metadata.FROM_TEXT, a.metadata().publishedFrom(), "the date is still read: " + a.metadata());
        }
    }

    @Test
    void theStageReadsEachLineWithTheLanguagesGrammar() {
        Article cleaned = Article.of(RawDocument.ofText("x")).toBuilder()
                .draft(List.of(Block.paragraph("서울시, 한강 다리 보수 공사 시작"), Block.paragraph("기사승인 2025-10-30 14:55:21"),
                        Block.paragraph("업데이트 2025년 10월 30일 오후 3시 11분"),
                        Block.paragraph("서울시는 2025년 10월 30일 한강의 다리 세 곳에서 보수 공사를 시작한다고 밝혔다.")))
                .language(new LanguageGuess("ko", 1.0, "test", Map.of()))
                .layer(Layer.DRAFT).layer(Layer.CLEANED).layer(Layer.LANGUAGE).build();
        Article a = new DatelineStage().apply(cleaned);
        assertEquals(List.of("기사승인 2025-10-30 14:55:21", "업데이트 2025년 10월 30일 오후 3시 11분"), datelines(a));
        assertEquals(2, a.draft().size(), "the headline and the sentence stay");
    }

    @Test
    void headlinesAndLinesOfProseWithADateStay() {
        Article headline = process(null, "越南今年第13个台风登陆\n台风在越南中部登陆，当地政府疏散了数万名居民，暂无人员伤亡报告。");
        assertEquals(List.of(), datelines(headline), "a headline about this year is mostly not date");
        Article wrapped = process(null, "Mötet ska hållas i Stockholm\ni april år 2026.\n"
                + "Regeringen säger att många länder har lovat att komma till mötet.");
        assertEquals(List.of(), datelines(wrapped), "a line going on in lower case ends the sentence before it");
        Article sentence = process(null, "The ministry confirmed the talks.\nThey began on 12 May 2025.\n"
                + "Officials from both countries attended the first round in Geneva.");
        assertEquals(List.of(), datelines(sentence), "a sentence is no dateline");
        assertTrue(sentence.text().contains("They began on 12 May 2025."));
    }

    @Test
    void aUrlsDayTakesTheTimeOfADatelineOfThatDay() {
        Article a = process("https://news.example.com/article/20251029/5929834",
                "Posted October 29, 2025 08:14\nThe two presidents met in Gyeongju on Wednesday to discuss tariffs and security.");
        assertEquals("2025-10-29T08:14", a.metadata().published());
        Article other = process("https://news.example.com/article/20251030/5929834",
                "Posted October 29, 2025 08:14\nThe two presidents met in Gyeongju on Wednesday to discuss tariffs and security.");
        assertEquals("2025-10-30", other.metadata().published(), "another day: the URL's");
    }
}
