package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A query over coded events. An actor value matches a CAMEO actor code ("RUSGOV"), a country-aligned prefix of it
 * ("RUS"), the actor's country or its kb id.
 *
 * @param actor1        source actor, or null
 * @param actor2        target actor, or null
 * @param actor         either actor, or null
 * @param roots         CAMEO root codes ("04")
 * @param bothDirections count actor2 → actor1 as well as actor1 → actor2
 */
public record EventRequest(String actor1, String actor2, String actor, List<String> roots, LocalDate from,
                           LocalDate to, boolean bothDirections, int limit, String cursor) {
    public EventRequest {
        actor1 = blankToNull(actor1);
        actor2 = blankToNull(actor2);
        actor = blankToNull(actor);
        roots = roots == null ? List.of() : roots.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchRequest.MAX_LIMIT);
        }
    }

    private static String blankToNull(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        // CAMEO codes are upper case; kb ids (Q42) keep their case.
        return s.matches("[A-Za-z]{3,}") ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }
}
