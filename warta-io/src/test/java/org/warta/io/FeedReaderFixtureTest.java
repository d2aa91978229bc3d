package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.RawDocument;

/** Feeds written for the tests: RSS 2.0, Atom in German, Latin-1 RSS without an XML declaration, a broken one. */
class FeedReaderFixtureTest {
    @TempDir
    Path dir;

    private static Path feed(String name) {
        try {
            return Path.of(FeedReaderFixtureTest.class.getResource("feeds/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rssGivesOneArticlePerItemWithLinkDateAndTitle() {
        CollectingSink sink = CollectingSink.read(feed("kabar.rss"));
        assertEquals(10, sink.accepted.size());
        assertTrue(sink.failed.isEmpty() && sink.skipped.isEmpty());
        RawDocument first = sink.accepted.get(0);
        assertEquals("feed", first.source().format());
        assertEquals("item 1", first.source().record());
        assertEquals("https://kabar.example/ekonomi/harga-beras-turun", first.source().url());
        assertEquals("Harga beras di Jakarta turun menjelang panen raya", first.hints().title());
        assertEquals("2025-02-10T00:15:00Z", first.hints().published(), "the item's date, in UTC");
        assertEquals("Kabar Contoh", first.hints().siteName());
        Article a = Warta.process(first);
        assertEquals(first.hints().title(), a.metadata().title());
        assertEquals("id", a.language().code());
        assertTrue(a.text().startsWith("Harga beras medium"), a.text());
        assertFalse(a.text().contains("<"), "markup is gone from the text");
        assertEquals("item 10", sink.accepted.get(9).source().record());
    }

    @Test
    void atomKeepsGermanLettersAndDates() {
        CollectingSink sink = CollectingSink.read(feed("nachrichten.atom"));
        assertEquals(5, sink.accepted.size());
        assertTrue(sink.failed.isEmpty());
        assertTrue(sink.accepted.stream().allMatch(d -> d.hints().published() != null));
        assertEquals("2025-02-12T17:30:00Z", sink.accepted.get(0).hints().published());
        assertEquals("https://nachrichten.example/artikel/1001", sink.accepted.get(0).source().url());
        assertTrue(sink.accepted.get(0).content().contains("fällt") && sink.accepted.get(0).content().contains("Fernzüge"));
        assertTrue(sink.accepted.get(0).hints().title().contains("größtenteils"), sink.accepted.get(0).hints().title());
        assertTrue(sink.accepted.stream().noneMatch(d -> d.content().contains("\uFFFD") || d.content().contains("Ã")));
    }

    @Test
    void latinOneFeedWithoutXmlDeclarationIsNotMojibake() {
        CollectingSink sink = CollectingSink.read(feed("noticias-latin1.rss"));
        assertEquals(5, sink.total(), "every item is accounted for");
        assertTrue(sink.failed.isEmpty(), sink.failed.toString());
        assertEquals(2, sink.skippedFor("no-content"), "the link-only items are passed over");
        assertEquals(sink.skipped.size(), sink.skippedFor("no-content"));
        RawDocument first = sink.accepted.get(0);
        assertTrue(first.hints().title().contains("calçadas e iluminação"), first.hints().title());
        assertTrue(first.content().contains("Líder da comissão"), first.content());
        assertTrue(sink.accepted.stream().noneMatch(d -> d.content().contains("\uFFFD") || d.content().contains("Ã")));
        assertTrue(first.hints().notes().stream().anyMatch(n -> n.contains("Windows-1252")), "the fallback is reported");
    }

    @Test
    void brokenXmlIsReportedAndTheItemsBeforeTheBreakAreRecovered() throws IOException {
        String rss = Files.readString(feed("kabar.rss"), StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.rss");
        // Cut off mid-download (inside the seventh item's description), and an unescaped ampersand in the title.
        int seventh = -1;
        for (int i = 0; i < 7; i++) {
            seventh = rss.indexOf("<item>", seventh + 1);
        }
        Files.writeString(broken, rss.substring(0, rss.indexOf("<description>", seventh) + 60).replaceFirst("<title>", "<title>News & "));
        CollectingSink sink = CollectingSink.read(broken);
        assertEquals(1, sink.failed.size());
        assertEquals("bad-feed", sink.failed.get(0).reason());
        assertEquals(7, sink.accepted.size(), "a lenient parse recovers the items up to the cut");
        assertTrue(sink.accepted.get(6).content().startsWith("<p>Gempa berkekuatan"), sink.accepted.get(6).content());
        assertEquals("https://kabar.example/ekonomi/harga-beras-turun", sink.accepted.get(0).source().url());
        assertNotNull(sink.accepted.get(0).hints().title());
        assertTrue(sink.failed.get(0).message().contains(sink.accepted.size() + " item"), sink.failed.get(0).message());
    }
}
