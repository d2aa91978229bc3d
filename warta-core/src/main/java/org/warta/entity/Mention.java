package org.warta.entity;

import java.time.LocalDate;
import java.util.Objects;
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
            role = kbRole(e);
        }
        return this;
    }

    /**
     * For a person the knowledge base knows by dated codes: the role and country held on a date, where this mention
     * took the base's present ones and no word around it said otherwise (an article of 2003 calls Lavrov's
     * office by the code he held then).
     */
    void holdOn(LocalDate date) {
        if (kb == null || kb.tenures().isEmpty()) {
            return;
        }
        KbEntity.Standing then = kb.standing(date);
        if (then != null && kb.role() != null && then.equals(kb.standing(null))) {
            return; // the code held now: the base's role for the present says more ("foreign minister")
        }
        if (Objects.equals(role, kbRole(kb))) {
            role = then == null || then.role() == null ? null : then.former() ? "former " + then.role() : then.role();
        }
        if (then != null && then.country() != null && Objects.equals(country, kb.country())) {
            country = then.country();
        }
    }

    private static String kbRole(KbEntity e) {
        return e.role() == null ? null : e.former() ? "former " + e.role() : e.role();
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
