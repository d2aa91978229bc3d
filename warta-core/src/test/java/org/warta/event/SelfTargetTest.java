package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.warta.model.Event;

/** An actor does not act on its own bare country: that target is a slip of the parse. */
class SelfTargetTest {
    private static Event event(Event.Actor source, Event.Actor target) {
        return new Event(0, 10, source, target, "040", "04", 1, 1.0, "2025-03-04", null, "met",
                Event.Status.ASSERTED, null, 0.8, -1, false);
    }

    @Test
    void theSourcesOwnCountryIsNoTarget() {
        Event.Actor trump = new Event.Actor("USAGOV", "Donald Trump", "USA", "GOV", "person/donald-trump");
        Event.Actor us = new Event.Actor("USA", "US", "USA", null, null);
        Event e = ArticleEvents.withoutSelfTarget(event(trump, us));
        assertEquals("USAGOV", e.actor1().code());
        assertNull(e.actor2());
    }

    @Test
    void anotherCountryOrASectorStays() {
        Event.Actor trump = new Event.Actor("USAGOV", "Donald Trump", "USA", "GOV", "person/donald-trump");
        Event other = event(trump, new Event.Actor("JPN", "Japan", "JPN", null, null));
        assertSame(other, ArticleEvents.withoutSelfTarget(other));
        Event congress = event(trump, new Event.Actor("USALEG", "Congress", "USA", "LEG", null));
        assertSame(congress, ArticleEvents.withoutSelfTarget(congress));
    }
}
