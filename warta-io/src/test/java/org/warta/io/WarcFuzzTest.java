package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * WARC archives (plain or gzipped) on arbitrary bytes: every record read is an article, a skip or a failure with
 * its reason, damage is reported rather than thrown, and an archive always says something. The record limit is
 * small so that payloads over it are reached too.
 */
class WarcFuzzTest {
    private static final WarcFileReader READER = new WarcFileReader(new ReadLimits(256));

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void warc(byte[] bytes) {
        ContractSink sink = ContractSink.read(READER, bytes);
        assertTrue(sink.outcomes() >= 1, "an archive gave no outcome at all");
    }
}
