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

    Entity toEntity(String text) {
        int s = start();
        int e = end();
        String surface = text.substring(s, e);
        return new Entity(s, e, surface, type, canonical != null ? canonical : surface, kbId, role, country,
                Math.round(confidence * 100) / 100.0);
    }
}
