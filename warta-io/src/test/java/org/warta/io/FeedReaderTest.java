package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** Real feeds from the shared data; FeedReaderFixtureTest checks the same behaviour on feeds in the repository. */
@SharedData("web/feeds")
class FeedReaderTest {
    private static final Path FEEDS = Shared.root().resolve("web/feeds");

    @TempDir
    Path dir;

    @Test
    void guardianRssGivesOneArticlePerItemWithLinkDateAndTitle() {
        CollectingSink sink = CollectingSink.read(FEEDS.resolve("guardian.rss"));
        assertEquals(55, sink.accepted.size());
        assertTrue(sink.failed.isEmpty() && sink.skipped.isEmpty());
        RawDocument first = sink.accepted.get(0);
        assertEquals("feed", first.source().format());
        assertEquals("item 1", first.source().record());
        assertTrue(first.source().url().startsWith("https://www.theguardian.com/"), first.source().url());
        assertNotNull(first.hints().title());
        assertTrue(first.hints().published().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), first.hints().published());
        Article a = Warta.process(first);
        assertEquals(first.hints().title(), a.metadata().title());
        assertFalse(a.text().isBlank());
        assertFalse(a.text().contains("<"), "markup is gone from the text");
    }

    @Test
    void heiseAtomKeepsGermanLettersAndDates() {
        CollectingSink sink = CollectingSink.read(FEEDS.resolve("heise.atom"));
        assertEquals(15, sink.accepted.size());
        assertTrue(sink.failed.isEmpty());
        assertTrue(sink.accepted.stream().allMatch(d -> d.hints().published() != null));
        assertTrue(sink.accepted.stream().anyMatch(d -> d.content().contains("ü") || d.content().contains("ä")));
        assertTrue(sink.accepted.stream().noneMatch(d -> d.content().contains("\uFFFD") || d.content().contains("Ã")));
    }

    @Test
    void latinOneFeedWithoutXmlDeclarationIsNotMojibake() {
        CollectingSink sink = CollectingSink.read(FEEDS.resolve("uolNoticias.rss"));
        assertEquals(15, sink.total(), "every item is accounted for");
        assertTrue(sink.failed.isEmpty(), sink.failed.toString());
        assertEquals(sink.skipped.size(), sink.skippedFor("no-content"), "only link-only items are passed over");
        RawDocument first = sink.accepted.get(0);
        assertTrue(first.hints().title().contains("simulações"), first.hints().title());
        assertTrue(first.content().contains("Líder na pesquisa"), first.content());
        assertTrue(sink.accepted.stream().noneMatch(d -> d.content().contains("\uFFFD") || d.content().contains("Ã")));
        assertTrue(first.hints().notes().stream().anyMatch(n -> n.contains("Windows-1252")), "the fallback is reported");
    }

    @Test
    void brokenXmlIsReportedAndTheItemsBeforeTheBreakAreRecovered() throws IOException {
        String rss = Files.readString(FEEDS.resolve("guardian.rss"));
        Path broken = dir.resolve("broken.rss");
        // Cut off mid-download, and an unescaped ampersand in the channel's title.
        Files.writeString(broken, rss.substring(0, rss.length() / 3).replaceFirst("<title>", "<title>News & "));
        CollectingSink sink = CollectingSink.read(broken);
        assertEquals(1, sink.failed.size());
        assertEquals("bad-feed", sink.failed.get(0).reason());
        assertTrue(sink.accepted.size() >= 10, "a lenient parse recovers the items before the cut: " + sink.accepted.size());
        assertTrue(sink.accepted.get(0).source().url().startsWith("https://www.theguardian.com/"));
        assertTrue(sink.failed.get(0).message().contains(sink.accepted.size() + " item"));
    }
}
