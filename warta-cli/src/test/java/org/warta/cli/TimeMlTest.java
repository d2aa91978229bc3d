package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class TimeMlTest {
    private static final String TBAQ = "time/tempeval3-tbaq";

    private static Path tbaq() {
        return Shared.path(TBAQ);
    }

    /** Two documents written for the tests, in TempEval-3's layout (timeml/TimeBank, timeml/AQUAINT). */
    private static Path own() throws URISyntaxException {
        return Path.of(TimeMlTest.class.getResource("timeml").toURI());
    }

    @Test
    void readsTheDctTheTextAndTheGoldSpansOfEveryType() throws Exception {
        TimeMl doc = TimeMl.read(own().resolve("TimeBank/warta_port_strike.tml"));
        assertEquals(LocalDate.of(2025, 2, 13), doc.dct());
        assertEquals(8, doc.timexes().size(), "the DCT is not one of the text's expressions");
        for (TimeMl.Timex t : doc.timexes()) {
            assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
        }
        assertEquals(List.of("today=DATE:2025-02-13", "three days=DURATION:P3D", "late on Wednesday=DATE:2025-02-12",
                "this year=DATE:2025", "2026=DATE:2026", "6 a.m. Monday=TIME:2025-02-10T06:00",
                "in the coming days=DATE:FUTURE_REF", "every week=SET:P1W"),
                doc.timexes().stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList());
        assertTrue(doc.text().contains("Dock workers at the northern port returned to work today after a strike"),
                "event tags leave their words in the text: " + doc.text());
        assertTrue(doc.text().contains("Freight rates & insurance"), "entities are decoded");
        assertFalse(doc.text().contains("Dock workers end strike"), "the title is not the text");
        assertEquals(LocalDate.of(2024, 11, 4), TimeMl.read(own().resolve("AQUAINT/warta_rain_season.tml")).dct());
    }

    @Test
    void findsEveryDocumentOfADataSetInPathOrder() throws Exception {
        Path root = own();
        assertEquals(List.of("AQUAINT/warta_rain_season.tml", "TimeBank/warta_port_strike.tml"),
                TimeMl.files(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList());
    }

    @Test
    void evalTimeScoresAFolderOfDocuments() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "time", "--dataset", own().toString());
        } finally {
            System.setOut(saved);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, status, out);
        assertTrue(out.contains("documents           2, gold expressions 10"), out);
        for (String measure : List.of("strict detection    P ", "relaxed detection   P ", "value accuracy ", "HeidelTime")) {
            assertTrue(out.contains(measure), measure + " in " + out);
        }
    }

    @Test
    @SharedData(TBAQ)
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
    @SharedData(TBAQ)
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
