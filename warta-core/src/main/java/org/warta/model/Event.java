package org.warta.model;

/**
 * A who-did-what-to-whom event coded in CAMEO.
 *
 * @param start       start of the evidence span (the supporting sentence) in the clean text
 * @param end         end of the evidence span
 * @param actor1      source actor
 * @param actor2      target actor, or null
 * @param code        CAMEO event code ("041")
 * @param rootCode    CAMEO root code ("04")
 * @param quadClass   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein   Goldstein scale value
 * @param date        TIMEX3 value of the governing time expression, else the publication date, or null
 * @param place       where it happened, as a kb id or name, or null
 * @param trigger     the words that carry the action
 * @param status      ASSERTED, NEGATED, HYPOTHETICAL or FUTURE
 * @param reportedBy  the quoting source ("Kremlin" in "Menurut Kremlin, ..."), or null
 * @param confidence  0..1
 */
public record Event(int start, int end, Actor actor1, Actor actor2, String code, String rootCode, int quadClass,
                    double goldstein, String date, String place, String trigger, Status status, String reportedBy,
                    double confidence) implements Span {
    public enum Status { ASSERTED, NEGATED, HYPOTHETICAL, FUTURE }

    /**
     * An actor as CAMEO codes it.
     *
     * @param code    full CAMEO actor code ("RUSGOV")
     * @param name    the name as written or canonical
     * @param country ISO 3166-1 alpha-3 (CAMEO country code) or null
     * @param role    role code ("GOV", "MIL") or null
     * @param kbId    knowledge-base id of the entity, or null
     */
    public record Actor(String code, String name, String country, String role, String kbId) {
    }

    public Event {
        Span.check(start, end);
    }
}
