package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Event;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** Reading UniversalPetrarch's gold files and comparing coded events with them. */
class EventEvalTest {
    private static final String PETRARCH = "events/universal-petrarch/";

    private static Path gold(String file) {
        return Shared.path(PETRARCH + file);
    }

    /** Records written for the tests in UniversalPetrarch's layout, English and Spanish style. */
    private static Path own() throws URISyntaxException {
        return Path.of(EventEvalTest.class.getResource("petrarch/validation-sample.xml").toURI());
    }

    @Test
    void readsRecordsOfBothLayoutsAsValidationPyDoes() throws Exception {
        List<EventGold> records = EventGold.read(own());
        assertEquals(5, records.size());
        EventGold first = records.get(0);
        assertEquals("WARTA_CALL_1", first.id());
        assertEquals("2025-02-12", first.isoDate());
        assertEquals(List.of(new EventGold.Coding("041", "RUSGOV", "USAGOV")), first.codings());
        assertEquals("Russian Foreign Minister Sergei Lavrov spoke by telephone with US Secretary of State Marco Rubio "
                + "on Wednesday.", first.text(), "lines joined, the parse left out");
        assertTrue(records.get(1).noEvents() && records.get(1).scored());
        EventGold two = records.get(2);
        assertEquals(List.of(new EventGold.Coding("1124", "IDNGOV", "---"), new EventGold.Coding("18/19/20", "---REB", "IDNMIL")),
                two.codings(), "an agent with no actor (~) is ---");
        assertEquals("Jakarta accused \"unnamed groups\" of stirring unrest after rebels attacked an army post & a police "
                + "station.", two.text());
        assertFalse(records.get(3).scored(), "marked evaluate=false");
        EventGold spanish = records.get(4);
        assertEquals("nota_0005_1", spanish.id());
        assertTrue(spanish.text().startsWith("Rebeldes atacaron"), "the record id prefix is no news text: " + spanish.text());
        assertEquals("190_use_conventional_military_force", spanish.codings().get(0).eventCode());
        assertEquals(4, records.stream().filter(EventGold::scored).count());
    }

    private static Event event(String code, Event.Actor a1, Event.Actor a2) {
        return new Event(0, 1, a1, a2, code, code.substring(0, 2), 4, -10, null, null, "x", Event.Status.ASSERTED, null, 0.5);
    }

    private static Event.Actor actor(String code, String country, String role) {
        return new Event.Actor(code, code, country, role, null);
    }

    @Test
    void commandScoresTheFileItIsGiven() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "events", "--dataset", own().toString());
        } finally {
            System.setOut(saved);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, status, out);
        // four scored records; five gold events, the record with no events counting as one
        assertTrue(out.matches("(?s).*\\nvalidation-sample\\.xml +4 +5 +\\d+ +\\d+ +\\d+ +\\d+\\.\\d% +\\d+\\.\\d%\\n.*"), out);
        assertTrue(out.contains("published: UniversalPetrarch"), out);
    }

    @Test
    @SharedData(PETRARCH + "PETR2_GSR_validation.xml")
    void readsTheEnglishFileAsValidationPyDoes() throws Exception {
        List<EventGold> records = EventGold.read(gold("PETR2_GSR_validation.xml"));
        assertEquals(78, records.size());
        EventGold first = records.get(0);
        assertEquals("AFP0808020625_4", first.id());
        assertEquals("2008-08-04", first.isoDate());
        assertEquals(List.of(new EventGold.Coding("042", "USA", "CHN")), first.codings());
        assertTrue(first.text().startsWith("The stopover came as the US leader prepared"), first.text());
        assertFalse(first.text().contains("\n"));
        assertEquals(12, records.stream().filter(EventGold::noEvents).count());
        assertEquals(92, records.stream().mapToInt(r -> r.noEvents() ? 1 : r.codings().size()).sum());
    }

    @Test
    @SharedData(PETRARCH + "spanish_fight_reduced_181227v2_validation.xml")
    void spanishRecordsLoseTheirStoryIdPrefix() throws Exception {
        List<EventGold> records = EventGold.read(gold("spanish_fight_reduced_181227v2_validation.xml"));
        assertTrue(records.get(0).text().startsWith("Guerrilleros del Frente 13"), records.get(0).text());
        assertEquals("190_use_conventional_military_force", records.get(1).codings().get(0).eventCode());
    }

    @Test
    void actorsAreComparedByCountryAndSector() {
        assertEquals(new EventMatch.Key("PSE", "CVL"), EventMatch.goldKey("PSEGZACVL"));
        assertEquals(new EventMatch.Key("IGO:UNO", "MIL"), EventMatch.goldKey("IGOUNOMIL"));
        assertEquals(new EventMatch.Key("IGO:EEC", null), EventMatch.goldKey("IGOEUREEC"));
        assertEquals(new EventMatch.Key(null, "REB"), EventMatch.goldKey("---REB"));
        assertEquals(EventMatch.Key.NONE, EventMatch.goldKey("---"));

        Event.Actor usaGov = actor("USAGOV", "USA", "GOV");
        assertTrue(EventMatch.actorMatches("USA", usaGov, false), "a sector the gold leaves out is no contradiction");
        assertFalse(EventMatch.actorMatches("USA", usaGov, true));
        assertFalse(EventMatch.actorMatches("RUSGOV", usaGov, false));
        assertFalse(EventMatch.actorMatches("USAMIL", usaGov, false));
        assertFalse(EventMatch.actorMatches("USAGOV", null, false), "a gold actor must be coded");
        assertTrue(EventMatch.actorMatches("---", null, true));
        assertTrue(EventMatch.actorMatches("---", usaGov, false));
        assertTrue(EventMatch.actorMatches("COLUAF", actor("UAF", null, "UAF"), false), "no country is no contradiction");
        assertTrue(EventMatch.actorMatches("IGOUNOMIL", actor("IGOUNOMIL", null, "MIL"), true));
    }

    @Test
    void eventCodesAreComparedAtTheGoldsPrecision() {
        assertTrue(EventMatch.codeMatches("190_use_conventional_military_force", "190", false));
        assertTrue(EventMatch.codeMatches("1124", "112", false));
        assertFalse(EventMatch.codeMatches("1124", "112", true));
        assertTrue(EventMatch.codeMatches("14", "141", false));
        assertTrue(EventMatch.codeMatches("18/19/20", "193", false));
        assertFalse(EventMatch.codeMatches("18/19/20", "173", false));
        assertTrue(EventMatch.codeMatches("081-083", "082", false));
        assertFalse(EventMatch.codeMatches("081-083", "084", false));
        assertFalse(EventMatch.codeMatches("", "010", false));
    }

    @Test
    void recordsAreScoredOneGoldEventPerCodedEvent() {
        EventGold two = new EventGold("r", null, true, false, List.of(new EventGold.Coding("040", "USA", "CHE"),
                new EventGold.Coding("040", "RUS", "CHE")), "t");
        Event usToSwiss = event("040", actor("USAGOV", "USA", "GOV"), actor("CHE", "CHE", null));
        assertArrayEquals(new int[] {1, 1, 1}, EvalEventsCommand.score(two, List.of(usToSwiss, usToSwiss), false, true),
                "the same gold event is not matched twice");
        EventGold none = new EventGold("n", null, true, true, List.of(), "t");
        assertArrayEquals(new int[] {1, 0, 0}, EvalEventsCommand.score(none, List.of(), false, true));
        assertArrayEquals(new int[] {0, 1, 1}, EvalEventsCommand.score(none, List.of(usToSwiss), false, true));
    }

    @Test
    void codedEventsAreAssignedSoThatMostMatch() {
        // the first coded event fits both gold events; first come, first served would give it the one the second needs
        EventGold gold = new EventGold("r", null, true, false, List.of(new EventGold.Coding("190", "---", "---"),
                new EventGold.Coding("190", "ISR", "---")), "t");
        Event israel = event("190", actor("ISRMIL", "ISR", "MIL"), null);
        Event gaza = event("190", actor("PSE", "PSE", null), null);
        assertArrayEquals(new int[] {2, 0, 0}, EvalEventsCommand.score(gold, List.of(israel, gaza), false, true));
    }

    @Test
    void aMutualEventHoldsBothWaysButIsOneEvent() {
        Event.Actor us = actor("USAGOV", "USA", "GOV");
        Event.Actor lebanon = actor("LBNGOV", "LBN", "GOV");
        Event talks = new Event(0, 1, us, lebanon, "046", "04", 1, 7, null, null, "held talks", Event.Status.ASSERTED,
                null, 0.9, -1, true);
        EventGold both = new EventGold("r", null, true, false, List.of(new EventGold.Coding("046", "USA", "LBN"),
                new EventGold.Coding("046", "LBN", "USA")), "t");
        assertArrayEquals(new int[] {2, 0, 0}, EvalEventsCommand.score(both, List.of(talks), false, true));
        EventGold other = new EventGold("r", null, true, false, List.of(new EventGold.Coding("046", "FRA", "DEU")), "t");
        assertArrayEquals(new int[] {0, 1, 1}, EvalEventsCommand.score(other, List.of(talks), false, true),
                "unmatched, it is one extra event, not two");
    }
}
