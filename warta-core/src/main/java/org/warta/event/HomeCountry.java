package org.warta.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Entity;
import org.warta.model.Event;

/**
 * The country an article is about, and the actors that belong to it without saying so. News names the police, the
 * government, lawmakers or protesters of the country it reports on without naming the country again: "the police
 * arrested ..." in a story about Jakarta is Indonesia's police. The home country is the one the article's names
 * belong to most often, when one leads; an article that names two countries as often has none (who the police are is
 * then not known). Linear in the number of names.
 */
final class HomeCountry {
    /** Sectors of the state and society that act inside their own country. */
    private static final Set<String> DOMESTIC = Set.of("GOV", "COP", "LEG", "JUD", "MIL", "CVL", "OPP");

    private static final String PROTEST = "14";
    /**
     * Mentions at least of the leading country: a story about a country names it, its places or its people again and
     * again; one sentence that names a country once is not about it.
     */
    private static final int MIN_MENTIONS = 3;

    private HomeCountry() {
    }

    /** The country most of the entities belong to, or null when none leads the others. */
    static String of(List<Entity> entities) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            if (e.country() != null) {
                counts.merge(e.country(), 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > first) {
                second = first;
                first = c.getValue();
                best = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        return first >= MIN_MENTIONS && first > second ? best : null;
    }

    /**
     * The event with each actor that is only a domestic sector placed in the home country, and the protesters of a
     * protest told without them ("the protests spread to Surabaya") the home country's civilians.
     */
    static Event placed(Event e, String home) {
        if (home == null) {
            return e;
        }
        Event.Actor a1 = placed(protesters(e, home), home);
        Event.Actor a2 = placed(e.actor2(), home);
        if (a1 == e.actor1() && a2 == e.actor2()) {
            return e;
        }
        return new Event(e.start(), e.end(), a1, a2, e.code(), e.rootCode(), e.quadClass(), e.goldstein(), e.date(),
                e.place(), e.trigger(), e.status(), e.reportedBy(), e.confidence(), e.caption(), e.mutual());
    }

    /**
     * Who protests when the text names nobody: the home country's civilians, as CAMEO codes the people in the
     * street.
     */
    private static Event.Actor protesters(Event e, String home) {
        Event.Actor a = e.actor1();
        if (!PROTEST.equals(e.rootCode())) {
            return a;
        }
        return a == null ? new Event.Actor(home + "CVL", null, home, "CVL", null) : a;
    }

    private static Event.Actor placed(Event.Actor a, String home) {
        if (a == null || a.role() == null || a.country() != null || a.kbId() != null || a.code() == null
                || !DOMESTIC.contains(a.role()) || !a.code().startsWith(a.role())) {
            return a;
        }
        return new Event.Actor(home + a.code(), a.name(), home, a.role(), a.kbId());
    }
}
