package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Hints;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.model.TimeExpression;

class NewsScoreTest {
    private static final String INPUT = """
            Skip to content
            Search
            Ministers meet in Hanoi
            The foreign ministers of Vietnam and Laos met in Hanoi on Tuesday, 11 March 2025, to discuss shipping.
            Search
            Foreign Minister Bui Thanh Son said new rules would follow.
            Photo: a cargo boat on the Mekong (Reuters)
            Read more: Floods close schools""";

    private static final NewsGold GOLD = new NewsGold("t", "https://example.org/t", "en", "s", null,
            List.of("Bùi Thanh Sơn", "Thongsavanh Phomvihane"), List.of("VNM", "LAO"),
            List.of(new NewsGold.GoldDate("11 March 2025", "XXXX-03-11"),
                    new NewsGold.GoldDate("Tuesday", "2025-03-11")),
            List.of(new NewsGold.GoldEvent("VNMGOV", "LAOGOV", "04", "met"),
                    new NewsGold.GoldEvent("VNMGOV", null, "01", "said")),
            List.of("Skip to content", "Search", "Read more: Floods close schools"),
            List.of("Photo: a cargo boat on the Mekong (Reuters)"));

    /** What a pipeline might make of the input: the first "Search" joined to the title, the last line dropped. */
    private static Article article() {
        String text = "Search Ministers meet in Hanoi\n"
                + "The foreign ministers of Vietnam and Laos met in Hanoi on Tuesday , 11 March 2025, to discuss shipping.\n"
                + "Foreign Minister Bui Thanh Son said new rules would follow.";
        int date = text.indexOf("11 March");
        int tuesday = text.indexOf("Tuesday");
        int son = text.indexOf("Bui");
        Event.Actor vietnam = new Event.Actor("VNMGOV", "Vietnam", "VNM", "GOV", null);
        Event.Actor laos = new Event.Actor("LAOGOV", "Laos", "LAO", "GOV", null);
        Event met = new Event(0, 10, laos, vietnam, "040", "04", 1, 1.0, null, null, "met",
                Event.Status.ASSERTED, null, 1.0, -1, true);
        Event hoped = new Event(0, 10, vietnam, null, "020", "02", 1, 3.0, null, null, "said",
                Event.Status.ASSERTED, null, 1.0, -1, false);
        Event denied = new Event(0, 10, vietnam, null, "010", "01", 1, 0.0, null, null, "said",
                Event.Status.NEGATED, null, 1.0, -1, false);
        return Article.of(new RawDocument(INPUT, RawDocument.TEXT, new Source(null, null, "text", null), Hints.NONE))
                .toBuilder()
                .metadata(new Metadata(null, false, "2025-03-11", null, null, null, null))
                .text(text)
                .language(new LanguageGuess("en", 1.0, "test", Map.of()))
                .times(List.of(new TimeExpression(date, date + 13, "11 March 2025", "2025-03-11", "DATE"),
                        new TimeExpression(tuesday, tuesday + 7, "Tuesday", "XXXX-WXX-2", "DATE")))
                .entities(List.of(new Entity(son, son + 13, "Bui Thanh Son", Entity.Type.PERSON, null, null,
                                null, "VNM", 1.0),
                        new Entity(0, 6, "Vietnam", Entity.Type.GPE, "Vietnam", null, null, "VNM", 1.0),
                        new Entity(0, 6, "Hanoi", Entity.Type.GPE, "Hanoi", null, null, "VNM", 1.0)))
                .events(List.of(met, hoped, denied)).layer(Layer.EVENTS)
                .build();
    }

    @Test
    void scoresEachMeasureAsTheDataSetSays() {
        List<String> notes = new ArrayList<>();
        NewsTally t = NewsScore.score(GOLD, INPUT, article(), notes);
        assertEquals(1, t.langRight);
        assertEquals(3, t.boilerplateLines, "a repeated line counts once; captions are neither kind");
        assertEquals(2, t.boilerplateOut, "'Search' joined to the next line is kept; the others are out");
        assertEquals(3, t.articleLines, "title and two body lines");
        assertEquals(0, t.articleOut, "a slip repaired inside a line is no removal");
        assertEquals(2, t.dates);
        assertEquals(2, t.datesFound);
        assertEquals(1, t.datesRight, "an XXXX year matches any year; an unresolved weekday is no value");
        assertEquals(1, t.persons.tp, "surnames folded: Sơn = Son");
        assertEquals(1, t.persons.fn);
        assertEquals(1, t.countries.tp);
        assertEquals(1, t.countries.fn, "Laos is not named as a place");
        assertEquals(1, t.events.tp, "a mutual event matches the gold in the other direction");
        assertEquals(1, t.events.fp, "a negated event is not counted; the coded appeal is extra");
        assertEquals(1, t.events.fn);
        assertTrue(notes.contains("boilerplate kept: Search"), notes.toString());
        assertTrue(notes.contains("person missed: phomvihane"), notes.toString());
    }

    @Test
    void aDateWhoseLineWasTakenOutCountsThroughThePublicationDate() {
        NewsGold gold = new NewsGold("t", null, "en", null, null, List.of(), List.of(),
                List.of(new NewsGold.GoldDate("Posted 11 March 2025", "2025-03-11")), List.of(), List.of(), List.of());
        NewsTally t = NewsScore.score(gold, INPUT, article(), new ArrayList<>());
        assertEquals(1, t.datesRight);
    }

    @Test
    void valuesMatchOnTheDayAndAnyYearWhereTheGoldHasNone() {
        assertTrue(NewsScore.valueMatches("2025-05-07", "2025-05-07T08:14"));
        assertTrue(NewsScore.valueMatches("XXXX-05-07", "2024-05-07"));
        assertTrue(NewsScore.valueMatches("2025-10-14T00:50", "2025-10-14T00:50+07:00"));
        assertFalse(NewsScore.valueMatches("2025-10-14T00:50", "2025-10-14T00:55"));
        assertFalse(NewsScore.valueMatches("2025-05-07", "XXXX-05-07"));
        assertFalse(NewsScore.valueMatches("2025-05", "2025-05-07"));
    }

    @Test
    void surnamesMeetAcrossScripts() {
        assertEquals("lavrov", NewsScore.surname("Сергей Лавров"));
        assertEquals("lavrov", NewsScore.surname("Sergey Lavrov (politician)"));
        assertEquals("son", NewsScore.surname("Bùi Thanh Sơn"));
    }

    @Test
    void pairwiseF1CountsPairsPutTogether() {
        Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
        double[] alone = PairwiseF1.score(truth, Map.of("a", "a", "b", "b", "c", "c", "d", "d"));
        assertEquals(0.0, alone[2]);
        double[] half = PairwiseF1.score(truth, Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
        assertEquals(0.5, half[0], 1e-9, "a-b right, c-d wrong");
        assertEquals(1.0 / 3, half[1], 1e-9, "one of the three true pairs");
    }
}
