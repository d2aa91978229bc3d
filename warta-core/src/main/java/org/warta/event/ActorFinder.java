package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.warta.model.Entity;

/**
 * The actor pieces of a sentence, in token order (longer first where two start together): the entity layer's people,
 * organisations and places with a country; the language's actor words (country names and adjectives, agent nouns,
 * fixed actors, collectives, pronouns, counterparts); and the capitalised names nothing else gave.
 */
final class ActorFinder {
    /** II to XIX in capitals: the numbers of posts held side by side. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=..)X?(I{1,3}|IV|VI{0,3}|IX)");

    private final EventLexicon lexicon;

    ActorFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param triggerStarts the first token of every trigger found, where no capitalised name starts
     * @param harmEnds      the token after every act of harm, where a victim may be named
     */
    List<ActorPiece> find(SentenceView view, List<SentenceCoder.IndexedEntity> entities, BitSet triggerStarts,
                          BitSet harmEnds) {
        List<ActorPiece> out = new ArrayList<>();
        List<int[]> personSpans = new ArrayList<>();
        List<int[]> notPeople = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (SentenceCoder.IndexedEntity ie : entities) {
            ActorPiece p = entityPiece(view, ie);
            if (p == null && ie.entity().type() != Entity.Type.PERSON) {
                notPeople.add(tokenSpan(view, ie.entity()));
                if (ie.entity().type() != Entity.Type.ORG) {
                    places.add(tokenSpan(view, ie.entity()));
                }
            }
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
                    || lexicon.nameSyllables() && CapitalisedNames.afterNameWord(view, m.from(), out))) {
                continue; // "Jordan" in a person's name; "Đức" in "Nguyễn Đức Chung"
            }
            if (isModifier(view, m.from(), m.to())) {
                continue;
            }
            int from = m.from();
            int to = m.to() + (numbersRole(view, m) ? 1 : 0);
            int[] place = e.kind() == ActorEntry.Kind.COUNTRY ? enclosing(m.from(), m.to(), places) : null;
            if (place != null) {
                // "ke Gaza Palestin": a country's name that ends a place's name is that place, and starts where it does
                from = place[0];
                to = place[1];
            }
            out.add(wordPiece(m, from, to, view.span(from, to)));
        }
        out.addAll(CapitalisedNames.find(view, out, triggerStarts, harmEnds, notPeople));
        out.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to(), a.to()));
        return out;
    }

    /**
     * A Roman numeral right after a role word numbers the post ("Menteri Kewangan II", "Minister II"): it belongs to
     * the role, it is no one's name.
     */
    private static boolean numbersRole(SentenceView view, PhraseIndex.Match<ActorEntry> m) {
        return m.value().kind() == ActorEntry.Kind.AGENT && m.value().label() != null && m.to() < view.size()
                && !view.caseless() && ROMAN_NUMERAL.matcher(view.token(m.to()).raw()).matches();
    }

    /** A piece from the language's actor words, ending before token {@code to}. */
    private static ActorPiece wordPiece(PhraseIndex.Match<ActorEntry> m, int from, int to, String surface) {
        ActorEntry e = m.value();
        ActorPiece.Builder b = ActorPiece.builder(from, to, e.kind());
        return switch (e.kind()) {
            case COUNTRY -> b.country(e.value()).name(surface).adjective(e.adjective()).build();
            case AGENT -> b.sector(e.value()).label(e.label()).build();
            case ACTOR -> b.fixedCode(e.value()).label(e.label()).name(surface).build();
            case COLLECTIVE, PRONOUN -> b.label(e.value().equals("-") ? "" : e.value()).build();
            case COUNTERPART -> b.build();
        };
    }

    /** The tokens an entity covers, {-1, -1} if none. */
    private static int[] tokenSpan(SentenceView view, Entity e) {
        int from = -1;
        int to = -1;
        for (int i = view.firstEndingAfter(e.start()); i < view.size() && view.token(i).start() < e.end(); i++) {
            if (from < 0) {
                from = i;
            }
            to = i + 1;
        }
        return new int[] {from, to};
    }

    /** A piece from an entity: a person or organisation, or a place that names a country; null for other places. */
    private ActorPiece entityPiece(SentenceView view, SentenceCoder.IndexedEntity ie) {
        Entity e = ie.entity();
        int[] span = tokenSpan(view, e);
        int from = span[0];
        int to = span[1];
        if (from < 0) {
            return null;
        }
        if (e.type() != Entity.Type.PERSON && isModifier(view, from, to)) {
            return null;
        }
        String name = e.canonical() != null ? e.canonical() : e.text();
        return switch (e.type()) {
            case PERSON, ORG -> ActorPiece.builder(from, to, ActorEntry.Kind.ACTOR).country(e.country())
                    .sector(lexicon.sectorOfRole(e.role())).label(e.role()).name(name).entity(e.kbId(), ie.index())
                    .person(e.type() == Entity.Type.PERSON).build();
            case GPE, LOC -> e.country() == null ? null : ActorPiece.builder(from, to, ActorEntry.Kind.COUNTRY)
                    .country(e.country()).name(name).entity(e.kbId(), ie.index()).build();
        };
    }

    /** "Al Qaeda-linked", "US-backed", "pro-Russia": a name used to describe another actor, not an actor. */
    private static boolean isModifier(SentenceView view, int from, int to) {
        boolean after = to + 1 < view.size() && view.token(to).raw().equals("-") && view.is(to + 1, Cue.DERIVED);
        boolean before = from >= 2 && view.token(from - 1).raw().equals("-") && view.is(from - 2, Cue.STANCE);
        return after || before;
    }

    /** The span of a place the entity layer found whose name ends with from..to and begins before it, or null. */
    private static int[] enclosing(int from, int to, List<int[]> spans) {
        for (int[] s : spans) {
            if (from > s[0] && to == s[1]) {
                return s;
            }
        }
        return null;
    }

    private static boolean insideAny(int from, int to, List<int[]> spans) {
        for (int[] s : spans) {
            if (from >= s[0] && to <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
