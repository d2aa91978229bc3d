package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor.Extraction;
import org.warta.model.Block;
import org.warta.model.Caption;
import org.warta.model.Hints;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Source;

class HtmlExtractorTest {
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    static Extraction extract(String html, String url) {
        return EXTRACTOR.extract(new RawDocument(html, RawDocument.HTML, new Source(null, url, "html", null), Hints.NONE));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Extraction e) {
        return e.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void keepsTheArticleInOrderWithParagraphsHeadingsListsQuotesAndTables() throws IOException {
        Extraction e = extract(fixture("news-page.html"), "https://tide.example/news/x?utm=1");
        List<String> kinds = e.blocks().stream().map(b -> b.kind() + " " + String.join(" ",
                List.of(b.text().split(" ")).subList(0, Math.min(3, b.text().split(" ").length)))).toList();
        assertEquals(List.of(
                "PARAGRAPH The harbour bridge",
                "PARAGRAPH About 40,000 vehicles",
                "HEADING What was repaired",
                "PARAGRAPH Crews replaced the",
                "LIST_ITEM Two main supports",
                "LIST_ITEM New deck surface",
                "LIST_ITEM A separate, protected",
                "QUOTE It is a",
                "PARAGRAPH The mayor, Ines",
                "TABLE_ROW Year | Daily",
                "TABLE_ROW 2022 | 40,000",
                "TABLE_ROW 2025 | expected",
                "PARAGRAPH Traffic engineers will"), kinds);
    }

    @Test
    void dropsNavigationAdsShareBarsCommentsRelatedListsBannersAndFooters() throws IOException {
        String text = text(extract(fixture("news-page.html"), null));
        for (String boilerplate : List.of("cookies", "Sport", "Home", "Facebook", "mattress", "Bridge closure",
                "morning briefing", "ferry timetable", "Finally!", "Comments", "All rights reserved", "Privacy",
                "By Mara Quinn")) {
            assertFalse(text.contains(boilerplate), boilerplate + " should be gone from:\n" + text);
        }
        assertFalse(text.contains("Harbour bridge reopens after"), "the headline is metadata, not body");
    }

    @Test
    void figureCaptionsGoToCaptionsWithTheirCredit() throws IOException {
        Extraction e = extract(fixture("news-page.html"), null);
        assertEquals(List.of(new Caption("The first cars cross the rebuilt span on Tuesday morning.",
                "Lee Arden/Tide Pictures")), e.captions());
        assertFalse(text(e).contains("first cars cross"));
    }

    @Test
    void creditsWrittenIntoTheCaptionAreSplitOff() {
        assertEquals(new Caption("Lavrov and Rubio spoke by phone.", "Russian Foreign Ministry"),
                BlockWriter.splitCredit("Lavrov and Rubio spoke by phone. (Photo: Russian Foreign Ministry)"));
        assertEquals(new Caption("Firefighters at the scene.", "AP Photo/Evan Vucci"),
                BlockWriter.splitCredit("Firefighters at the scene. (AP Photo/Evan Vucci)"));
        assertEquals(new Caption("Warga antre di posko.", "Antara/Budi Santoso"),
                BlockWriter.splitCredit("Warga antre di posko. Foto: Antara/Budi Santoso"));
        assertEquals(new Caption("A caption with no credit", null), BlockWriter.splitCredit("A caption with no credit"));
    }

    @Test
    void metadataComesFromTheBestSourceFirst() throws IOException {
        Metadata m = extract(fixture("news-page.html"), "https://tide.example/news/x?utm=1").metadata();
        assertEquals("Harbour bridge reopens after two years of repairs", m.title(), "og:title before JSON-LD headline");
        assertEquals("2025-03-04T08:00:00Z", m.published(), "JSON-LD datePublished before article:published_time");
        assertEquals("Mara Quinn", m.author());
        assertEquals("The Daily Tide", m.siteName());
        assertEquals("https://tide.example/news/2025/03/04/harbour-bridge-reopens", m.url(), "canonical, made absolute");
        assertEquals("en", m.declaredLanguage());
    }

    @Test
    void titleFallsBackFromJsonLdToH1ToTheTitleWithoutTheSiteName() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script>";
        assertEquals("From JSON-LD", extract("<html><head><title>T | Site</title>" + ld + "</head><body><h1>From h1</h1></body></html>", null)
                .metadata().title());
        assertEquals("From h1", extract("<html><head><title>T | Site</title></head><body><h1>From h1</h1></body></html>", null)
                .metadata().title());
        assertEquals("Prices rise again in March", extract(
                "<html><head><title>Prices rise again in March - Kabar Harian</title></head><body><p>x</p></body></html>", null)
                .metadata().title());
    }

    @Test
    void publicationDateFallsBackThroughTimeElementUrlAndByline() {
        assertEquals("2025-02-17T08:30:00", extract("<html><body><article><time datetime=\"2025-02-17 08:30\">kemarin</time>"
                + "<p>Isi.</p></article></body></html>", "https://x.example/2024/01/01/a").metadata().published());
        assertEquals("2024-01-02", extract("<html><body><p>Isi.</p></body></html>", "https://x.example/2024/01/02/berita")
                .metadata().published());
        assertEquals("2025-02-17", extract("<html lang=\"id\"><body><h1>Judul</h1><div class=\"tanggal\">Senin, 17 Februari 2025</div>"
                + "<p>Isi berita.</p></body></html>", null).metadata().published());
        assertEquals("2025-04-14T08:30", extract("<html lang=\"pt\"><body><h1>Título</h1><span class=\"data-publicacao\">"
                + "14/04/2025 08:30</span><p>Texto.</p></body></html>", null).metadata().published());
    }

    @Test
    void declaredLanguageIsOnlyAPrimaryTag() {
        assertEquals("id", extract("<html lang=\"id-ID\"><body><p>x</p></body></html>", null).metadata().declaredLanguage());
        assertEquals(null, extract("<html lang=\"{{lang}}\"><body><p>x</p></body></html>", null).metadata().declaredLanguage());
    }

    @Test
    void aHundredThousandNestedElementsAreWalkedWithoutRecursion() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>Deeply nested, but still the article's only paragraph of real prose, with enough words to count, "
                + "and long enough that the extraction is not thin: it goes on about the harbour bridge, the detour through "
                + "the old town and the cycle lane that opens in the spring.</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");
        Extraction e = extract(html.toString(), null);
        assertTrue(text(e).contains("Deeply nested, but still the article"), text(e));
    }

    @Test
    void malformedAndTruncatedMarkupStillYieldsItsText() {
        String broken = "<html><body><div class=content><p>First paragraph of the story, which goes on for a while "
                + "so that it reads like prose.<p>Second paragraph <b>with <i>bad nesting</b> here</i>, also long enough to "
                + "count as prose.<div><p>Third one, cut off in the mid";
        String text = text(extract(broken, null));
        assertTrue(text.contains("First paragraph of the story"), text);
        assertTrue(text.contains("Second paragraph with bad nesting here"), text);
        assertTrue(text.contains("Third one, cut off in the mid"), text);
        assertTrue(extract("<html><body><p>Unclosed <a href=\"x", null).blocks().isEmpty()
                || !text(extract("<html><body><p>Unclosed <a href=\"x", null)).contains("href"));
    }

    @Test
    void aFragmentWithoutADocumentIsAllBody() {
        Extraction e = extract("<p>Short lead.</p><p>Second short line.</p><ul><li><a href=\"/x\">A link</a></li></ul>", null);
        assertEquals(List.of("Short lead.", "Second short line."), e.blocks().stream().map(Block::text).limit(2).toList());
    }
}
