package org.warta.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors an actor phrase stands for: itself; for a collective ("both sides", "kedua menteri") the actors it
 * points back to; for a pronoun the speaker or the last sentence's source; for one phrase of a list ("Russia, China
 * and Iran") the whole list. Each phrase is resolved once per sentence (the discourse does not change while a
 * sentence is coded).
 */
final class ActorResolver {
    private final SentenceLayout layout;
    private final Discourse discourse;
    private final Map<ActorGroup, List<ActorRef>> resolved = new IdentityHashMap<>();

    ActorResolver(SentenceLayout layout, Discourse discourse) {
        this.layout = layout;
        this.discourse = discourse;
    }

    /** The actors a group stands for: itself, or for a collective the actors it points back to. */
    List<ActorRef> refOf(ActorGroup g) {
        List<ActorRef> refs = resolved.get(g);
        if (refs == null) {
            refs = resolve(g);
            resolved.put(g, refs);
        }
        return refs;
    }

    /** Whether nothing identifies the actors a group stands for. */
    boolean unidentified(ActorGroup g) {
        return refOf(g).stream().allMatch(ActorRef::isEmpty);
    }

    /** The list a group belongs to ("Russia, China and Iran"), else the group alone, as actors. */
    List<ActorRef> listRefs(ActorGroup g) {
        if (g.list < 0) {
            return refOf(g);
        }
        List<ActorRef> out = new ArrayList<>();
        for (ActorGroup o : layout.groups()) {
            if (o.list == g.list) {
                out.addAll(o.isPronoun() ? pronounReferents(o) : refOf(o));
            }
        }
        return out;
    }

    /** "he", "they": the speaker of the sentence, the actor of "X said he ...", else the last sentence's source. */
    List<ActorRef> pronounReferents(ActorGroup pronoun) {
        ActorGroup speaker = layout.attribution().speaker();
        if (speaker != null && pronoun.from > speaker.to) {
            return listRefs(speaker);
        }
        ActorGroup sayer = sayerBefore(pronoun.from);
        if (sayer != null) {
            return listRefs(sayer);
        }
        return discourse.lastSources();
    }

    private List<ActorRef> resolve(ActorGroup g) {
        if (g.isCollective()) {
            List<ActorRef> earlier = new ArrayList<>();
            for (ActorGroup o : layout.groups()) {
                if (o.to <= g.from && !o.isCollective() && !o.isPronoun()) {
                    earlier.addAll(refOf(o));
                }
            }
            List<ActorRef> found = discourse.resolveCollective(g.collective, earlier);
            if (!g.sectors.isEmpty()) {
                found = found.stream().map(r -> r.withSectors(g.sectors, g.label)).toList();
            }
            return found;
        }
        if (g.isPronoun()) {
            return List.of();
        }
        return List.of(g.ref(layout.bareSpan(g)));
    }

    /** "Obama said he ...": the actor before the reporting verb that the pronoun follows. */
    private ActorGroup sayerBefore(int at) {
        SentenceView view = layout.view();
        int i = at - 1;
        while (i >= 0 && (view.is(i, Cue.THAT) || layout.isComma(i))) {
            i--;
        }
        if (i < 0 || !view.is(i, Cue.SAY)) {
            return null;
        }
        List<ActorGroup> groups = layout.groups();
        for (int k = groups.size() - 1; k >= 0; k--) {
            ActorGroup g = groups.get(k);
            if (g.to <= i && !g.isPronoun() && i - g.to <= 4) {
                return g;
            }
        }
        return null;
    }
}
