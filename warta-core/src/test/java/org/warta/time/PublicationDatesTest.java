package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/** The publication date an article states when its input gives none: in its URL, or in a dateline. */
class PublicationDatesTest {
    private static Article process(String url, String text) {
        RawDocument raw = new RawDocument(text, RawDocument.TEXT, new Source(null, url, "jsonl", null), Hints.NONE);
        return Pipelines.standard(WartaOptions.defaults()).process(raw);
    }

    private static String value(Article a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + a.times())).value();
    }

    @Test
    void readsTheDateInAUrlPath() {
        assertEquals("2025-05-07", PublicationDates.fromUrl("https://example.com/world/2025/05/07/india-strikes/")
                .orElseThrow().value());
        assertEquals("2025-10-26", PublicationDates.fromUrl("https://example.com/asean-2025-10-26-summit.html")
                .orElseThrow().value());
        assertEquals("2025-08-30", PublicationDates.fromUrl("https://example.com/news/20250830/protests.html")
                .orElseThrow().value());
        assertEquals("2025-03-28", PublicationDates.fromUrl("https://example.net/2025/0328/2196605.html")
                .orElseThrow().value());
    }

    @Test
    void aUrlWithoutAFullValidDateGivesNone() {
        assertEquals(java.util.Optional.empty(), PublicationDates.fromUrl("https://example.com/news/2025/05/trump"));
        assertEquals(java.util.Optional.empty(), PublicationDates.fromUrl("https://example.com/post/1753699152"));
        assertEquals(java.util.Optional.empty(), PublicationDates.fromUrl("https://example.com/a/2025-13-45-x"));
        assertEquals(java.util.Optional.empty(), PublicationDates.fromUrl("https://2025-05-07.example.com/story"));
    }

    @Test
    void theUrlsDateResolvesWeekdaysAndIsRecordedAsFromTheUrl() {
        Article a = process("https://example.com/world/2025/05/07/operation-sindoor/",
                "India said it struck nine sites in Pakistan on Wednesday. Pakistan said it shot down five jets.");
        assertEquals("2025-05-07", a.metadata().published());
        assertEquals(Metadata.FROM_URL, a.metadata().publishedFrom());
        assertEquals("2025-05-07", value(a, "Wednesday"));
    }

    @Test
    void aDatelineGivesTheDateAndItsClockTime() {
        Article a = process(null, "Selasa, 14 Oktober 2025 – 00:50 WIB\n\n"
                + "Presiden Prabowo Subianto tiba di Sharm el-Sheikh, Mesir, kemarin untuk menghadiri KTT perdamaian Gaza.");
        assertEquals("2025-10-14T00:50+07:00", a.metadata().published());
        assertEquals(Metadata.FROM_TEXT, a.metadata().publishedFrom());
        assertEquals("2025-10-13", value(a, "kemarin"));
    }

    @Test
    void aNumericDatelineWithAClockTimeIsRead() {
        Article a = process(null, "13.10.2025 - 19:51\n\nHamas yedi rehineyi Kızılhaç'a teslim etti. "
                + "Serbest bırakılan rehineler İsrail'e götürüldü.");
        assertEquals("2025-10-13", a.metadata().published().substring(0, 10));
    }

    @Test
    void aHeadlineEndingInItsDatelineGivesTheDate() {
        Article a = process(null, "Trump verkündet Waffenruhe zwischen Israel und Iran Stand: 24.06.2025 05:04 Uhr\n\n"
                + "US-Präsident Trump hat eine baldige Waffenruhe zwischen Israel und Iran verkündet. "
                + "Der Iran widersprach der Darstellung am Mittwoch.");
        assertEquals("2025-06-24", a.metadata().published().substring(0, 10));
    }

    @Test
    void aSentenceThatNamesADayIsNoDateline() {
        Article a = process(null, "Myanmar's junta said on Monday that a general election will be held on "
                + "December 28, 2025, the first since the army seized power in a coup in February 2021.\n\n"
                + "The election commission said voting would take place in phases.");
        assertNull(a.metadata().published());
        assertNull(a.metadata().publishedFrom());
    }

    @Test
    void theInputsOwnDateIsKeptAndMarkedAsTheInputs() {
        Hints hints = new Hints(null, null, "2025-02-14", null, null, null, null, List.of());
        RawDocument raw = new RawDocument("Posted October 29, 2025 08:14\n\nThe talks ended on Monday.",
                RawDocument.TEXT, new Source(null, "https://example.com/2024/01/02/x", "jsonl", null), hints);
        Article a = Pipelines.standard(new WartaOptions(LocalDate.of(2020, 1, 1))).process(raw);
        assertEquals("2025-02-14", a.metadata().published());
        assertEquals(Metadata.FROM_INPUT, a.metadata().publishedFrom());
    }

    @Test
    void anEnglishDatelineOnAPageInAnotherLanguageIsRead() {
        Article a = process(null, "Published at Nov 07, 2025 02:45 pm\n\n"
                + "台风海鸥7日清晨登陆越南中部，造成至少5人死亡。越南政府表示，今年以来已有13个台风影响该国。");
        assertEquals("2025-11-07", a.metadata().published().substring(0, 10));
        assertEquals(Metadata.FROM_TEXT, a.metadata().publishedFrom());
    }

    @Test
    void aShortSentenceWithADateIsNoDateline() {
        Article a = process(null, "The attack came on April 22, 2025.\n\n"
                + "Gunmen killed 26 people at a meadow near Pahalgam. India blamed Pakistan for the attack.");
        assertNull(a.metadata().published());
    }

    @Test
    void aDatelineEndingInAFullStopIsStillADateline() {
        Article a = process(null, "[YTN] 2025.08.30. 오후 3:16.\n\n"
                + "인도네시아에서 배달 기사가 경찰 차량에 치여 숨진 뒤 시위가 전국으로 번졌습니다. 지난 28일 시위가 시작됐습니다.");
        assertEquals("2025-08-30", a.metadata().published().substring(0, 10));
        assertEquals("2025-08-28", value(a, "지난 28일"));
    }

    @Test
    void aBylineWithItsDateGivesTheDate() {
        Article a = process(null, "Kuala Lumpur – Pasukan keselamatan tiba di lokasi kejadian petang ini.\n\n"
                + "By MkiniBM in July 26, 2025 – Reading time 2 minute\n\n"
                + "Polis berkata siasatan sedang dijalankan dan orang ramai diminta bertenang.");
        assertEquals("2025-07-26", a.metadata().published().substring(0, 10));
        assertEquals("2025-07-26TAF", value(a, "petang ini"));
    }

    @Test
    void aLedeOpeningWithTheDateOfWhatItTellsIsNoDateline() {
        Article a = process(null, "Từ ngày 10.2.2017, Thông tư 332/2016/TT-BTC có hiệu lực nhằm sửa đổi, bổ sung Thông tư "
                + "76/2014/TT-BTC hướng dẫn thu tiền sử dụng đất.\n\nTheo đó, nhiều trường hợp được giảm tiền sử dụng đất.");
        assertNull(a.metadata().published());
    }
}
