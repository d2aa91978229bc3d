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
import org.junit.jupiter.api.Test;
import org.warta.cameo.CameoCodes;
import org.warta.model.Article;
import org.warta.model.Event;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Source;

class GdeltFormatTest {
    private static Path cameo(String file) {
        return Path.of(System.getProperty("warta.shared"), "cameo", file);
    }

    @Test
    void columnModelIsGdelt2Order() throws Exception {
        List<String> names = Files.readAllLines(cameo("gdelt2-event-columns.txt")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        assertEquals(names, Arrays.stream(GdeltColumn.values()).map(Enum::name).toList());
    }

    @Test
    void realGdeltRowsParseWithTheSameModel() throws Exception {
        List<String> lines = Files.readAllLines(cameo("gdelt2-events-sample.tsv")).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(50, lines.size());
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
