package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.warta.kb.Roles;

/**
 * Gathers actor words into actor phrases and phrases into lists. Words join when only linking words ("of", "'s",
 * "dari", "de"), determiners or at most two other words stand between them ("Iraq's national security advisor");
 * a person set off by commas joins the phrase it explains ("The US commander in Iraq, General David Petraeus,");
 * phrases joined by "and" or commas ending in "and" form a list ("Russia, China and Iran").
 */
final class GroupBuilder {
    private static final int MAX_FREE_WORDS = 2;

    private GroupBuilder() {
    }

    static List<ActorGroup> build(SentenceView view, List<ActorPiece> pieces, BitSet triggerTokens,
                                  EventLexicon lexicon) {
        List<ActorGroup> groups = new ArrayList<>();
        ActorGroup current = null;
        for (ActorPiece p : pieces) {
            if (current != null && canJoin(view, current, p, triggerTokens, lexicon)) {
                current.add(p);
            } else {
                current = new ActorGroup(p);
                groups.add(current);
            }
        }
        groups = appositions(view, groups);
        lists(view, groups, lexicon);
        return groups;
    }

    private static boolean canJoin(SentenceView view, ActorGroup g, ActorPiece p, BitSet triggerTokens,
                                   EventLexicon lexicon) {
        if (g.isPronoun() || p.kind() == ActorEntry.Kind.PRONOUN) {
            return false;
        }
        if (p.from() < g.to) {
            return true;
        }
        boolean linked = false;
        int free = 0;
        for (int i = g.to; i < p.from(); i++) {
            Token t = view.token(i);
            if (triggerTokens.get(i) || view.is(i, Cue.AND) || view.is(i, Cue.SAY) || view.is(i, Cue.CLAUSE)
                    || view.is(i, Cue.NEG) || view.is(i, Cue.BY) || view.isBreak(i)) {
                return false;
            }
            if (t.isPunct()) {
                if (!isInnerPunct(t.raw())) {
                    return false;
                }
                continue;
            }
            if (view.is(i, Cue.LINK)) {
                linked = true;
            } else if (view.is(i, Cue.DET)) {
                continue;
            } else if (view.is(i, Cue.PREP)) {
                return false;
            } else if (++free > MAX_FREE_WORDS) {
                return false;
            }
        }
        if (!linked && free > 0 && g.role && isRole(p)) {
            return false; // "Agong berkuasa memecat Perdana Menteri": words between two roles are a clause's verb
        }
        if (!linked && p.from() > g.to && namedPlaceAfterPreposition(view, g)) {
            return false; // "في الرياض بحضور ولي العهد": the place where it happens, then who was there
        }
        String pCountry = p.country();
        if (g.country != null && pCountry != null && !g.country.equals(pCountry) && !linked) {
            return false;
        }
        if (g.person && p.person()) {
            return false;
        }
        if (lexicon.subjectMayFollow() && !linked && !g.sectors.isEmpty() && p.sector() != null
                && p.kind() == ActorEntry.Kind.AGENT) {
            return false; // "اعتقلت الشرطة المتظاهرين": after a verb-first clause's verb, subject then object
        }
        // a bare place after a person needs a linking word: "Putin, Moscow" is two actors, "the mayor of Nablus" one
        return !g.person || p.kind() != ActorEntry.Kind.COUNTRY || p.adjective() || linked || p.from() == g.to;
    }

    private static boolean isRole(ActorPiece p) {
        return p.kind() == ActorEntry.Kind.AGENT && p.label() != null && Roles.vocabulary().contains(p.label());
    }

    /** A place by its name right after a preposition of place ("in Riyadh", "di Jakarta"), not an adjective. */
    private static boolean namedPlaceAfterPreposition(SentenceView view, ActorGroup g) {
        return g.placesOnly && !g.adjectiveOnly && g.from > 0 && view.is(g.from - 1, Cue.LOC);
    }

    private static boolean isInnerPunct(String raw) {
        return raw.equals("-") || raw.equals("'") || raw.equals("’") || raw.equals("\"") || raw.equals("“")
                || raw.equals("”") || raw.equals("«") || raw.equals("»");
    }

    /** "X, General David Petraeus," and "Ernesto Samper, the candidate,": a person and a description, one actor. */
    private static List<ActorGroup> appositions(SentenceView view, List<ActorGroup> groups) {
        List<ActorGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            ActorGroup g = groups.get(i);
            if (!out.isEmpty()) {
                ActorGroup prev = out.get(out.size() - 1);
                if (g.from == prev.to + 1 && view.token(prev.to).raw().equals(",") && prev.person != g.person
                        && !afterAccording(view, prev)
                        && !prev.isCollective() && !g.isCollective() && !prev.isPronoun() && !g.isPronoun()
                        && (prev.country == null || g.country == null || Objects.equals(prev.country, g.country))
                        && !followedByAnd(view, g)) {
                    prev.absorb(g);
                    continue;
                }
            }
            out.add(g);
        }
        return out;
    }

    /** "Menurut Kremlin, Presiden Trump ...": the comma closes the source, it does not open an apposition. */
    private static boolean afterAccording(SentenceView view, ActorGroup g) {
        for (int i = g.from - 1; i >= Math.max(0, g.from - 2); i--) {
            if (view.is(i, Cue.ACCORDING)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByAnd(SentenceView view, ActorGroup g) {
        int i = g.to;
        if (i < view.size() && view.token(i).raw().equals(",")) {
            i++;
        }
        return view.is(i, Cue.AND);
    }

    /** Marks groups joined by "and" (or commas closed by "and") with a shared list number. */
    private static void lists(SentenceView view, List<ActorGroup> groups, EventLexicon lexicon) {
        int next = 0;
        int i = 0;
        while (i < groups.size() - 1) {
            int j = i;
            boolean sawAnd = false;
            List<Integer> commaOnly = new ArrayList<>();
            while (j < groups.size() - 1) {
                Separator s = separator(view, groups.get(j), groups.get(j + 1), lexicon);
                if (s == Separator.NONE) {
                    break;
                }
                if (s == Separator.AND) {
                    sawAnd = true;
                } else {
                    commaOnly.add(j);
                }
                j++;
                if (sawAnd) {
                    break;
                }
            }
            if (j > i && sawAnd) {
                for (int k = i; k <= j; k++) {
                    groups.get(k).list = next;
                }
                distributeSectors(groups.subList(i, j + 1));
                next++;
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    private enum Separator { NONE, COMMA, AND }

    private static Separator separator(SentenceView view, ActorGroup a, ActorGroup b, EventLexicon lexicon) {
        if (a.to == b.from && lexicon.startsWithAnd(view.token(b.from))) {
            return Separator.AND; // "روسيا والصين": "and" written on the next word
        }
        boolean and = false;
        boolean comma = false;
        for (int i = a.to; i < b.from; i++) {
            Token t = view.token(i);
            if (t.raw().equals("(")) {
                int close = i + 1;
                while (close < b.from && close - i <= 4 && !view.token(close).raw().equals(")")) {
                    close++;
                }
                if (close < b.from && view.token(close).raw().equals(")")) {
                    i = close;
                    continue;
                }
            }
            if (view.is(i, Cue.AND) && !and) {
                and = true;
            } else if (t.raw().equals(",") && !comma && !and) {
                comma = true;
            } else if (!view.is(i, Cue.DET) && !t.raw().equals("(") && !t.raw().equals(")")) {
                return Separator.NONE;
            }
        }
        return and ? Separator.AND : comma ? Separator.COMMA : Separator.NONE;
    }

    /** "US and British activists": the last phrase's sectors belong to bare country adjectives before it. */
    private static void distributeSectors(List<ActorGroup> list) {
        // "Lavrov dan mitranya dari AS": the counterpart takes the role of the other
        for (ActorGroup g : list) {
            if (g.counterpart && g.sectors.isEmpty()) {
                for (ActorGroup o : list) {
                    if (o != g && !o.sectors.isEmpty()) {
                        o.sectors.forEach(g::addSector);
                        if (g.label == null) {
                            g.label = o.label;
                        }
                        break;
                    }
                }
            }
        }
        ActorGroup last = list.get(list.size() - 1);
        if (last.sectors.isEmpty()) {
            return;
        }
        for (ActorGroup g : list.subList(0, list.size() - 1)) {
            if (g.sectors.isEmpty() && g.adjectiveOnly && g.country != null) {
                last.sectors.forEach(g::addSector);
                if (g.label == null) {
                    g.label = last.label;
                }
            }
        }
    }
}
