package org.warta.event;

import java.util.List;

/**
 * Gives a trigger its source and target actors by word order, as its {@link Voice} says: an active verb takes the
 * subject before it (or after it, in verb-first and verb-second clauses) and the object after it; a passive the
 * agent after "by" and the subject it is said of; a noun the actor after "by", before "'s" or right before it; a
 * participle the actors of the clause before. Then the pattern's flags apply: a civilian "victim" subject is the one
 * harmed, a "reverse" pattern swaps the two.
 */
final class ArgumentFinder {
    /** The actors of one trigger, as found. */
    record Arguments(List<ActorRef> sources, List<ActorRef> targets, boolean passive, boolean byContext,
                     boolean targetIsSetting) {
    }

    /**
     * What the clause coded last says, for a participle that continues it (", killing eight people"): its sources,
     * its root code, and whether its target was only where it happened.
     */
    record Previous(List<ActorRef> sources, String root, boolean targetIsSetting) {
        static final Previous NONE = new Previous(List.of(), null, false);
    }

    /** The arguments of a trigger (null when it codes nothing), and what the next trigger takes from it. */
    record Found(Arguments arguments, Previous previous) {
    }

    private final SentenceLayout layout;
    private final ActorResolver resolver;
    private final ActorSearch search;
    private final EventLexicon lexicon;

    ArgumentFinder(SentenceLayout layout, ActorResolver resolver, EventLexicon lexicon) {
        this.layout = layout;
        this.resolver = resolver;
        this.search = new ActorSearch(layout, resolver);
        this.lexicon = lexicon;
    }

    Found find(PhraseIndex.Match<TriggerRule> trigger, Previous previous) {
        TriggerRule rule = trigger.value();
        if (rule.none()) {
            return new Found(null, previous);
        }
        Voice voice = Voice.of(trigger, layout, lexicon);
        String root = rule.code().substring(0, 2);
        if (voice.participle()) {
            // ", killing eight people": the same actor as the clause before, and the same act told again
            if (previous.sources().isEmpty() || root.equals(previous.root())) {
                return new Found(null, previous);
            }
            ActorGroup t = search.objectAfter(trigger, null);
            return new Found(new Arguments(previous.sources(), refs(t), false, false, previous.targetIsSetting()),
                    previous);
        }
        ActorGroup between = search.betweenList(trigger.to());
        List<ActorRef> listed = between == null ? List.of() : resolver.listRefs(between);
        Arguments found = !listed.isEmpty() ? new Arguments(listed, List.of(), voice.passive(), false, false)
                : voice.passive() ? passive(trigger)
                // "日本はフィリピンに人道支援を行った": where the verb ends the clause, an act's noun before it has
                // the clause's subject and object as a verb has
                : voice.nominal() && !lexicon.verbFinal() ? nominal(trigger) : active(trigger);
        if (rule.civilSubjectIsVictim() && found.targets().isEmpty() && !found.sources().isEmpty()
                && found.sources().stream().allMatch(r -> r.primarySector() == null
                || CameoRules.CIVIL.contains(r.primarySector()))) {
            found = new Arguments(List.of(), found.sources(), true, found.byContext(), found.targetIsSetting());
        }
        Previous next = new Previous(found.sources(), root, found.targetIsSetting());
        if (rule.reverse()) {
            found = new Arguments(found.targets(), found.sources(), true, found.byContext(), found.targetIsSetting());
        }
        return new Found(found, next);
    }

    /** "was attacked by X", "resultaron heridas dos personas": the agent after "by", the patient as subject. */
    private Arguments passive(PhraseIndex.Match<TriggerRule> trigger) {
        ActorGroup agent = search.byAgent(trigger.from() + 1, trigger.to());
        if (agent == null && CameoRules.FORCE.contains(trigger.value().code())) {
            // "a mortar bomb was fired at it from the Gaza Strip": force comes from where it was launched
            agent = search.fromAfter(trigger.to());
        }
        ActorGroup patient = search.subjectInClause(trigger.from());
        if (patient == null) {
            // "Una persona marginada socialmente , fue ejecutada": a subject set off by one comma
            patient = search.subjectBeforeAside(trigger.from());
        }
        if (patient == null) {
            // "resultaron heridas dos personas": the subject of a passive may follow it
            patient = search.objectAfter(trigger, agent);
            if (patient != null && layout.commaBetween(trigger.to(), patient.from)) {
                patient = null;
            }
        }
        return new Arguments(refs(agent), refs(patient), true, false, false);
    }

    /** "the attack by X on Y", "Russia's attack", "Israeli tank shelling", "las protestas de los mineros". */
    private Arguments nominal(PhraseIndex.Match<TriggerRule> trigger) {
        TriggerRule rule = trigger.value();
        ActorGroup agent = search.byAgent(trigger.to());
        ActorGroup possessor = search.possessorBefore(trigger.from());
        ActorGroup g = agent != null ? agent : possessor != null ? possessor : search.modifierBefore(trigger.from());
        if (g == null && CameoRules.PROTEST.contains(rule.code())) {
            // "las protestas de los mineros", "la grève des cheminots": a protest is done by the "of" actor
            g = search.ofActorAfter(trigger.to());
        }
        List<ActorRef> targets = List.of();
        if (!rule.noTarget() && (g == null || g.from < trigger.to())) {
            targets = refs(search.objectAfter(trigger, agent));
        }
        return new Arguments(refs(g), targets, false, false, false);
    }

    /** "Russia attacked Ukraine"; "Am Mittwoch griffen Rebellen die Stadt an": the subject may follow the verb. */
    private Arguments active(PhraseIndex.Match<TriggerRule> trigger) {
        TriggerRule rule = trigger.value();
        ActorGroup subject = rule.noSource() ? null : search.subjectBefore(trigger.from());
        ActorGroup inverted = null;
        if (!rule.noSource() && lexicon.subjectMayFollow() && search.subjectInClause(trigger.from()) == null) {
            // "Am Mittwoch griffen Rebellen die Stadt an", "هاجم المتمردون القاعدة": the subject follows
            inverted = search.objectAfter(trigger, null);
            if (inverted != null && !layout.commaBetween(trigger.to(), inverted.from)) {
                subject = inverted;
            } else {
                inverted = null;
            }
        }
        ActorGroup objectBefore = null;
        if (lexicon.verbFinal() && subject != null) {
            // "インドはパキスタンを攻撃した", "भारत ने पाकिस्तान पर हमला किया": the clause opens with the subject and
            // the object stands right before the verb
            for (ActorGroup earlier = search.subjectBefore(subject.from); earlier != null;
                 earlier = search.subjectBefore(subject.from)) {
                objectBefore = objectBefore == null ? subject : objectBefore;
                subject = earlier;
            }
        }
        List<ActorRef> sources = List.of();
        boolean byContext = false;
        if (subject != null && subject.isPronoun()) {
            sources = resolver.pronounReferents(subject);
            byContext = true;
        } else if (subject != null) {
            sources = resolver.listRefs(subject);
            byContext = subject.isCollective();
        }
        List<ActorRef> targets = List.of();
        boolean setting = false;
        if (!rule.noTarget()) {
            ActorGroup t = objectBefore != null ? objectBefore : search.objectAfter(trigger, inverted);
            if (t != null && rule.topicObject() && !layout.precededBy(t, Cue.PREP)) {
                t = search.partyAfter(trigger, t);
            }
            if (t != null && !t.isPronoun()) {
                targets = resolver.listRefs(t);
                setting = isSetting(trigger, t);
            }
        }
        return new Arguments(sources, targets, false, byContext, setting);
    }

    /**
     * "Lavrov and Rubio met in Riyadh", "Malaysia and Singapore signed the Johor-Singapore agreement": an actor
     * after a mutual act that is where it happened, or part of what was signed, rather than a party to it (one
     * after "with", or the object of a lone verb such as "met", is a party).
     */
    private boolean isSetting(PhraseIndex.Match<TriggerRule> trigger, ActorGroup target) {
        if (layout.locatedBefore(target)) {
            return target.sectors.isEmpty() && !target.person;
        }
        if (layout.precededBy(target, Cue.PREP)) {
            return false;
        }
        // "signed an agreement", "held talks": what follows the act's own noun describes it
        return (trigger.value().mutual() || CameoRules.MUTUAL.contains(trigger.value().code())) && trigger.length() > 1;
    }

    private List<ActorRef> refs(ActorGroup g) {
        return g == null ? List.of() : resolver.listRefs(g);
    }
}
