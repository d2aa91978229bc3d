package org.warta.model;

import java.io.Serializable;

/**
 * A mention of a person, organisation or place.
 *
 * @param start     offset in the clean text
 * @param end       end offset (exclusive)
 * @param text      the mention as written
 * @param type      PERSON, ORG, GPE or LOC
 * @param canonical canonical (English) name, or null when not linked
 * @param kbId      knowledge-base id, or null
 * @param role      role such as "foreign minister", or null
 * @param country   ISO 3166-1 alpha-3 country the entity belongs to, or null
 * @param confidence 0..1
 */
public record Entity(int start, int end, String text, Type type, String canonical, String kbId, String role,
                     String country, double confidence) implements Span, Serializable {
    public enum Type { PERSON, ORG, GPE, LOC }

    public Entity {
        Span.check(start, end);
    }
}
