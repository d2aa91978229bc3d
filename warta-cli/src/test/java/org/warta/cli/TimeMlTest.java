package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlTest {
    private static Path tbaq() {
        return Path.of(System.getProperty("warta.shared", "../shared"), "time", "tempeval3-tbaq");
    }

    @Test
    void readsTheDctTheTextAndTheGoldSpans() throws IOException {
        TimeMl doc = TimeMl.read(tbaq().resolve("TimeBank/ABC19980108.1830.0711.tml"));
        assertEquals(LocalDate.of(1998, 1, 8), doc.dct());
        assertEquals(10, doc.timexes().size(), "the DCT is not one of the text's expressions");
        TimeMl.Timex t = doc.timexes().stream().filter(x -> x.text().equals("the last twenty four hours"))
                .findFirst().orElseThrow();
        assertEquals("the last twenty four hours", doc.text().substring(t.start(), t.end()));
        assertEquals("DURATION", t.type());
        assertEquals("P1D", t.value());
        assertTrue(doc.text().contains("In the last twenty four hours, the value of the Indonesian stock market"));
    }

    @Test
    void findsEveryDocumentOfTheDataSet() throws IOException {
        assertEquals(256, TimeMl.files(tbaq()).size());
    }

    @Test
    void entitiesAreDecodedWithoutShiftingSpans(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, "<?xml version=\"1.0\" ?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
                + "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT><TEXT>AT&amp;T said "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.</TEXT></TimeML>");
        TimeMl doc = TimeMl.read(f);
        assertEquals("AT&T said yesterday.", doc.text());
        assertEquals(10, doc.timexes().get(0).start());
    }
}
