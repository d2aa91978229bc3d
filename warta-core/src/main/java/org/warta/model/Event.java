package org.warta.model;

import java.io.Serializable;

/**
 * A who-did-what-to-whom event coded in CAMEO.
 *
 * @param start       start of the evidence span (the supporting sentence) in the clean text, or in the caption's
 *                    text when {@code caption} is not -1
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
 * @param status      ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, or CLAIMED (an allegation the text attributes to one
 *                    of the parties: "the US said ISIL had attacked Iraq")
 * @param reportedBy  the quoting source ("Kremlin" in "Menurut Kremlin, ..."), or null
 * @param confidence  0..1
 * @param caption     index into {@link Article#captions()} when the evidence is a photo caption (captions are taken
 *                    out of the text, so their offsets index into the caption's own text), else -1
 * @param mutual      true when the actors act on each other ("Lavrov and Rubio spoke by telephone", "police and
 *                    protesters clashed"): one event that holds in both directions
 */
public record Event(int start, int end, Actor actor1, Actor actor2, String code, String rootCode, int quadClass,
                    double goldstein, String date, String place, String trigger, Status status, String reportedBy,
                    double confidence, int caption, boolean mutual) implements Span, Serializable {
    public enum Status { ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, CLAIMED;

        /** Whether an event with this status says something took place or is announced (a GDELT row). */
        public boolean happens() {
            return this == ASSERTED || this == FUTURE;
        }
    }

    /**
     * An actor as CAMEO codes it.
     *
     * @param code    full CAMEO actor code ("RUSGOV")
     * @param name    the name as written or canonical
     * @param country ISO 3166-1 alpha-3 (CAMEO country code) or null
     * @param role    role code ("GOV", "MIL") or null
     * @param kbId    knowledge-base id of the entity, or null
     */
    public record Actor(String code, String name, String country, String role, String kbId) implements Serializable {
    }

    public Event {
        Span.check(start, end);
        if (caption < -1) {
            throw new IllegalArgumentException("bad caption index " + caption);
        }
    }

    /** An event whose evidence is a span of the clean text. */
    public Event(int start, int end, Actor actor1, Actor actor2, String code, String rootCode, int quadClass,
                 double goldstein, String date, String place, String trigger, Status status, String reportedBy,
                 double confidence) {
        this(start, end, actor1, actor2, code, rootCode, quadClass, goldstein, date, place, trigger, status,
                reportedBy, confidence, -1, false);
    }

    /** The same event seen from the other side: actors swapped. */
    public Event reversed() {
        return new Event(start, end, actor2, actor1, code, rootCode, quadClass, goldstein, date, place, trigger, status,
                reportedBy, confidence, caption, mutual);
    }

    /** True when the evidence is a caption rather than the text. */
    public boolean fromCaption() {
        return caption >= 0;
    }

    /** The evidence as written: the covered text, or the covered part of the caption. */
    public String evidence(Article article) {
        if (fromCaption()) {
            if (caption >= article.captions().size()) {
                return null;
            }
            String c = article.captions().get(caption).text();
            return end <= c.length() ? c.substring(start, end) : c;
        }
        String text = article.text();
        return text == null || end > text.length() ? null : text.substring(start, end);
    }
}
