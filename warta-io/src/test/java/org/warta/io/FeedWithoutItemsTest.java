package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed that holds no items is still accounted for: a file never vanishes without a word. */
class FeedWithoutItemsTest {
    @Test
    void anRssChannelWithoutItemsIsSkippedWithItsReason() throws IOException {
        CollectingSink sink = read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title>"
                + "<link>https://example.org/</link><description>d</description></channel></rss>");
        assertEquals(List.of("no-items"), sink.skipped.stream().map(Failure::reason).toList());
        assertEquals(List.of(), sink.failed);
    }

    @Test
    void anAtomFeedWithoutEntriesIsSkippedWithItsReason() throws IOException {
        CollectingSink sink = read("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>");
        assertEquals(List.of("no-items"), sink.skipped.stream().map(Failure::reason).toList());
    }

    private static CollectingSink read(String xml) throws IOException {
        CollectingSink sink = new CollectingSink();
        new FeedReader(ReadLimits.DEFAULT).read(InputFile.ofBytes("feed.rss", xml.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }
}
