package org.warta.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.cameo.ActorSectors;
import org.warta.model.Event;

/**
 * The events of one article as the article tells them, each once.
 * <ul>
 *   <li><b>Who acts for a country.</b> A source named only by its country ("India struck", "Islamabad said") acts
 *       through the part of the state that does such things: its armed forces strike, its government speaks
 *       ({@code cameo/actor-sectors.tsv}). Actors named together that act on each other ("India and Pakistan
 *       agreed") stay the countries.</li>
 *   <li><b>Told once.</b> News repeats its main event: the headline, the lead and a quote all say that India struck
 *       Pakistan. The same actors doing an act of the same CAMEO root on the same date (either way round when the act
 *       is mutual) are one event, told by its best-supported mention (the highest confidence, else the first). An
 *       event with one side unnamed ("India struck") is the same as one that names both, when the article has it,
 *       and one with no actor at all ("the protests spread") the same as one of its root with an actor.</li>
 * </ul>
 * Actors are the same when they link to the same knowledge-base entry, else when they have the same code and, for
 * an actor with a sector, the same name: two different presidents meeting two different ministers are two events.
 * Linear in the number of events.
 */
final class ArticleEvents {
    private static final ActorSectors SECTORS = ActorSectors.shipped();

    private ArticleEvents() {
    }

    /** The article's events, each once, in the order of their first mention. */
    static List<Event> once(List<Event> events) {
        return once(events, null);
    }

    /**
     * The article's events, each once, with an actor named only by its sector ("the police", "lawmakers",
     * "protesters") placed in {@code home}, the country the article is about, when it has one.
     */
    static List<Event> once(List<Event> events, String home) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event coded : events) {
            Event e = actingAs(withoutSelfTarget(HomeCountry.placed(coded, home)));
            String key = key(e);
            Event before = kept.get(key);
            if (before == null) {
                kept.put(key, e);
            } else {
                Event best = e.confidence() > before.confidence() ? e : before;
                Event other = best == e ? before : e;
                kept.put(key, merged(best, other));
            }
        }
        Set<String> named = new HashSet<>();
        for (Event e : kept.values()) {
            if (e.actor1() != null || e.actor2() != null) {
                named.add(side(e, null));
            }
            if (e.actor1() != null && e.actor2() != null) {
                named.add(side(e, true));
                named.add(side(e, false));
                if (e.mutual()) {
                    named.add(side(e.reversed(), true));
                    named.add(side(e.reversed(), false));
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : kept.values()) {
            boolean oneSided = e.actor1() == null ^ e.actor2() == null;
            if (oneSided && named.contains(side(e, e.actor1() != null))) {
                continue; // "India struck" where the article says "India struck Pakistan"
            }
            if (e.actor1() == null && e.actor2() == null && named.contains(side(e, null))) {
                continue; // "the protests" where the article says who protested
            }
            out.add(e);
        }
        return out;
    }

    /** The event with a source named only by its country given the sector its act implies. */
    static Event actingAs(Event e) {
        Event.Actor a = e.actor1();
        if (a == null || e.mutual() || !bareCountry(a)) {
            return e;
        }
        return SECTORS.ofSource(e.code())
                .map(sector -> new Event.Actor(a.code() + sector, a.name(), a.country(), sector, a.kbId()))
                .map(actor -> new Event(e.start(), e.end(), actor, e.actor2(), e.code(), e.rootCode(), e.quadClass(),
                        e.goldstein(), e.date(), e.place(), e.trigger(), e.status(), e.reportedBy(), e.confidence(),
                        e.caption(), e.mutual()))
                .orElse(e);
    }

    /**
     * The event without a target that is only the source's own country: "US President Trump met ..." read with "US"
     * as the one met is a slip of the parse, not the United States acting on itself.
     */
    static Event withoutSelfTarget(Event e) {
        Event.Actor a = e.actor1();
        Event.Actor b = e.actor2();
        if (a == null || b == null || a.role() == null || a.country() == null || !bareCountry(b)
                || !a.country().equals(b.country())) {
            return e;
        }
        return new Event(e.start(), e.end(), a, null, e.code(), e.rootCode(), e.quadClass(), e.goldstein(), e.date(),
                e.place(), e.trigger(), e.status(), e.reportedBy(), e.confidence(), e.caption(), false);
    }

    private static boolean bareCountry(Event.Actor a) {
        return a.role() == null && a.code() != null && a.code().equals(a.country());
    }

    /** Actors, root, date and whether it happens; a mutual event's actors in a fixed order. */
    private static String key(Event e) {
        String a = identity(e.actor1());
        String b = identity(e.actor2());
        if (e.mutual() && a.compareTo(b) > 0) {
            String swap = a;
            a = b;
            b = swap;
        }
        return a + "|" + b + "|" + e.rootCode() + "|" + e.date() + "|" + happening(e);
    }

    /**
     * One named side of an event, with its root, date and status: "IND as source of 19, happening"; with
     * {@code source} null, the root, date and status alone.
     */
    private static String side(Event e, Boolean source) {
        String who = source == null ? "any" : source ? "s:" + identity(e.actor1()) : "t:" + identity(e.actor2());
        return who + "|" + e.rootCode() + "|" + e.date() + "|" + happening(e);
    }

    private static String happening(Event e) {
        return e.status().happens() ? "happens" : e.status().name();
    }

    /** The knowledge-base entry; else the code, with the name when the actor has a sector ("Presiden Budi"). */
    private static String identity(Event.Actor a) {
        if (a == null) {
            return "-";
        }
        if (a.kbId() != null) {
            return a.kbId();
        }
        String code = a.code() == null ? "-" : a.code();
        return a.role() == null || a.name() == null ? code : code + "/" + a.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The best-supported mention, with what another mention of the same event adds: that it holds both ways, the
     * source it is reported by ("the caption shows the call; the ministry reported it").
     */
    private static Event merged(Event best, Event other) {
        boolean mutual = best.mutual() || other.mutual();
        String reportedBy = best.reportedBy() != null ? best.reportedBy() : other.reportedBy();
        if (mutual == best.mutual() && java.util.Objects.equals(reportedBy, best.reportedBy())) {
            return best;
        }
        return new Event(best.start(), best.end(), best.actor1(), best.actor2(), best.code(), best.rootCode(),
                best.quadClass(), best.goldstein(), best.date(), best.place(), best.trigger(), best.status(),
                reportedBy, best.confidence(), best.caption(), mutual);
    }
}
