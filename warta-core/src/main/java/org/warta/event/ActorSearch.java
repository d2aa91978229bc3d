package org.warta.event;

import java.util.List;

/**
 * Finds the actor phrase in a given position relative to a trigger, by word order alone: the subject before it, the
 * object after it, the agent after "by", the possessor before "'s", the actor named after "of", "from" or "between".
 * Each search stops at clause breaks and reporting verbs, and skips phrases that identify nobody.
 */
final class ActorSearch {
    /** Tokens at most between a subject and its verb. */
    static final int MAX_SOURCE_DISTANCE = 25;
    /** Tokens at most between a verb and its object. */
    static final int MAX_TARGET_DISTANCE = 14;

    private final SentenceLayout layout;
    private final SentenceView view;
    private final List<ActorGroup> groups;
    private final ActorResolver resolver;

    ActorSearch(SentenceLayout layout, ActorResolver resolver) {
        this.layout = layout;
        this.view = layout.view();
        this.groups = layout.groups();
        this.resolver = resolver;
    }

    /** The nearest actor before a position that is not the object of a preposition and not the speaker. */
    ActorGroup subjectBefore(int at) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            ActorGroup g = groups.get(k);
            if (g.to > at) {
                continue;
            }
            if (at - g.to > MAX_SOURCE_DISTANCE || layout.crossesBoundary(g.to, at)) {
                return null;
            }
            if (layout.attribution().holds(g) || layout.introducedByPreposition(g)
                    || !g.isPronoun() && !g.isCollective() && resolver.unidentified(g)) {
                continue;
            }
            return g;
        }
        return null;
    }

    /** The subject before a position, within its comma-delimited clause. */
    ActorGroup subjectInClause(int at) {
        ActorGroup g = subjectBefore(at);
        if (g == null) {
            return null;
        }
        return layout.commaBetween(g.to, at) ? null : g;
    }

    /** "La estudiante , sede Arauca , fue desaparecida": a subject set off by a short aside between commas. */
    ActorGroup subjectBeforeAside(int at) {
        ActorGroup g = subjectBefore(at);
        if (g == null || at - g.to > 8) {
            return null;
        }
        int commas = 0;
        for (int i = g.to; i < at; i++) {
            commas += layout.isComma(i) ? 1 : 0;
        }
        return commas == 1 || commas == 2 && layout.isComma(g.to) ? g : null;
    }

    /** The first actor after the trigger, before another action or a clause break; never {@code skip}. */
    ActorGroup objectAfter(PhraseIndex.Match<TriggerRule> trigger, ActorGroup skip) {
        int limit = view.size();
        for (PhraseIndex.Match<TriggerRule> other : layout.triggers()) {
            if (other.from() >= trigger.to() && other.from() < limit) {
                limit = other.from();
            }
        }
        for (ActorGroup g : groups) {
            // an actor inside the trigger's gap is its object: "engaged Filipino peacekeepers in a firefight"
            boolean inside = g.from > trigger.from() && g.to <= trigger.to();
            if (!inside && g.from < trigger.to() || g == skip) {
                continue;
            }
            int from = inside ? g.from : trigger.to();
            if (g.from >= limit || g.from - from > MAX_TARGET_DISTANCE || layout.crossesBoundary(from, g.from)
                    || layout.opensClause(from, g.from)) {
                return null;
            }
            if (layout.attribution().holds(g) || layout.precededBy(g, Cue.BY)
                    || !g.isPronoun() && resolver.unidentified(g)) {
                continue;
            }
            String code = trigger.value().code();
            // "killed in Ukraine" names a place, but a visit, an inspection or a protest in a country is aimed
            // at it, as GDELT codes them; "disappeared from the police station" names where from, but one
            // withdraws from, or cuts ties with, the actor it concerns
            boolean placeIsTarget = CameoRules.PLACE_IS_TARGET.contains(code);
            boolean originIsTarget = CameoRules.ORIGIN_IS_TARGET.contains(code) || trigger.value().reverse();
            boolean markedByPattern = g.from == trigger.to() && trigger.length() > 1;
            if (!inside && !markedByPattern && (!placeIsTarget && layout.precededBy(g, Cue.LOC)
                    && g.sectors.isEmpty() && !g.person || !originIsTarget && layout.precededBy(g, Cue.FROM))) {
                continue;
            }
            return g;
        }
        return null;
    }

    /** "fired at it from the Gaza Strip": the actor after "from", close after a position. */
    ActorGroup fromAfter(int after) {
        for (ActorGroup g : groups) {
            if (g.from >= after && g.from - after <= 8 && !layout.crossesBoundary(after, g.from)
                    && layout.precededBy(g, Cue.FROM)) {
                return g;
            }
        }
        return null;
    }

    /** "membahas Yerusalem dengan Netanyahu": the actor after a preposition, past the topic. */
    ActorGroup partyAfter(PhraseIndex.Match<TriggerRule> trigger, ActorGroup topic) {
        for (ActorGroup g : groups) {
            if (g.from < topic.to || g.from - trigger.to() > MAX_TARGET_DISTANCE
                    || layout.crossesBoundary(topic.to, g.from)) {
                continue;
            }
            if (layout.precededBy(g, Cue.PREP) && !layout.precededBy(g, Cue.LOC) && !layout.precededBy(g, Cue.FROM)) {
                return g;
            }
        }
        return null;
    }

    /** The actor after "by" that follows a passive or nominal trigger: "was attacked by X", "the attack by X". */
    ActorGroup byAgent(int after) {
        return byAgent(after, after);
    }

    /** The actor after "by", looked for from {@code from} to a little past {@code after}. */
    ActorGroup byAgent(int from, int after) {
        for (int i = from; i < Math.min(view.size(), after + 12); i++) {
            if (view.isBreak(i) || i >= after && layout.startsTrigger(i)) {
                return null; // "imprisoned for acting ... were released by Putin": that "by" is the release's
            }
            if (view.is(i, Cue.BY)) {
                for (ActorGroup g : groups) {
                    if (g.from > i && g.from - i <= 3) {
                        return g;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The actor joined to a noun by "of" ("de", "des", "dari"), with at most determiners between. */
    ActorGroup ofActorAfter(int after) {
        int i = after;
        if (i >= view.size() || !view.is(i, Cue.LINK)) {
            return null;
        }
        i++;
        while (i < view.size() && view.is(i, Cue.DET) && !layout.inGroup(i)) {
            i++;
        }
        for (ActorGroup g : groups) {
            if (g.from <= i && g.to > i && !g.isPronoun()) {
                return g;
            }
        }
        return null;
    }

    /** "Russia's attack": an actor right before the trigger with a possessive. */
    ActorGroup possessorBefore(int at) {
        int i = at - 1;
        while (i >= 0 && view.is(i, Cue.DET) && !view.token(i).norm().equals("'s")) {
            i--;
        }
        if (i >= 0 && view.token(i).norm().equals("'s")) {
            for (ActorGroup g : groups) {
                if (g.to == i || g.to == i + 1) {
                    return g;
                }
            }
        }
        return null;
    }

    /** "Israeli tank shelling": an actor right before a nominal trigger, at most one word between. */
    ActorGroup modifierBefore(int at) {
        for (ActorGroup g : groups) {
            if (g.to <= at && at - g.to <= 1 && !g.isPronoun()
                    && (g.to == at || view.token(g.to).isWord() && !view.is(g.to, Cue.PREP))) {
                return g;
            }
        }
        return null;
    }

    /** "panggilan telepon antara A dan B", "talks between A and B": the listed actors named after "between". */
    ActorGroup betweenList(int after) {
        for (int i = after; i < Math.min(view.size(), after + 9); i++) {
            if (view.isBreak(i) || layout.isComma(i)) {
                return null;
            }
            if (view.is(i, Cue.BETWEEN)) {
                for (ActorGroup g : groups) {
                    if (g.from > i && g.from - i <= 3 && g.list >= 0) {
                        return g;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
