package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a JSON Lines record's fields may hold: the text is a string or the record is refused, saying why. */
class JsonLinesFieldsTest {
    @TempDir
    Path dir;

    private CollectingSink read(String... lines) throws IOException {
        Path f = dir.resolve("records.jsonl");
        Files.writeString(f, String.join("\n", lines));
        return CollectingSink.read(f);
    }

    @Test
    void aTextThatIsNotAStringIsABadRecordNamingTheField() throws IOException {
        CollectingSink c = read(
                "{\"id\":\"n\",\"text\":42}",
                "{\"id\":\"o\",\"text\":{\"body\":\"Berita\"}}",
                "{\"id\":\"a\",\"text\":[\"Berita\"]}",
                "{\"id\":\"b\",\"text\":true}",
                "{\"id\":\"h\",\"html\":7}",
                "{\"id\":\"ok\",\"text\":\"Presiden tiba di Hanoi.\"}");
        assertEquals(1, c.accepted.size());
        assertEquals("ok", c.accepted.get(0).hints().id());
        assertEquals(5, c.failed.size(), c.failed.toString());
        for (Failure f : c.failed) {
            assertEquals("bad-record", f.reason(), f.toString());
        }
        assertTrue(c.failed.get(0).message().contains("\"text\"") && c.failed.get(0).message().contains("number"),
                c.failed.get(0).message());
        assertTrue(c.failed.get(4).message().contains("\"html\""), c.failed.get(4).message());
        assertEquals("line 1", c.failed.get(0).source().record());
    }

    @Test
    void aNullTextIsMissingNotBad() throws IOException {
        CollectingSink c = read("{\"id\":\"x\",\"text\":null}");
        assertNotNull(c.failure("missing-text"));
    }

    @Test
    void scalarDetailsAreKeptAsTextAndListsOfNamesAreJoined() throws IOException {
        CollectingSink c = read("{\"id\":1234,\"text\":\"Berita.\",\"author\":[\"Ani\",\"Budi\"],\"published\":\"2025-02-12\"}");
        assertEquals(List.of(), c.failed);
        assertEquals("1234", c.accepted.get(0).hints().id());
        assertEquals("Ani, Budi", c.accepted.get(0).hints().author());
    }

    @Test
    void anObjectWhereADetailBelongsIsABadRecord() throws IOException {
        CollectingSink c = read("{\"text\":\"Berita.\",\"title\":{\"id\":\"Judul\"}}");
        Failure f = c.failure("bad-record");
        assertNotNull(f, c.failed.toString());
        assertTrue(f.message().contains("\"title\""), f.message());
    }

    @Test
    void twoRecordsRunTogetherOnOneLineAreReportedNotHalfRead() throws IOException {
        CollectingSink c = read("{\"text\":\"Berita pertama.\"} {\"text\":\"Berita kedua.\"}", "{\"text\":\"Berita ketiga.\"}");
        assertEquals(1, c.accepted.size());
        Failure f = c.failure("bad-json");
        assertNotNull(f, c.failed.toString());
        assertTrue(f.message().contains("more than one JSON value"), f.message());
    }

    @Test
    void everyKindOfLineBreakEndsARecord() throws IOException {
        CollectingSink c = read("{\"id\":\"a\",\"text\":\"Satu.\"}\r{\"id\":\"b\",\"text\":\"Dua.\"}\r\n"
                + "{\"id\":\"c\",\"text\":\"Tiga.\"}\n\r\n{\"id\":\"d\",\"text\":\"Empat.\"}");
        assertEquals(List.of(), c.failed);
        assertEquals(List.of("a", "b", "c", "d"), c.accepted.stream().map(d -> d.hints().id()).toList());
        assertEquals("line 5", c.accepted.get(3).source().record());
    }
}
