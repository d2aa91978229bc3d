package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warta.cameo.CameoCodes;
import org.warta.model.Event;

/**
 * Makes the events of one trigger from its actors, its stated code and status, and its circumstances: one event per
 * source and target (one per pair where actors named together act on each other), a counterpart given the role of
 * its partner, a confidence from what was found, and for an alleged act of force the allegation itself. Also drops
 * the repeats a sentence's triggers give.
 */
final class EventAssembler {
    private final SentenceLayout layout;
    private final Modality modality;
    private final ContextFinder context;
    /** The evidence span and caption of the sentence's events. */
    private final int start;
    private final int end;
    private final int caption;

    EventAssembler(SentenceLayout layout, Modality modality, ContextFinder context, SentenceCoder.Input in) {
        this.layout = layout;
        this.modality = modality;
        this.context = context;
        this.caption = in.caption();
        this.start = in.caption() >= 0 ? 0 : in.from();
        this.end = in.caption() >= 0 ? in.text().length() : in.to();
    }

    List<Event> assemble(PhraseIndex.Match<TriggerRule> trigger, ArgumentFinder.Arguments args) {
        TriggerRule rule = trigger.value();
        List<ActorRef> sources = args.sources();
        List<ActorRef> targets = args.targets();
        List<Event> out = new ArrayList<>();
        // a protest is news even when the sentence does not say who protested ("a wave of protests in Israel")
        boolean anonymous = CameoRules.PROTEST.contains(rule.code()) && sources.isEmpty();
        if (sources.isEmpty() && !(args.passive() && !targets.isEmpty()) && !anonymous) {
            return out;
        }
        ContextFinder.Context where = context.of(trigger);
        Modality.Stated stated = modality.read(trigger, sources, where.date());
        CameoCodes.EventCode code = stated.code();
        String triggerText = layout.view().span(trigger.from(), trigger.to());
        boolean alleged = stated.status() == Event.Status.ASSERTED && code.quadClass() == 4
                && !CameoRules.PROTEST.contains(code.root());
        ActorRef claimant = alleged ? context.claimantBefore(trigger.from()) : null;
        boolean listed = sources.size() >= 2 && (targets.isEmpty() || args.targetIsSetting())
                && (rule.mutual() || isMutual(code.code()));
        for (ActorRef[] pair : pairs(sources, targets, listed)) {
            ActorRef s = counterpartOf(pair[0], pair[1]);
            ActorRef t = counterpartOf(pair[1], pair[0]);
            if (s != null && s.isEmpty() || t != null && t.isEmpty() || s == null && t == null && !anonymous) {
                continue;
            }
            if (t == null && (CameoRules.NEEDS_TARGET.contains(code.root()) || rule.needsTarget())) {
                continue; // a meeting or aid with nobody on the other side says nothing
            }
            double confidence = confidence(trigger, s, t, args.passive(), args.byContext());
            boolean mutual = s != null && t != null && (listed || rule.mutual());
            Event event = new Event(start, end, s == null ? null : s.toActor(), t == null ? null : t.toActor(),
                    code.code(), code.root(), code.quadClass(), code.goldstein(), where.date(), where.place(),
                    triggerText, stated.status(), where.reportedBy(), confidence, caption, mutual);
            Event allegation = claimant == null ? null : allegation(event, claimant, s, t);
            if (allegation != null) {
                out.add(allegation);
                event = withStatus(event, Event.Status.CLAIMED);
            }
            out.add(event);
        }
        return out;
    }

    /**
     * Codes whose act, done by actors named together with nobody else, is done to each other: "both sides
     * agreed", "the two leaders met", "Russia and China signed a treaty". A visit or its hosting is not.
     */
    static boolean isMutual(String code) {
        return CameoRules.MUTUAL.contains(code);
    }

    /** Who did it to whom: each pair of listed actors, else each source with each target (null for none). */
    private static List<ActorRef[]> pairs(List<ActorRef> sources, List<ActorRef> targets, boolean listed) {
        List<ActorRef[]> pairs = new ArrayList<>();
        if (listed) {
            // "Lavrov and Rubio spoke by telephone": one event per pair of actors, holding both ways
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    if (!sources.get(i).sameCode(sources.get(j))) {
                        pairs.add(new ActorRef[] {sources.get(i), sources.get(j)});
                    }
                }
            }
        } else if (sources.isEmpty()) {
            for (ActorRef t : targets) {
                pairs.add(new ActorRef[] {null, t});
            }
            if (targets.isEmpty()) {
                pairs.add(new ActorRef[] {null, null});
            }
        } else {
            for (ActorRef s : sources) {
                if (targets.isEmpty()) {
                    pairs.add(new ActorRef[] {s, null});
                }
                for (ActorRef t : targets) {
                    if (!s.sameCode(t) || s.countryCode() == null) {
                        pairs.add(new ActorRef[] {s, t});
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * "The US said ISIL had attacked Iraq": an act of force that one party says another committed is, as the
     * text tells it, an accusation by the speaker; one it says it committed itself is a claim of responsibility.
     * The act stays, marked CLAIMED.
     */
    private static Event allegation(Event act, ActorRef speaker, ActorRef source, ActorRef target) {
        boolean own = source != null && source.sameCode(speaker);
        if (source == null && !own || own && target == null) {
            return null;
        }
        CameoCodes.EventCode code = CameoCodes.event(own ? CameoRules.CLAIM_RESPONSIBILITY : CameoRules.ACCUSATION)
                .orElseThrow();
        ActorRef other = own ? target : source;
        return new Event(act.start(), act.end(), speaker.toActor(), other.toActor(), code.code(), code.root(),
                code.quadClass(), code.goldstein(), act.date(), act.place(), act.trigger(),
                Event.Status.ASSERTED, null, Math.max(0.2, act.confidence() - 0.1), act.caption(), false);
    }

    private static Event withStatus(Event e, Event.Status status) {
        return new Event(e.start(), e.end(), e.actor1(), e.actor2(), e.code(), e.rootCode(), e.quadClass(),
                e.goldstein(), e.date(), e.place(), e.trigger(), status, e.reportedBy(), e.confidence(),
                e.caption(), e.mutual());
    }

    /** "his counterpart" takes the sectors and role of the actor it is paired with. */
    private static ActorRef counterpartOf(ActorRef actor, ActorRef other) {
        if (actor == null || !actor.counterpart() || other == null) {
            return actor;
        }
        return actor.withSectors(other.sectors(), other.roleLabel());
    }

    /** Higher with both actors and a specific pattern, lower when an actor came from context or is missing. */
    private static double confidence(PhraseIndex.Match<TriggerRule> trigger, ActorRef s, ActorRef t, boolean passive,
                                     boolean byContext) {
        double c = 0.45;
        c += s != null ? 0.15 : 0;
        c += t != null ? 0.15 : 0;
        c += trigger.pattern().weight() >= 2 ? 0.1 : 0;
        c += s != null && s.countryCode() != null ? 0.05 : 0;
        c -= byContext ? 0.1 : 0;
        c -= passive && s == null ? 0.1 : 0;
        return Math.max(0.2, Math.min(0.95, c));
    }

    // ------------------------------------------------------------------------------------------ the sentence's events

    /** Adds the events not already among {@code events} (the same code, status and actors, either way if mutual). */
    static void addNew(List<Event> events, List<Event> more) {
        for (Event e : more) {
            if (events.stream().noneMatch(x -> sameEvent(x, e))) {
                events.add(e);
            }
        }
    }

    /**
     * "Four children were killed in Israeli tank shelling": the passive with no agent and the shelling by Israel
     * are one act; the version without a source goes.
     */
    static List<Event> dropUnattributedRepeats(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            boolean repeat = e.actor1() == null && events.stream().anyMatch(o -> o != e && o.actor1() != null
                    && o.rootCode().equals(e.rootCode()) && (o.status() == e.status()
                    || o.status() == Event.Status.CLAIMED && e.status() == Event.Status.ASSERTED));
            if (!repeat) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean sameEvent(Event a, Event b) {
        return a.code().equals(b.code()) && a.status() == b.status() && (sameActors(a, b)
                || (a.mutual() || b.mutual()) && sameActors(a, b.reversed()));
    }

    private static boolean sameActors(Event a, Event b) {
        return Objects.equals(code(a.actor1()), code(b.actor1())) && Objects.equals(code(a.actor2()), code(b.actor2()));
    }

    private static String code(Event.Actor a) {
        return a == null ? null : a.code();
    }
}
