package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Archives that hold nothing usable still say so: no input vanishes without a reason. */
class WarcDamageTest {
    private static final WarcFileReader READER = new WarcFileReader(ReadLimits.DEFAULT);

    @Test
    void anEmptyArchiveIsReported() {
        CollectingSink sink = read(new byte[0]);
        assertEquals(List.of("empty"), sink.failed.stream().map(Failure::reason).toList());
    }

    @Test
    void anEmptyFileNamedWarcIsReportedThroughTheInputReader() throws Exception {
        Path file = Files.createTempFile("empty", ".warc");
        try {
            CollectingSink sink = CollectingSink.read(file);
            assertEquals(1, sink.failed.size() + sink.skipped.size() + sink.accepted.size());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aRecordOfAnUnknownTypeIsSkippedUnderOneReason() {
        String warc = record("request", "GET / HTTP/1.1\r\n\r\n") + record("reWARC/1e: 2025-03-03T10:00:00Z", "<p>x</p>")
                + record("Made Up", "<p>y</p>");
        CollectingSink sink = read(warc.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("warc-request", "warc-other", "warc-other"),
                sink.skipped.stream().map(Failure::reason).toList());
        assertTrue(sink.skipped.get(2).message().contains("Made Up"), sink.skipped.get(2).message());
    }

    private static String record(String type, String block) {
        return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2025-03-03T10:00:00Z\r\nContent-Length: " + block.length() + "\r\n\r\n" + block + "\r\n\r\n";
    }

    private static CollectingSink read(byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        try {
            READER.read(InputFile.ofBytes("test.warc", bytes), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
