package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that starts as gzip but whose gzip header is cut short is reported as such, with a message. */
class GzipDamageTest {
    /** The gzip magic, then a header that announces 65535 bytes of extra field and ends. */
    private static final byte[] DAMAGED_HEADER = {0x1f, (byte) 0x8b, 8, 4, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
        (byte) 0xff, '<', 'r', 's', 's', '>'};

    @Test
    void aFeedWithADamagedGzipHeaderSaysWhy() {
        Failure f = onlyFailure("news.rss.gz");
        assertEquals("unreadable", f.reason());
        assertTrue(f.message().contains("gzip header is damaged"), f.message());
    }

    @Test
    void aPageWithADamagedGzipHeaderSaysWhy() {
        Failure f = onlyFailure("page.html.gz");
        assertTrue(f.message().contains("gzip header is damaged"), f.message());
    }

    private static Failure onlyFailure(String name) {
        CollectingSink sink = new CollectingSink();
        new InputReader(ReadLimits.DEFAULT, InputStream.nullInputStream()).readFile(InputFile.ofBytes(name, DAMAGED_HEADER), sink);
        assertEquals(List.of(), sink.accepted);
        assertEquals(1, sink.failed.size(), sink.failed.toString());
        return sink.failed.get(0);
    }
}
