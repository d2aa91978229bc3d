package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.cameo.ActorSectors;
import org.warta.model.Article;
import org.warta.model.Event;

/**
 * An article's events: a country that acts does so through the part of the state its act implies, and the same
 * event told again in the same article is one event.
 */
class ArticleEventsTest {
    private static List<String> coded(String language, String text) {
        return EventTestSupport.described(EventTestSupport.code(text, language, List.of()));
    }

    @Test
    void aCountryThatStrikesIsItsArmedForcesAndOneThatSpeaksItsGovernment() {
        assertEquals(List.of("190 INDMIL PAK ASSERTED"), coded("en", "India attacked Pakistan on Wednesday."));
        assertTrue(coded("en", "Pakistan condemned India.").contains("111 PAKGOV IND ASSERTED"));
        assertTrue(coded("en", "Turkey arrested dozens of journalists.").stream().anyMatch(e -> e.startsWith("173 TURCOP")));
    }

    @Test
    void actorsNamedTogetherOnAMutualActStayTheCountries() {
        List<String> events = coded("en", "India and Pakistan signed an agreement on Saturday.");
        assertEquals(List.of("057 IND PAK ASSERTED"), events);
    }

    @Test
    void theSameEventToldTwiceIsOneEvent() {
        Article a = EventTestSupport.code("India attacked Pakistan on Wednesday. Pakistan said India attacked Pakistan "
                + "with missiles. India attacked Pakistan, the army said.", "en", List.of());
        long strikes = a.events().stream().filter(e -> e.rootCode().equals("19") && e.status().happens()).count();
        assertEquals(1, strikes, EventTestSupport.described(a).toString());
    }

    @Test
    void anActWithOneSideUnnamedIsTheOneThatNamesBoth() {
        Article a = EventTestSupport.code("Russia attacked Ukraine on Monday. Russia attacked again overnight.",
                "en", List.of());
        assertEquals(List.of("190 RUSMIL UKR ASSERTED"), EventTestSupport.described(a));
    }

    @Test
    void differentPeopleMeetingAreDifferentEvents() {
        Event.Actor a = new Event.Actor("IDNGOV", "Budi", "IDN", "GOV", null);
        Event.Actor b = new Event.Actor("IDNGOV", "Siti", "IDN", "GOV", null);
        Event.Actor c = new Event.Actor("MYSGOV", "Anwar", "MYS", "GOV", null);
        Event first = new Event(0, 10, a, c, "040", "04", 1, 1.0, "2025-01-01", null, "met", Event.Status.ASSERTED, null,
                0.8, -1, true);
        Event second = new Event(11, 20, b, c, "040", "04", 1, 1.0, "2025-01-01", null, "met", Event.Status.ASSERTED,
                null, 0.8, -1, true);
        Event again = new Event(21, 30, c, a, "041", "04", 1, 1.0, "2025-01-01", null, "called",
                Event.Status.ASSERTED, null, 0.9, -1, true);
        List<Event> once = ArticleEvents.once(List.of(first, second, again));
        assertEquals(2, once.size(), once.toString());
        assertEquals("041", once.get(0).code(), "the best-supported mention tells the event");
    }

    @Test
    void theTableGivesASectorForEveryRootButProtestsAndAccusations() {
        ActorSectors sectors = ActorSectors.shipped();
        assertEquals("MIL", sectors.ofSource("195").orElseThrow());
        assertEquals("GOV", sectors.ofSource("010").orElseThrow());
        assertEquals("COP", sectors.ofSource("173").orElseThrow());
        assertEquals("GOV", sectors.ofSource("1724").orElseThrow(), "a state of emergency is declared by the government");
        assertTrue(sectors.ofSource("141").isEmpty());
        assertTrue(sectors.ofSource("112").isEmpty());
    }
}
