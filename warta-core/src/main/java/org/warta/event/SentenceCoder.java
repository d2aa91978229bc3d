package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.warta.cameo.CameoCodes;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.TimeExpression;

/**
 * Codes the events of one sentence: finds the event patterns, gathers the actor phrases, and gives each pattern a
 * source (the subject: the nearest actor before it that is not the object of a preposition, or the agent after
 * "by" in a passive) and a target (the nearest actor after it), a status (negated, hypothetical, future), a date
 * and a place. There is no parser: the rules are about word order, and the words are language data.
 */
final class SentenceCoder {
    static final int MAX_SOURCE_DISTANCE = 25;
    static final int MAX_TARGET_DISTANCE = 14;
    private static final int STATUS_WINDOW = 4;
    /** Words at most between "X said" and the act it alleges. */
    private static final int MAX_CLAIM_DISTANCE = 10;
    /** Roots whose action, done by actors named together, is done to each other ("both sides agreed"). */
    /** Roots of acts that harm a person: threats, coercion, assault, force. */
    private static final java.util.Set<String> HARM_ROOTS = java.util.Set.of("13", "17", "18", "19", "20");
    /** Roots of the use of force. */
    private static final java.util.Set<String> FORCE_ROOTS = java.util.Set.of("18", "19", "20");
    private static final java.util.Set<String> MUTUAL_ROOTS = java.util.Set.of("03", "04", "05", "06");
    /** Sectors of civilian actors, for codes that depend on who acts ({@code civil=} in events.tsv). */
    private static final java.util.Set<String> CIVIL = java.util.Set.of("OPP", "CVL", "LAB", "AGR", "EDU", "REL",
            "HLH", "MED", "BUS", "REF", "PTY");

    private final EventLexicon lexicon;

    SentenceCoder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An entity with its index in the article's entity layer; offsets are in the text being coded. */
    record IndexedEntity(int index, Entity entity) {
    }

    /**
     * One sentence to code.
     *
     * @param text         the text the offsets index into (the article text, or a caption)
     * @param from         start of the sentence
     * @param to           end of the sentence
     * @param fallbackDate the date of events whose sentence states none (publication or reference date), or null
     * @param caption      caption index for events coded from a caption, else -1
     */
    record Input(String text, int from, int to, List<IndexedEntity> entities, List<TimeExpression> times,
                 String fallbackDate, int caption) {
    }

    /** The sentence as analysed, kept for quotes and for explaining what the coder saw. */
    record Analysis(SentenceView view, List<ActorGroup> groups, List<PhraseIndex.Match<TriggerRule>> triggers,
                    int attributionFrom, int attributionTo, ActorGroup speaker, List<Event> events) {
    }

    Analysis code(Input in, Discourse discourse) {
        SentenceView view = new SentenceView(in.text(), in.from(), in.to(), lexicon);
        List<PhraseIndex.Match<TriggerRule>> triggers =
                PhraseIndex.longestFirst(lexicon.triggers().findAll(view.tokens(), view.caseless()));
        BitSet triggerStarts = new BitSet();
        BitSet harmEnds = new BitSet();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            triggerStarts.set(t.from());
            if (HARM_ROOTS.contains(t.value().code().substring(0, 2))) {
                harmEnds.set(t.to());
            }
        }
        List<ActorGroup.Piece> pieces = pieces(view, in.entities(), triggerStarts, harmEnds);
        triggers = dropTriggersInsideActors(triggers, pieces);
        triggers = dropCompoundModifiers(view, triggers);
        BitSet triggerTokens = new BitSet();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            triggerTokens.set(t.from(), t.to());
        }
        List<ActorGroup> groups = GroupBuilder.build(view, pieces, triggerTokens, lexicon);
        int[] attribution = attribution(view, groups, triggerTokens);
        ActorGroup speaker = speakerIn(groups, attribution[0], attribution[1]);
        SentenceState state = new SentenceState(view, groups, attribution, speaker, discourse, in);
        state.allTriggers = triggers;
        List<Event> events = new ArrayList<>();
        List<ActorRef> sources = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> trigger : triggers) {
            if (trigger.from() >= attribution[0] && trigger.to() <= attribution[1]) {
                continue;
            }
            for (Event e : state.eventsFor(trigger, triggers)) {
                if (events.stream().noneMatch(x -> sameEvent(x, e))) {
                    events.add(e);
                }
            }
            sources.addAll(state.lastSources);
        }
        events = dropUnattributedRepeats(events);
        for (ActorGroup g : groups) {
            if (g.isPronoun() || g.isCollective() || state.introducedByLocation(g)) {
                continue; // "di Ukraina": a place named in passing is not an actor the text introduces
            }
            state.refOf(g).forEach(discourse::introduce);
        }
        discourse.lastSources(sources);
        return new Analysis(view, groups, triggers, attribution[0], attribution[1], speaker, events);
    }

    /**
     * "Four children were killed in Israeli tank shelling": the passive with no agent and the shelling by Israel
     * are one act; the version without a source goes.
     */
    private static List<Event> dropUnattributedRepeats(List<Event> events) {
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

    // ---------------------------------------------------------------------------------------------- pieces

    private List<ActorGroup.Piece> pieces(SentenceView view, List<IndexedEntity> entities, BitSet triggerStarts,
                                          BitSet harmEnds) {
        List<ActorGroup.Piece> out = new ArrayList<>();
        List<int[]> personSpans = new ArrayList<>();
        for (IndexedEntity ie : entities) {
            ActorGroup.Piece p = entityPiece(view, ie);
            if (p != null) {
                out.add(p);
                if (p.person()) {
                    personSpans.add(new int[] {p.from(), p.to()});
                }
            }
        }
        for (PhraseIndex.Match<ActorEntry> m
                : PhraseIndex.longestFirst(lexicon.actors().findAll(view.tokens(), view.caseless()))) {
            ActorEntry e = m.value();
            if (e.kind() == ActorEntry.Kind.COUNTRY && (insideAny(m.from(), m.to(), personSpans)
                    || lexicon.nameSyllables() && afterNameWord(view, m.from(), out))) {
                continue; // "Jordan" in a person's name; "Đức" in "Nguyễn Đức Chung"
            }
            if (isModifier(view, m.from(), m.to())) {
                continue;
            }
            String surface = view.span(m.from(), m.to());
            out.add(switch (e.kind()) {
                case COUNTRY -> new ActorGroup.Piece(m.from(), m.to(), e.kind(), e.value(), null, null, null,
                        surface, null, -1, e.adjective(), false);
                case AGENT -> new ActorGroup.Piece(m.from(), m.to(), e.kind(), null, null, e.value(), e.label(),
                        null, null, -1, false, false);
                case ACTOR -> new ActorGroup.Piece(m.from(), m.to(), e.kind(), null, e.value(), null, e.label(),
                        surface, null, -1, false, false);
                case COLLECTIVE, PRONOUN -> new ActorGroup.Piece(m.from(), m.to(), e.kind(), null, null, null,
                        e.value().equals("-") ? "" : e.value(), null, null, -1, false, false);
                case COUNTERPART -> new ActorGroup.Piece(m.from(), m.to(), e.kind(), null, null, null, null,
                        null, null, -1, false, false);
            });
        }
        out.addAll(names(view, out, triggerStarts, harmEnds));
        out.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to(), a.to()));
        return out;
    }

    /**
     * Names the entity layer did not give (captions have no entities): runs of two or more capitalised words,
     * or one right after a title ("Presiden Putin"). They hold a group together ("Menteri Luar Negeri Rusia
     * Sergei Lavrov") and name its actor, but carry no code of their own.
     */
    private static List<ActorGroup.Piece> names(SentenceView view, List<ActorGroup.Piece> pieces, BitSet triggerStarts,
                                                BitSet harmEnds) {
        List<ActorGroup.Piece> out = new ArrayList<>();
        if (view.caseless()) {
            return out;
        }
        BitSet covered = new BitSet();
        BitSet afterTitle = new BitSet();
        for (ActorGroup.Piece p : pieces) {
            covered.set(p.from(), p.to());
            if (p.kind() == ActorEntry.Kind.AGENT && p.label() != null) {
                afterTitle.set(p.to());
            }
        }
        int i = 0;
        while (i < view.size()) {
            int j = i;
            while (j < view.size() && !covered.get(j) && !triggerStarts.get(j) && view.token(j).isWord()
                    && view.token(j).capitalized() && !isCueWord(view, j)) {
                j++;
            }
            boolean victim = victimName(view, i, harmEnds);
            if (j - i >= 2 || j - i == 1 && (afterTitle.get(i) || victim)) {
                // a victim named after "a" is a person with no known role: a civilian, as for entities
                out.add(new ActorGroup.Piece(i, j, ActorEntry.Kind.ACTOR, null, null, victim ? "CVL" : null, null,
                        view.span(i, j), null, -1, false, true));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * "ejecutaron a Antonio": a lone capitalised word after the personal "a" that follows an act of harm is the
     * person harmed, though the entity layer did not know the name.
     */
    private static boolean victimName(SentenceView view, int i, BitSet harmEnds) {
        if (i == 0 || !view.is(i - 1, Cue.PERSONAL)) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (harmEnds.get(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCueWord(SentenceView view, int i) {
        for (Cue c : Cue.values()) {
            if (view.is(i, c) && c != Cue.DET) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterNameWord(SentenceView view, int at, List<ActorGroup.Piece> pieces) {
        if (at == 0 || view.caseless() || !view.token(at - 1).isWord() || !view.token(at - 1).capitalized()
                || isCueWord(view, at - 1)) {
            return false;
        }
        for (ActorGroup.Piece p : pieces) {
            if (at - 1 >= p.from() && at - 1 < p.to() && !p.person()) {
                return false; // "Thủ tướng Anh": the word before is a title, an actor of its own
            }
        }
        return true;
    }

    /** "Al Qaeda-linked", "US-backed", "pro-Russia": a name used to describe another actor, not an actor. */
    private static boolean isModifier(SentenceView view, int from, int to) {
        boolean after = to + 1 < view.size() && view.token(to).raw().equals("-") && view.is(to + 1, Cue.DERIVED);
        boolean before = from >= 2 && view.token(from - 1).raw().equals("-") && view.is(from - 2, Cue.STANCE);
        return after || before;
    }

    private ActorGroup.Piece entityPiece(SentenceView view, IndexedEntity ie) {
        Entity e = ie.entity();
        int from = -1;
        int to = -1;
        for (int i = view.firstEndingAfter(e.start()); i < view.size() && view.token(i).start() < e.end(); i++) {
            if (from < 0) {
                from = i;
            }
            to = i + 1;
        }
        if (from < 0) {
            return null;
        }
        if (e.type() != Entity.Type.PERSON && isModifier(view, from, to)) {
            return null;
        }
        String name = e.canonical() != null ? e.canonical() : e.text();
        return switch (e.type()) {
            case PERSON -> new ActorGroup.Piece(from, to, ActorEntry.Kind.ACTOR, e.country(), null,
                    lexicon.sectorOfRole(e.role()), e.role(), name, e.kbId(), ie.index(), false, true);
            case ORG -> new ActorGroup.Piece(from, to, ActorEntry.Kind.ACTOR, e.country(), null,
                    lexicon.sectorOfRole(e.role()), e.role(), name, e.kbId(), ie.index(), false, false);
            case GPE, LOC -> e.country() == null ? null : new ActorGroup.Piece(from, to, ActorEntry.Kind.COUNTRY,
                    e.country(), null, null, null, name, e.kbId(), ie.index(), false, false);
        };
    }

    private static boolean insideAny(int from, int to, List<int[]> spans) {
        for (int[] s : spans) {
            if (from >= s[0] && to <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** A word that names an actor ("protesters") is not also the action ("protest"). */
    private static List<PhraseIndex.Match<TriggerRule>> dropTriggersInsideActors(
            List<PhraseIndex.Match<TriggerRule>> triggers, List<ActorGroup.Piece> pieces) {
        List<PhraseIndex.Match<TriggerRule>> kept = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            boolean inside = false;
            for (ActorGroup.Piece p : pieces) {
                if (t.from() >= p.from() && t.from() < p.to() && (t.length() == 1 || t.to() <= p.to())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** "Israeli-occupied", "US-led": a verb inside a compound adjective describes, it does not report an action. */
    private static List<PhraseIndex.Match<TriggerRule>> dropCompoundModifiers(
            SentenceView view, List<PhraseIndex.Match<TriggerRule>> triggers) {
        List<PhraseIndex.Match<TriggerRule>> kept = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            boolean compound = t.from() > 0 && view.token(t.from() - 1).raw().equals("-")
                    && t.from() > 1 && view.token(t.from() - 2).isWord();
            if (!compound) {
                kept.add(t);
            }
        }
        return kept;
    }

    // ---------------------------------------------------------------------------------------------- attribution

    /**
     * The span of the sentence that says who is speaking: "Menurut Kremlin," at the start, or ", officials said."
     * at the end. Returns {from, to} in tokens, or {-1, -1}.
     */
    private static int[] attribution(SentenceView view, List<ActorGroup> groups, BitSet triggerTokens) {
        int n = view.size();
        for (int i = 0; i < Math.min(3, n); i++) {
            if (view.is(i, Cue.ACCORDING)) {
                int j = i;
                while (j < n && view.is(j, Cue.ACCORDING)) {
                    j++;
                }
                int end = j;
                while (end < n && end - j < 15 && !view.token(end).raw().equals(",")) {
                    end++;
                }
                if (end < n && end > j) {
                    return new int[] {i, end + 1};
                }
            }
        }
        for (int c = n - 1; c > 0 && n - c <= 16; c--) {
            String raw = view.token(c).raw();
            if (raw.equals(",") || raw.equals("\u201d") || raw.equals("\"")) {
                boolean say = false;
                boolean trigger = false;
                for (int k = c + 1; k < n; k++) {
                    say |= view.is(k, Cue.SAY) || view.is(k, Cue.ACCORDING);
                    trigger |= triggerTokens.get(k);
                }
                if (say && !trigger) {
                    return new int[] {c, n};
                }
                if (raw.equals(",")) {
                    break;
                }
            }
        }
        return new int[] {-1, -1};
    }

    private static ActorGroup speakerIn(List<ActorGroup> groups, int from, int to) {
        if (from < 0) {
            return null;
        }
        for (ActorGroup g : groups) {
            if (g.from >= from && g.to <= to) {
                return g;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- per trigger

    /** What is known about the sentence while its triggers are coded one by one. */
    private final class SentenceState {
        final SentenceView view;
        final List<ActorGroup> groups;
        final int attrFrom;
        final int attrTo;
        final ActorGroup speaker;
        final Discourse discourse;
        final Input in;
        final java.util.Map<ActorGroup, List<ActorRef>> refs = new java.util.IdentityHashMap<>();
        List<ActorRef> lastSources = List.of();
        /** Whether the target found for the trigger being coded is only where, or part of what, it happened. */
        boolean targetIsSetting;
        String lastRoot;
        List<PhraseIndex.Match<TriggerRule>> allTriggers = List.of();
        /** The tokens that belong to some group. */
        private final BitSet grouped = new BitSet();

        SentenceState(SentenceView view, List<ActorGroup> groups, int[] attribution, ActorGroup speaker,
                      Discourse discourse, Input in) {
            this.view = view;
            this.groups = groups;
            this.attrFrom = attribution[0];
            this.attrTo = attribution[1];
            this.speaker = speaker;
            this.discourse = discourse;
            this.in = in;
            groups.forEach(g -> grouped.set(g.from, g.to));
        }

        boolean inAttribution(ActorGroup g) {
            return attrFrom >= 0 && g.from >= attrFrom && g.to <= attrTo;
        }

        /** The actors a group stands for: itself, or for a collective the actors it points back to. */
        List<ActorRef> refOf(ActorGroup g) {
            return refs.computeIfAbsent(g, this::resolve);
        }

        private List<ActorRef> resolve(ActorGroup g) {
            if (g.isCollective()) {
                List<ActorRef> earlier = new ArrayList<>();
                for (ActorGroup o : groups) {
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
            return List.of(g.ref(stripLeadingDeterminers(g)));
        }

        private String stripLeadingDeterminers(ActorGroup g) {
            int f = g.from;
            while (f < g.to - 1 && (view.is(f, Cue.DET) || view.is(f, Cue.LINK))) {
                f++;
            }
            return view.span(f, g.to);
        }

        List<Event> eventsFor(PhraseIndex.Match<TriggerRule> trigger, List<PhraseIndex.Match<TriggerRule>> all) {
            TriggerRule rule = trigger.value();
            if (rule.none()) {
                return List.of();
            }
            String first = view.token(trigger.from()).norm();
            boolean participle = trigger.from() > 0 && view.token(trigger.from() - 1).raw().equals(",")
                    && lexicon.activeForm(first);
            boolean passive = rule.passive() || passiveBefore(trigger.from())
                    || lexicon.byPassive() && byFollows(trigger.to()) || reducedRelative(trigger);
            boolean nominal = !participle && (rule.flags().contains("noun") || determinerBefore(trigger.from())
                    || lexicon.activeForm(first) && !view.is(trigger.from() - 1, Cue.PASSIVE)
                    && !view.is(trigger.from() - 1, Cue.FUTURE) && !view.is(trigger.from() - 1, Cue.NEG));
            String root = trigger.value().code().substring(0, 2);
            if (participle) {
                // ", killing eight people": the same actor as the clause before, and the same act told again
                List<ActorRef> sources = lastSources;
                if (sources.isEmpty() || root.equals(lastRoot)) {
                    return List.of();
                }
                ActorGroup t = objectAfter(trigger, all, null);
                return build(trigger, rule, sources, t == null ? List.of() : listRefs(t), false, false);
            }
            List<ActorRef> sources = List.of();
            List<ActorRef> targets = List.of();
            targetIsSetting = false;
            boolean resolvedByContext = false;
            List<ActorRef> between = betweenList(trigger.to());
            if (!between.isEmpty()) {
                sources = between;
            } else if (passive) {
                ActorGroup agent = byAgent(trigger.from() + 1, trigger.to());
                if (agent == null && FORCE_ROOTS.contains(root)) {
                    // "a mortar bomb was fired at it from the Gaza Strip": force comes from where it was launched
                    agent = fromAfter(trigger.to());
                }
                ActorGroup patient = subjectInClause(trigger.from());
                if (patient == null) {
                    // "Una persona marginada socialmente , fue ejecutada": a subject set off by one comma
                    patient = subjectBeforeAside(trigger.from());
                }
                if (patient == null) {
                    // "resultaron heridas dos personas": the subject of a passive may follow it
                    patient = objectAfter(trigger, all, agent);
                    if (patient != null && commaBetween(trigger.to(), patient.from)) {
                        patient = null;
                    }
                }
                sources = agent == null ? List.of() : listRefs(agent);
                targets = patient == null ? List.of() : listRefs(patient);
            } else if (nominal) {
                ActorGroup agent = byAgent(trigger.to());
                ActorGroup possessor = possessorBefore(trigger.from());
                ActorGroup g = agent != null ? agent : possessor != null ? possessor : modifierBefore(trigger.from());
                if (g == null && root.equals("14")) {
                    // "las protestas de los mineros", "la grève des cheminots": a protest is done by the "of" actor
                    g = ofActorAfter(trigger.to());
                }
                sources = g == null ? List.of() : listRefs(g);
                if (!rule.noTarget() && (g == null || g.from < trigger.to())) {
                    ActorGroup t = objectAfter(trigger, all, agent);
                    targets = t == null ? List.of() : listRefs(t);
                }
            } else {
                ActorGroup subject = rule.noSource() ? null : subjectBefore(trigger.from());
                ActorGroup inverted = null;
                if (!rule.noSource() && lexicon.subjectMayFollow() && subjectInClause(trigger.from()) == null) {
                    // "Am Mittwoch griffen Rebellen die Stadt an", "هاجم المتمردون القاعدة": the subject follows
                    inverted = objectAfter(trigger, all, null);
                    if (inverted != null && !commaBetween(trigger.to(), inverted.from)) {
                        subject = inverted;
                    } else {
                        inverted = null;
                    }
                }
                if (subject != null && subject.isPronoun()) {
                    sources = pronounReferents(subject);
                    resolvedByContext = true;
                } else if (subject != null) {
                    sources = listRefs(subject);
                    resolvedByContext = subject.isCollective();
                }
                if (!rule.noTarget()) {
                    ActorGroup t = objectAfter(trigger, all, inverted);
                    if (t != null && rule.topicObject() && !precededBy(t, Cue.PREP)) {
                        t = partyAfter(trigger, t);
                    }
                    if (t != null && t.isPronoun()) {
                        targets = List.of();
                    } else if (t != null) {
                        targets = listRefs(t);
                        targetIsSetting = isSetting(trigger, t);
                    }
                }
            }
            if (rule.civilSubjectIsVictim() && targets.isEmpty() && !sources.isEmpty()
                    && sources.stream().allMatch(r -> r.primarySector() == null || CIVIL.contains(r.primarySector()))) {
                targets = sources;
                sources = List.of();
                passive = true;
            }
            lastSources = sources;
            lastRoot = root;
            if (rule.reverse()) {
                List<ActorRef> swap = sources;
                sources = targets;
                targets = swap;
            }
            return build(trigger, rule, sources, targets, passive || rule.reverse(), resolvedByContext);
        }

        private List<Event> build(PhraseIndex.Match<TriggerRule> trigger, TriggerRule rule, List<ActorRef> sources,
                                  List<ActorRef> targets, boolean passive, boolean byContext) {
            List<Event> out = new ArrayList<>();
            // a protest is news even when the sentence does not say who protested ("a wave of protests in Israel")
            boolean anonymous = rule.code().startsWith("14") && sources.isEmpty();
            if (sources.isEmpty() && !(passive && !targets.isEmpty()) && !anonymous) {
                return out;
            }
            String coded = codeFor(rule, sources);
            boolean intent = intentBefore(trigger.from());
            String refined = intent ? Intents.intentTo(coded) : appealed(trigger, coded);
            CameoCodes.EventCode code = CameoCodes.event(refined).orElseThrow();
            Event.Status status = status(trigger);
            if (status == Event.Status.NEGATED && Intents.refusalOf(refined) != null && refused(trigger.from())) {
                code = CameoCodes.event(Intents.refusalOf(refined)).orElseThrow();
                status = Event.Status.ASSERTED; // refusing to cooperate is an act: a rejection
            } else if (intent && !refined.equals(coded) && status != Event.Status.NEGATED) {
                status = Event.Status.ASSERTED; // stating the intent is the act coded
            } else if (intent && status == Event.Status.ASSERTED) {
                status = Event.Status.FUTURE;
            }
            String date = date(trigger);
            if (status == Event.Status.ASSERTED && isFutureDate(date)) {
                status = Event.Status.FUTURE;
            }
            String place = place(trigger);
            String reportedBy = reportedBy(trigger);
            String triggerText = view.span(trigger.from(), trigger.to());
            boolean alleged = status == Event.Status.ASSERTED && code.quadClass() == 4 && !code.root().equals("14");
            ActorRef claimant = alleged ? claimantBefore(trigger.from()) : null;
            int start = in.caption() >= 0 ? 0 : in.from();
            int end = in.caption() >= 0 ? in.text().length() : in.to();
            List<ActorRef[]> pairs = new ArrayList<>();
            boolean listed = sources.size() >= 2 && (targets.isEmpty() || targetIsSetting)
                    && (rule.mutual() || mutualCode(code.code()));
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
            for (ActorRef[] pair : pairs) {
                ActorRef s = counterpartOf(pair[0], pair[1]);
                ActorRef t = counterpartOf(pair[1], pair[0]);
                if (s != null && s.isEmpty() || t != null && t.isEmpty() || s == null && t == null && !anonymous) {
                    continue;
                }
                if (t == null && (needsTarget(code.root()) || rule.needsTarget())) {
                    continue; // a meeting or aid with nobody on the other side says nothing
                }
                double confidence = confidence(trigger, s, t, passive, byContext);
                boolean mutual = s != null && t != null && (listed || rule.mutual());
                Event event = new Event(start, end, s == null ? null : s.toActor(), t == null ? null : t.toActor(),
                        code.code(), code.root(), code.quadClass(), code.goldstein(), date, place, triggerText,
                        status, reportedBy, confidence, in.caption(), mutual);
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
         * "The US said ISIL had attacked Iraq": an act of force that one party says another committed is, as the
         * text tells it, an accusation (112) by the speaker; one it says it committed itself is a claim of
         * responsibility (015). The act stays, marked CLAIMED.
         */
        private Event allegation(Event act, ActorRef speaker, ActorRef source, ActorRef target) {
            boolean own = source != null && source.sameCode(speaker);
            if (source == null && !own || own && target == null) {
                return null;
            }
            CameoCodes.EventCode code = CameoCodes.event(own ? "015" : "112").orElseThrow();
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

        /**
         * The party that opens the sentence with what it says: "The US claimed that ...", "Israel said ...". Not a
         * source tagged on at the end (", medics said"), which attributes the news rather than making an allegation.
         */
        private ActorRef claimantBefore(int at) {
            for (int i = at - 1; i >= 0 && at - i <= MAX_CLAIM_DISTANCE; i--) {
                if (view.isBreak(i) || view.token(i).raw().equals(",")) {
                    return null;
                }
                if (!view.is(i, Cue.SAY)) {
                    continue;
                }
                // "The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said": the
                // speaker stands before the apposition
                int end = i;
                if (end > 0 && view.token(end - 1).raw().equals(",")) {
                    end = end - 1;
                    while (end > 0 && !view.token(end - 1).raw().equals(",") && !view.isBreak(end - 1)) {
                        end--;
                    }
                    end = Math.max(0, end - 1);
                }
                for (int k = groups.size() - 1; k >= 0; k--) {
                    ActorGroup g = groups.get(k);
                    if (g.to <= end && end - g.to <= 4 && !g.isPronoun() && !inAttribution(g)
                            && !introducedByPreposition(g)) {
                        List<ActorRef> refs = listRefs(g);
                        return refs.size() == 1 && !refs.get(0).isEmpty() ? refs.get(0) : null;
                    }
                }
                return null;
            }
            return null;
        }

        /** "refused to help", "would not provide", "tidak akan membantu": a refusal, not a plain denial of a fact. */
        private boolean refused(int at) {
            boolean neg = false;
            boolean modal = false;
            for (int i = at - 1; i >= Math.max(0, at - STATUS_WINDOW); i--) {
                if (view.isBreak(i) || view.token(i).raw().equals(",")) {
                    break;
                }
                if (view.is(i, Cue.REFUSE)) {
                    return true;
                }
                neg |= view.is(i, Cue.NEG);
                modal |= view.is(i, Cue.FUTURE) || view.is(i, Cue.HYPO);
            }
            return neg && modal;
        }

        /** "wants to", "plans to", "berencana": an intent cue ending right before the trigger (one word may sit between). */
        private boolean intentBefore(int at) {
            for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
                if (view.is(i, Cue.INTENT)) {
                    return true;
                }
                if (!view.token(i).isWord() || inGroup(i)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "urged Russia to negotiate", "wants Putin to attack Switzerland": a general appeal (020) takes its kind
         * from the action asked for, the next trigger after the appeal's target.
         */
        private String appealed(PhraseIndex.Match<TriggerRule> trigger, String code) {
            if (!code.equals("020")) {
                return code;
            }
            for (PhraseIndex.Match<TriggerRule> other : allTriggers) {
                if (other.from() >= trigger.to() && other.from() - trigger.to() <= 8
                        && !crossesBoundary(trigger.to(), other.from())) {
                    return Intents.appealFor(other.value().code());
                }
            }
            return code;
        }

        /**
         * "Lavrov and Rubio met in Riyadh", "Malaysia and Singapore signed the Johor-Singapore agreement": an actor
         * after a mutual act that is where it happened, or part of what was signed, rather than a party to it (one
         * after "with", or the object of a lone verb such as "met", is a party).
         */
        private boolean isSetting(PhraseIndex.Match<TriggerRule> trigger, ActorGroup target) {
            if (locatedBefore(target)) {
                return target.sectors.isEmpty() && !target.person;
            }
            if (precededBy(target, Cue.PREP)) {
                return false;
            }
            // "signed an agreement", "held talks": what follows the act's own noun describes it
            return (trigger.value().mutual() || mutualCode(trigger.value().code())) && trigger.length() > 1;
        }

        /** "in Riyadh", "в столице Саудовской Аравии" (in the capital of Saudi Arabia): a place the act happens in. */
        private boolean locatedBefore(ActorGroup g) {
            for (int i = g.from - 1; i >= Math.max(0, g.from - 4); i--) {
                if (view.is(i, Cue.LOC)) {
                    return true;
                }
                Token t = view.token(i);
                boolean filler = view.is(i, Cue.DET) || view.is(i, Cue.LINK)
                        || t.isWord() && !t.capitalized() && !view.is(i, Cue.PREP) && !inGroup(i);
                if (!filler) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Codes whose act, done by actors named together with nobody else, is done to each other: "both sides
         * agreed", "the two leaders met", "Russia and China signed a treaty". A visit or its hosting is not.
         */
        private boolean mutualCode(String code) {
            return MUTUAL_ROOTS.contains(code.substring(0, 2)) && !code.startsWith("042") && !code.startsWith("043");
        }

        private boolean needsTarget(String root) {
            return root.equals("04") || root.equals("07");
        }

        /** "the attacks", "a deadly attack": a determiner before the trigger, with only plain words between. */
        private boolean determinerBefore(int at) {
            for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
                if (view.is(i, Cue.DET) && view.token(i).kind() != Token.Kind.NUMBER) {
                    return true;
                }
                if (!view.token(i).isWord() || inGroup(i) || view.is(i, Cue.PASSIVE) || view.is(i, Cue.FUTURE)
                        || view.is(i, Cue.NEG) || view.is(i, Cue.SAY)) {
                    return false;
                }
            }
            return false;
        }

        private boolean inGroup(int token) {
            return token >= 0 && grouped.get(token);
        }

        /** "Israeli tank shelling": an actor right before a nominal trigger, at most one word between. */
        private ActorGroup modifierBefore(int at) {
            for (ActorGroup g : groups) {
                if (g.to <= at && at - g.to <= 1 && !g.isPronoun()
                        && (g.to == at || view.token(g.to).isWord() && !view.is(g.to, Cue.PREP))) {
                    return g;
                }
            }
            return null;
        }

        /**
         * "10 Russian soldiers killed in Ukraine", "a Hamas member jailed a year ago": a participle right after an
         * actor, with no object after it, describes the actor it follows: the actor is the one acted on.
         */
        private boolean reducedRelative(PhraseIndex.Match<TriggerRule> trigger) {
            int at = trigger.from();
            // the actor, or the noun it names ("the Hamas movement jailed ..."), right before the participle
            boolean after = at > 0 && (groupEndsAt(at) || at > 1 && groupEndsAt(at - 1) && view.token(at - 1).isWord()
                    && !view.token(at - 1).capitalized() && !isCueWord(view, at - 1));
            if (!view.is(at, Cue.PARTICIPLE) || trigger.length() > 1 || !after) {
                return false;
            }
            int next = trigger.to();
            if (next >= view.size()) {
                return true;
            }
            return !inGroup(next) && !view.is(next, Cue.DET) && view.token(next).kind() != Token.Kind.NUMBER
                    && !view.is(next, Cue.THAT);
        }

        private boolean groupEndsAt(int at) {
            for (ActorGroup g : groups) {
                if (g.to == at && !g.isPronoun()) {
                    return true;
                }
            }
            return false;
        }

        /** "killed by", "released yesterday by": a passive even without an auxiliary. */
        private boolean byFollows(int after) {
            return view.is(after, Cue.BY) || view.token(Math.min(after, view.size() - 1)).isWord() && !inGroup(after)
                    && view.is(after + 1, Cue.BY);
        }

        private String codeFor(TriggerRule rule, List<ActorRef> sources) {
            String civil = rule.civilCode();
            String sector = sources.isEmpty() || sources.get(0) == null ? null : sources.get(0).primarySector();
            if (civil != null && sector != null && CIVIL.contains(sector)
                    && CameoCodes.event(civil).isPresent()) {
                return civil;
            }
            return rule.code();
        }

        /** "his counterpart" takes the sectors and role of the actor it is paired with. */
        private ActorRef counterpartOf(ActorRef actor, ActorRef other) {
            if (actor == null || !actor.counterpart() || other == null) {
                return actor;
            }
            return actor.withSectors(other.sectors(), other.roleLabel());
        }

        private double confidence(PhraseIndex.Match<TriggerRule> trigger, ActorRef s, ActorRef t, boolean passive,
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

        // ------------------------------------------------------------------------------------ actor search

        /** The list a group belongs to ("Russia, China and Iran"), else the group alone, as actors. */
        private List<ActorRef> listRefs(ActorGroup g) {
            if (g.list < 0) {
                return refOf(g);
            }
            List<ActorRef> out = new ArrayList<>();
            for (ActorGroup o : groups) {
                if (o.list == g.list) {
                    out.addAll(o.isPronoun() ? pronounReferents(o) : refOf(o));
                }
            }
            return out;
        }

        private List<ActorRef> pronounReferents(ActorGroup pronoun) {
            if (speaker != null && pronoun.from > speaker.to) {
                return listRefs(speaker);
            }
            ActorGroup sayer = sayerBefore(pronoun.from);
            if (sayer != null) {
                return listRefs(sayer);
            }
            return discourse.lastSources();
        }

        /** "Obama said he ...": the actor before the reporting verb that the pronoun follows. */
        private ActorGroup sayerBefore(int at) {
            int i = at - 1;
            while (i >= 0 && (view.is(i, Cue.THAT) || view.token(i).raw().equals(","))) {
                i--;
            }
            if (i < 0 || !view.is(i, Cue.SAY)) {
                return null;
            }
            for (int k = groups.size() - 1; k >= 0; k--) {
                ActorGroup g = groups.get(k);
                if (g.to <= i && !g.isPronoun() && i - g.to <= 4) {
                    return g;
                }
            }
            return null;
        }

        private boolean commaBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (view.token(i).raw().equals(",")) {
                    return true;
                }
            }
            return false;
        }

        /** The subject before a position, within its comma-delimited clause. */
        private ActorGroup subjectInClause(int at) {
            ActorGroup g = subjectBefore(at);
            if (g == null) {
                return null;
            }
            for (int i = g.to; i < at; i++) {
                if (view.token(i).raw().equals(",")) {
                    return null;
                }
            }
            return g;
        }

        /** "La estudiante , sede Arauca , fue desaparecida": a subject set off by a short aside between commas. */
        private ActorGroup subjectBeforeAside(int at) {
            ActorGroup g = subjectBefore(at);
            if (g == null || at - g.to > 8) {
                return null;
            }
            int commas = 0;
            for (int i = g.to; i < at; i++) {
                commas += view.token(i).raw().equals(",") ? 1 : 0;
            }
            return commas == 1 || commas == 2 && view.token(g.to).raw().equals(",") ? g : null;
        }

        /** The nearest actor before a position that is not the object of a preposition and not the speaker. */
        ActorGroup subjectBefore(int at) {
            for (int k = groups.size() - 1; k >= 0; k--) {
                ActorGroup g = groups.get(k);
                if (g.to > at) {
                    continue;
                }
                if (at - g.to > MAX_SOURCE_DISTANCE || crossesBoundary(g.to, at)) {
                    return null;
                }
                if (inAttribution(g) || introducedByPreposition(g) || !g.isPronoun() && !g.isCollective()
                        && refOf(g).stream().allMatch(ActorRef::isEmpty)) {
                    continue;
                }
                return g;
            }
            return null;
        }

        /** A purpose clause or a relative clause between a trigger and an actor: the actor belongs to it. */
        private boolean opensClause(int from, int to) {
            for (int i = from; i < to; i++) {
                if ((view.is(i, Cue.PURPOSE) || view.is(i, Cue.CLAUSE)) && !inGroup(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean crossesBoundary(int from, int to) {
            for (int i = from; i < to; i++) {
                if (view.isBreak(i) || view.is(i, Cue.SAY) || (attrFrom >= 0 && i == attrTo - 1 && attrFrom == 0)) {
                    return true;
                }
            }
            return false;
        }

        boolean introducedByLocation(ActorGroup g) {
            return !g.person && g.sectors.isEmpty() && g.fixedCode == null && precededBy(g, Cue.LOC);
        }

        private boolean precededBy(ActorGroup g, Cue cue) {
            int i = g.from - 1;
            while (i >= 0 && view.is(i, Cue.DET)) {
                i--;
            }
            return view.is(i, cue);
        }

        private boolean introducedByPreposition(ActorGroup g) {
            int i = g.from - 1;
            while (i >= 0 && view.is(i, Cue.DET)) {
                i--;
            }
            return i >= 0 && view.is(i, Cue.PREP) && !view.is(i, Cue.BY);
        }

        /** The first actor after the trigger, before another action or a clause break. */
        ActorGroup objectAfter(PhraseIndex.Match<TriggerRule> trigger, List<PhraseIndex.Match<TriggerRule>> all,
                               ActorGroup skip) {
            int limit = view.size();
            for (PhraseIndex.Match<TriggerRule> other : all) {
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
                if (g.from >= limit || g.from - from > MAX_TARGET_DISTANCE || crossesBoundary(from, g.from)
                        || opensClause(from, g.from)) {
                    return null;
                }
                if (inAttribution(g) || precededBy(g, Cue.BY)
                        || !g.isPronoun() && refOf(g).stream().allMatch(ActorRef::isEmpty)) {
                    continue;
                }
                String root = trigger.value().code().substring(0, 2);
                // "killed in Ukraine" names a place, but a visit, an inspection or a protest in a country is aimed
                // at it, as GDELT codes them; "disappeared from the police station" names where from, but one
                // withdraws from, or cuts ties with, the actor it concerns
                boolean placeIsTarget = List.of("04", "09", "14").contains(root);
                boolean originIsTarget = List.of("08", "16").contains(root) || trigger.value().reverse();
                boolean markedByPattern = g.from == trigger.to() && trigger.length() > 1;
                if (!inside && !markedByPattern && (!placeIsTarget && precededBy(g, Cue.LOC) && g.sectors.isEmpty()
                        && !g.person || !originIsTarget && precededBy(g, Cue.FROM))) {
                    continue;
                }
                return g;
            }
            return null;
        }

        private ActorGroup fromAfter(int after) {
            for (ActorGroup g : groups) {
                if (g.from >= after && g.from - after <= 8 && !crossesBoundary(after, g.from) && precededBy(g, Cue.FROM)) {
                    return g;
                }
            }
            return null;
        }

        /** "membahas Yerusalem dengan Netanyahu": the actor after a preposition, past the topic. */
        private ActorGroup partyAfter(PhraseIndex.Match<TriggerRule> trigger, ActorGroup topic) {
            for (ActorGroup g : groups) {
                if (g.from < topic.to || g.from - trigger.to() > MAX_TARGET_DISTANCE || crossesBoundary(topic.to, g.from)) {
                    continue;
                }
                if (precededBy(g, Cue.PREP) && !precededBy(g, Cue.LOC) && !precededBy(g, Cue.FROM)) {
                    return g;
                }
            }
            return null;
        }

        /** The actor after "by" that follows a passive or nominal trigger: "was attacked by X", "the attack by X". */
        private ActorGroup byAgent(int after) {
            return byAgent(after, after);
        }

        private ActorGroup byAgent(int from, int after) {
            for (int i = from; i < Math.min(view.size(), after + 12); i++) {
                if (view.isBreak(i) || i >= after && startsTrigger(i)) {
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
        private ActorGroup ofActorAfter(int after) {
            int i = after;
            if (i >= view.size() || !view.is(i, Cue.LINK)) {
                return null;
            }
            i++;
            while (i < view.size() && view.is(i, Cue.DET) && !inGroup(i)) {
                i++;
            }
            for (ActorGroup g : groups) {
                if (g.from <= i && g.to > i && !g.isPronoun()) {
                    return g;
                }
            }
            return null;
        }

        private boolean startsTrigger(int token) {
            for (PhraseIndex.Match<TriggerRule> t : allTriggers) {
                if (t.from() == token) {
                    return true;
                }
            }
            return false;
        }

        /** "Russia's attack": an actor right before the trigger with a possessive. */
        private ActorGroup possessorBefore(int at) {
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

        /** "panggilan telepon antara A dan B", "talks between A and B": the actors named after "between". */
        private List<ActorRef> betweenList(int after) {
            for (int i = after; i < Math.min(view.size(), after + 9); i++) {
                if (view.isBreak(i) || view.token(i).raw().equals(",")) {
                    return List.of();
                }
                if (view.is(i, Cue.BETWEEN)) {
                    for (ActorGroup g : groups) {
                        if (g.from > i && g.from - i <= 3 && g.list >= 0) {
                            return listRefs(g);
                        }
                    }
                    return List.of();
                }
            }
            return List.of();
        }

        private boolean passiveBefore(int at) {
            if (view.is(at, Cue.PASSIVE)) {
                return true; // "fue muerta": the auxiliary is part of the pattern
            }
            if (lexicon.activeForm(view.token(at).norm())) {
                return false;
            }
            for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
                if (view.is(i, Cue.PASSIVE)) {
                    return true;
                }
                if (!view.token(i).isWord() || !(view.is(i, Cue.NEG) || i == at - 1 || view.is(i, Cue.PASSIVE))) {
                    return false;
                }
            }
            return false;
        }

        // ------------------------------------------------------------------------------------ status, date, place

        private Event.Status status(PhraseIndex.Match<TriggerRule> trigger) {
            int from = Math.max(0, trigger.from() - STATUS_WINDOW);
            boolean neg = false;
            boolean hypo = false;
            boolean future = false;
            boolean purpose = false;
            for (int i = trigger.from() - 1; i >= from; i--) {
                if (view.isBreak(i) || view.token(i).raw().equals(",")) {
                    break;
                }
                neg |= view.is(i, Cue.NEG) || view.is(i, Cue.REFUSE);
                hypo |= view.is(i, Cue.HYPO);
                future |= view.is(i, Cue.FUTURE);
                purpose |= view.is(i, Cue.PURPOSE) && trigger.from() - i <= 2;
            }
            for (int i = trigger.from(); i < Math.min(view.size(), trigger.to() + 2); i++) {
                neg |= view.is(i, Cue.NEG_AFTER) || i < trigger.to() && i > trigger.from() && view.is(i, Cue.NEG);
            }
            hypo |= clauseOpensWith(trigger.from(), Cue.HYPO) || requested(trigger) && !intentBefore(trigger.from());
            future |= lexicon.futureForm(view.token(trigger.from()).raw());
            if (neg) {
                return Event.Status.NEGATED;
            }
            String root = trigger.value().code().substring(0, 2);
            // "marched to demand": the demand is made by marching; saying is doing for verbal acts
            // "amotinados para protestar": the riot is the protest; protesting is done by the act it is the purpose of
            boolean verbal = List.of("01", "02", "03", "10", "11", "12", "13", "14").contains(root);
            if (hypo || purpose && !verbal && !pastInClause(trigger.from())) {
                return Event.Status.HYPOTHETICAL;
            }
            return future ? Event.Status.FUTURE : Event.Status.ASSERTED;
        }

        /**
         * "the policy started by the Obama administration in 2016 to tighten ...": a year before the article's date
         * in the clause says the intended action did happen.
         */
        private boolean pastInClause(int at) {
            int[] clause = clause(at);
            String base = in.fallbackDate();
            int now = base != null ? Integer.parseInt(base.substring(0, 4)) : java.time.Year.now().getValue();
            for (int i = clause[0]; i < clause[1]; i++) {
                Token t = view.token(i);
                if (t.kind() == Token.Kind.NUMBER && t.raw().matches("(19|20)\\d\\d")
                        && Integer.parseInt(t.raw()) < now) {
                    return true;
                }
            }
            for (TimeExpression t : in.times()) {
                String v = t.value();
                if (v != null && v.matches("\\d{4}.*") && Integer.parseInt(v.substring(0, 4)) < now
                        && t.start() >= view.token(clause[0]).start() && t.end() <= view.token(clause[1] - 1).end()) {
                    return true;
                }
            }
            return false;
        }

        /** "asking Obama to help Iran", "pressured to attack": the action asked for has not been done. */
        private boolean requested(PhraseIndex.Match<TriggerRule> trigger) {
            for (PhraseIndex.Match<TriggerRule> other : allTriggers) {
                String root = other.value().code().substring(0, 2);
                if (other.to() <= trigger.from() && trigger.from() - other.to() <= 2
                        && List.of("02", "10", "12", "13", "17").contains(root)) {
                    return true;
                }
            }
            return false;
        }

        /** True when the comma-delimited clause holding the trigger starts with a cue ("if ...", "jika ..."). */
        private boolean clauseOpensWith(int at, Cue cue) {
            int i = at - 1;
            while (i >= 0 && !view.token(i).raw().equals(",") && !view.isBreak(i)) {
                i--;
            }
            return view.is(i + 1, cue) && i + 1 < at;
        }

        private String date(PhraseIndex.Match<TriggerRule> trigger) {
            if (in.times().isEmpty()) {
                return in.fallbackDate();
            }
            int[] clause = clause(trigger.from());
            int clauseStart = view.token(clause[0]).start();
            int clauseEnd = view.token(clause[1] - 1).end();
            TimeExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            int triggerAt = view.token(trigger.from()).start();
            for (TimeExpression t : in.times()) {
                if (!isDate(t.value()) || t.start() < clauseStart || t.end() > clauseEnd
                        || t.start() > triggerAt && subordinateBetween(trigger.to(), t.start())) {
                    continue;
                }
                int d = Math.abs(t.start() - triggerAt);
                if (d < bestDistance) {
                    best = t;
                    bestDistance = d;
                }
            }
            if (best == null) {
                int firstActor = groups.isEmpty() ? trigger.from() : Math.min(groups.get(0).from, trigger.from());
                int leadEnd = view.token(firstActor).start();
                for (TimeExpression t : in.times()) {
                    if (isDate(t.value()) && t.end() <= leadEnd && (attrFrom != 0 || t.start() >= view.token(attrTo - 1).end())) {
                        best = t;
                    }
                }
            }
            return best != null ? best.value() : in.fallbackDate();
        }

        /**
         * "discussed ending the policy which the Obama administration began in 2016": a date inside a relative or
         * purpose clause after the trigger belongs to that clause's action.
         */
        private boolean subordinateBetween(int fromToken, int toChar) {
            for (int i = fromToken; i < view.size() && view.token(i).start() < toChar; i++) {
                if ((view.is(i, Cue.CLAUSE) || view.is(i, Cue.PURPOSE)) && !inGroup(i)) {
                    return true;
                }
            }
            return false;
        }

        /** Token range [from, to) of the comma-delimited stretch around a token. */
        private int[] clause(int at) {
            int from = at;
            while (from > 0 && !view.token(from - 1).raw().equals(",") && !view.isBreak(from - 1)) {
                from--;
            }
            int to = at;
            while (to < view.size() && !view.token(to).raw().equals(",") && !view.isBreak(to)) {
                to++;
            }
            return new int[] {from, Math.max(to, at + 1)};
        }

        private boolean isFutureDate(String date) {
            if (date == null) {
                return false;
            }
            if (date.equals("FUTURE_REF")) {
                return true;
            }
            String base = in.fallbackDate();
            if (base == null || !date.matches("\\d{4}-\\d{2}-\\d{2}.*") || !base.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return false;
            }
            return date.substring(0, 10).compareTo(base.substring(0, 10)) > 0;
        }

        /** A country or place after a preposition of place ("in Beijing", "di Ukraina"), nearest the trigger. */
        private String place(PhraseIndex.Match<TriggerRule> trigger) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (ActorGroup g : groups) {
                if (!locatedBefore(g) || g.country == null || !g.sectors.isEmpty() || g.person || inAttribution(g)) {
                    continue;
                }
                int d = g.from >= trigger.to() ? g.from - trigger.to() : 2 * (trigger.from() - g.to) + 1;
                if (d < bestDistance && d <= 20) {
                    best = g.name != null ? g.name : view.span(g.from, g.to);
                    bestDistance = d;
                }
            }
            return best;
        }

        private String reportedBy(PhraseIndex.Match<TriggerRule> trigger) {
            if (speaker != null) {
                return speakerName(speaker);
            }
            if (attrFrom >= 0) {
                int f = attrFrom;
                while (f < attrTo && (view.is(f, Cue.ACCORDING) || view.token(f).isPunct())) {
                    f++;
                }
                int t = attrTo;
                while (t > f && view.token(t - 1).isPunct()) {
                    t--;
                }
                return t > f ? view.span(f, t) : null;
            }
            ActorGroup sayer = null;
            for (int i = trigger.from() - 1; i >= 0; i--) {
                if (view.is(i, Cue.SAY)) {
                    for (int k = groups.size() - 1; k >= 0; k--) {
                        ActorGroup g = groups.get(k);
                        if (g.to <= i && i - g.to <= 4 && !g.isPronoun()) {
                            sayer = g;
                            break;
                        }
                    }
                    break;
                }
            }
            return sayer == null ? null : speakerName(sayer);
        }

        /** A linked person or organisation by its canonical name, anyone else as the text names them. */
        private String speakerName(ActorGroup g) {
            if ((g.kbId != null || g.entity >= 0) && g.name != null && g.nameRank() >= 2) {
                return g.name;
            }
            return stripLeadingDeterminers(g);
        }
    }

    static boolean isDate(String value) {
        return value != null && value.matches("(\\d{4}|XXXX)(-.*)?");
    }
}
