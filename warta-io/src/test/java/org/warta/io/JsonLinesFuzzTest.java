package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Timeout;

/** JSON Lines on arbitrary bytes, plain or gzipped: every line that is not blank gives exactly one outcome. */
class JsonLinesFuzzTest {
    private static final JsonLinesReader READER = new JsonLinesReader(ReadLimits.DEFAULT);

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void jsonLines(byte[] bytes) {
        ContractSink sink = ContractSink.read(READER, bytes);
        byte[] content = bytes;
        if (Streams.gzipMagic(bytes)) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                content = in.readAllBytes();
            } catch (IOException e) {
                // Damaged gzip: what was inflated before the damage is read, and the damage is reported.
                assertTrue(sink.outcomes() >= 1, "a damaged compressed file is reported");
                return;
            }
        }
        assertEquals(linesWithContent(content), sink.outcomes(), "one outcome for each line with content");
    }

    private static long linesWithContent(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
