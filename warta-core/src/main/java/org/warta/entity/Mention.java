package org.warta.entity;

import org.warta.kb.KbEntity;
import org.warta.model.Entity;

/** A mention while the recogniser is still deciding about it; becomes an {@link Entity} at the end. */
final class Mention {
    final SentenceView view;
    final int first;
    final int last;
    Entity.Type type;
    KbEntity kb;
    String canonical;
    String kbId;
    String role;
    String country;
    double confidence;

    Mention(SentenceView view, int first, int last, Entity.Type type, double confidence) {
        this.view = view;
        this.first = first;
        this.last = last;
        this.type = type;
        this.confidence = confidence;
    }

    int start() {
        return view.token(first).start();
    }

    int end() {
        return view.token(last - 1).end();
    }

    /** Takes the knowledge base's facts: canonical name, id, country and, for people, role. */
    Mention link(KbEntity e) {
        kb = e;
        kbId = e.id();
        canonical = e.canonical();
        if (country == null) {
            country = e.country();
        }
        if (role == null && e.role() != null) {
            role = e.former() ? "former " + e.role() : e.role();
        }
        return this;
    }

    /**
     * The end of the entity's text: without a particle written onto its last word ("정부는" is the ORG "정부"), but
     * for a person, whose particle follows the role or title after the name and whose given name may end in a
     * particle's syllable (김정은).
     */
    private int textEnd() {
        return type == Entity.Type.PERSON ? end() : view.token(last - 1).nameEnd();
    }

    Entity toEntity(String text) {
        int s = start();
        int e = textEnd();
        String surface = text.substring(s, e);
        return new Entity(s, e, surface, type, canonical != null ? canonical : surface, kbId, role, country,
                Math.round(confidence * 100) / 100.0);
    }
}
