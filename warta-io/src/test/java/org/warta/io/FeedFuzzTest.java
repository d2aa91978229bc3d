package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** RSS, Atom and RDF feeds on arbitrary bytes: items become articles or skips, a broken feed is reported. */
class FeedFuzzTest {
    private static final FeedReader READER = new FeedReader(ReadLimits.DEFAULT);

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void feed(byte[] bytes) {
        ContractSink sink = ContractSink.read(READER, bytes);
        assertTrue(sink.outcomes() >= 1, "a feed gave no outcome at all");
    }
}
