package org.warta.io.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.cameo.CameoCodes;
import org.warta.model.Article;
import org.warta.model.Event;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class GdeltFormatTest {
    private static Path cameo(String file) {
        return Shared.path("cameo/" + file);
    }

    /** Positions from the GDELT 2.0 Event codebook, and the actor and place blocks that repeat one another. */
    @Test
    void columnModelHasTheCodebooksLandmarksAndRepeatedBlocks() {
        List<String> names = Arrays.stream(GdeltColumn.values()).map(Enum::name).toList();
        assertEquals(61, names.size());
        Map<String, Integer> landmarks = Map.ofEntries(Map.entry("GLOBALEVENTID", 0), Map.entry("SQLDATE", 1),
                Map.entry("FractionDate", 4), Map.entry("Actor1Code", 5), Map.entry("Actor1Type3Code", 14),
                Map.entry("Actor2Code", 15), Map.entry("IsRootEvent", 25), Map.entry("EventCode", 26),
                Map.entry("EventRootCode", 28), Map.entry("QuadClass", 29), Map.entry("GoldsteinScale", 30),
                Map.entry("AvgTone", 34), Map.entry("Actor1Geo_Type", 35), Map.entry("Actor2Geo_Type", 43),
                Map.entry("ActionGeo_Type", 51), Map.entry("ActionGeo_FeatureID", 58), Map.entry("DATEADDED", 59),
                Map.entry("SOURCEURL", 60));
        landmarks.forEach((name, at) -> assertEquals(name, names.get(at), "column " + at));
        for (int i = 5; i < 15; i++) {
            assertEquals(names.get(i).replace("Actor1", "Actor2"), names.get(i + 10));
        }
        for (int i = 35; i < 43; i++) {
            assertEquals(names.get(i).replace("Actor1Geo", "Actor2Geo"), names.get(i + 8));
            assertEquals(names.get(i).replace("Actor1Geo", "ActionGeo"), names.get(i + 16));
        }
    }

    @Test
    void rowsOfEveryShapeParseAndWriteBack() throws Exception {
        assertRowsParseWithTheSameModel(Path.of(GdeltFormatTest.class.getResource("/org/warta/io/gdelt/events-rows.tsv").toURI()), 3);
    }

    @Test
    @SharedData("cameo/gdelt2-event-columns.txt")
    void columnModelIsGdelt2Order() throws Exception {
        List<String> names = Files.readAllLines(cameo("gdelt2-event-columns.txt")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        assertEquals(names, Arrays.stream(GdeltColumn.values()).map(Enum::name).toList());
    }

    @Test
    @SharedData("cameo/gdelt2-events-sample.tsv")
    void realGdeltRowsParseWithTheSameModel() throws Exception {
        assertRowsParseWithTheSameModel(cameo("gdelt2-events-sample.tsv"), 50);
    }

    private static void assertRowsParseWithTheSameModel(Path file, int rows) throws Exception {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(rows, lines.size());
        for (String line : lines) {
            GdeltRow row = GdeltRow.parse(line);
            assertEquals(line, row.toLine(), "a parsed row writes back byte for byte");
            String code = row.get(GdeltColumn.EventCode);
            CameoCodes.EventCode known = CameoCodes.event(code).orElseThrow(() -> new AssertionError("unknown CAMEO code " + code));
            assertEquals(known.root(), row.get(GdeltColumn.EventRootCode), line);
            assertEquals(String.valueOf(known.quadClass()), row.get(GdeltColumn.QuadClass), line);
            assertTrue(row.get(GdeltColumn.SQLDATE).matches("\\d{8}"));
            assertTrue(row.get(GdeltColumn.SOURCEURL).startsWith("http"));
        }
    }

    @Test
    void shortRowsAreRefusedWithTheFieldCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GdeltRow.parse("1\t2\t3"));
        assertTrue(e.getMessage().contains("61") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void wartaEventsBecomeRowsOfTheSameShape() {
        String text = "Russian Foreign Minister Sergei Lavrov spoke by phone with US Secretary of State Marco Rubio.\n\nMore text.";
        CameoCodes.EventCode call = CameoCodes.event("041").orElseThrow();
        Event event = new Event(0, 94, new Event.Actor("RUSGOV", "Sergei Lavrov", "RUS", "GOV", null),
                new Event.Actor("USAGOV", "Marco Rubio", "USA", "GOV", null), "041", "04", call.quadClass(),
                call.goldstein(), "2025-02-18", null, "spoke by phone", Event.Status.ASSERTED, null, 0.9);
        Article a = Article.of(new RawDocument(text, RawDocument.TEXT, new Source(null, "https://example.org/a", "text", null), null))
                .toBuilder().text(text).metadata(Metadata.EMPTY.withPublished("2025-02-19"))
                .events(List.of(event)).layer(Layer.TEXT).layer(Layer.EVENTS).build();
        List<GdeltRow> rows = new GdeltExport(LocalDateTime.of(2025, 2, 19, 8, 0)).rows(a);
        assertEquals(1, rows.size());
        GdeltRow parsed = GdeltRow.parse(rows.get(0).toLine());
        assertEquals("20250218", parsed.get(GdeltColumn.SQLDATE));
        assertEquals("202502", parsed.get(GdeltColumn.MonthYear));
        assertEquals("RUSGOV", parsed.get(GdeltColumn.Actor1Code));
        assertEquals("RUS", parsed.get(GdeltColumn.Actor1CountryCode));
        assertEquals("GOV", parsed.get(GdeltColumn.Actor1Type1Code));
        assertEquals("USA", parsed.get(GdeltColumn.Actor2CountryCode));
        assertEquals("041", parsed.get(GdeltColumn.EventCode));
        assertEquals("04", parsed.get(GdeltColumn.EventRootCode));
        assertEquals("1", parsed.get(GdeltColumn.IsRootEvent));
        assertEquals("20250219080000", parsed.get(GdeltColumn.DATEADDED));
        assertEquals("https://example.org/a", parsed.get(GdeltColumn.SOURCEURL));
        assertEquals("", parsed.get(GdeltColumn.AvgTone));
    }

    @Test
    void negatedAndHypotheticalEventsAreNotExported() {
        String text = "Israel did not attack Gaza.";
        CameoCodes.EventCode attack = CameoCodes.event("190").orElseThrow();
        Event negated = new Event(0, text.length(), new Event.Actor("ISR", "Israel", "ISR", null, null),
                new Event.Actor("PSE", "Gaza", "PSE", null, null), "190", "19", attack.quadClass(), attack.goldstein(),
                null, null, "attack", Event.Status.NEGATED, null, 0.8);
        Event done = new Event(0, text.length(), negated.actor1(), negated.actor2(), "190", "19", attack.quadClass(),
                attack.goldstein(), null, null, "attack", Event.Status.ASSERTED, null, 0.8);
        Article a = Article.of(RawDocument.ofText(text)).toBuilder().text(text).events(List.of(negated, done))
                .layer(Layer.TEXT).layer(Layer.EVENTS).build();
        List<GdeltRow> rows = new GdeltExport(LocalDateTime.of(2025, 2, 19, 8, 0)).rows(a);
        assertEquals(1, rows.size(), "only the asserted event is a GDELT row");
        assertEquals(String.valueOf(GdeltExport.eventId(a.id(), "1")), rows.get(0).get(GdeltColumn.GLOBALEVENTID),
                "the id keeps the event's position in the article");
    }

    @Test
    void aMutualEventIsARowInEachDirection() {
        String text = "Lavrov and Rubio spoke by telephone.";
        CameoCodes.EventCode call = CameoCodes.event("041").orElseThrow();
        Event.Actor lavrov = new Event.Actor("RUSGOV", "Sergei Lavrov", "RUS", "GOV", null);
        Event.Actor rubio = new Event.Actor("USAGOV", "Marco Rubio", "USA", "GOV", null);
        Event mutual = new Event(0, text.length(), lavrov, rubio, "041", "04", call.quadClass(), call.goldstein(),
                "2025-02-12", null, "spoke by telephone", Event.Status.ASSERTED, null, 0.9, -1, true);
        Article a = Article.of(RawDocument.ofText(text)).toBuilder().text(text).events(List.of(mutual))
                .layer(Layer.TEXT).layer(Layer.EVENTS).build();
        List<GdeltRow> rows = new GdeltExport(LocalDateTime.of(2025, 2, 19, 8, 0)).rows(a);
        assertEquals(2, rows.size());
        assertEquals("RUS", rows.get(0).get(GdeltColumn.Actor1CountryCode));
        assertEquals("USA", rows.get(0).get(GdeltColumn.Actor2CountryCode));
        assertEquals("USA", rows.get(1).get(GdeltColumn.Actor1CountryCode));
        assertEquals("RUS", rows.get(1).get(GdeltColumn.Actor2CountryCode));
        assertEquals("041", rows.get(1).get(GdeltColumn.EventCode));
        assertNotEquals(rows.get(0).get(GdeltColumn.GLOBALEVENTID), rows.get(1).get(GdeltColumn.GLOBALEVENTID));
    }

    @Test
    void anEventDatedOnlyByItsYearTakesTheReferenceDateWhenTheArticleHasNone() {
        String text = "The Obama administration tightened the rules in 2016.";
        CameoCodes.EventCode sanction = CameoCodes.event("172").orElseThrow();
        Event e = new Event(0, text.length(), new Event.Actor("USAGOV", "Barack Obama", "USA", "GOV", null),
                new Event.Actor("RUSGOV", "Russia", "RUS", "GOV", null), "172", "17", sanction.quadClass(),
                sanction.goldstein(), "2016", null, "tightened", Event.Status.ASSERTED, null, 0.8);
        Article a = Article.of(RawDocument.ofText(text)).toBuilder().text(text).events(List.of(e))
                .layer(Layer.TEXT).layer(Layer.EVENTS).build();
        LocalDateTime added = LocalDateTime.of(2025, 2, 19, 8, 0);
        assertEquals("", new GdeltExport(added).rows(a).get(0).get(GdeltColumn.SQLDATE), "a year names no day");
        assertEquals("20250214", new GdeltExport(added).withFallbackDate(java.time.LocalDate.of(2025, 2, 14)).rows(a)
                .get(0).get(GdeltColumn.SQLDATE));
    }
}
