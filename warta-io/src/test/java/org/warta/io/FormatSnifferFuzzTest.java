package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.junit.jupiter.api.Timeout;

/** The format sniffer names one of the known formats for any name and any first bytes. */
class FormatSnifferFuzzTest {
    private static final Set<String> FORMATS = Set.of(FormatSniffer.TEXT, FormatSniffer.JSONL, FormatSniffer.HTML,
            FormatSniffer.WARC, FormatSniffer.FEED);
    private static final String[] NAMES = {"-", "page.html", "items.jsonl", "crawl.warc.gz", "news.rss", "story.txt.gz",
        "story"};

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void sniff(byte[] bytes) throws Exception {
        for (String name : NAMES) {
            String format = FormatSniffer.sniff(InputFile.ofBytes(name, bytes));
            assertTrue(FORMATS.contains(format), "unknown format " + format);
            assertEquals(format, FormatSniffer.sniff(InputFile.ofBytes(name, bytes)), "sniffing is not repeatable");
        }
    }
}
