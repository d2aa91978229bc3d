package org.warta.event;

import java.util.BitSet;
import java.util.List;

/**
 * Where things lie in a sentence once its triggers, actor phrases and attribution are known, and the word-order
 * questions every later step asks about them: is this token part of an actor, what stands before this actor, does
 * a clause break or a reporting verb lie between two positions. Not changed after it is made.
 */
final class SentenceLayout {
    private final SentenceView view;
    private final List<PhraseIndex.Match<TriggerRule>> triggers;
    private final List<ActorGroup> groups;
    private final Attribution attribution;
    /** The tokens that belong to some group. */
    private final BitSet grouped = new BitSet();

    SentenceLayout(SentenceView view, List<PhraseIndex.Match<TriggerRule>> triggers, List<ActorGroup> groups,
                   Attribution attribution) {
        this.view = view;
        this.triggers = List.copyOf(triggers);
        this.groups = List.copyOf(groups);
        this.attribution = attribution;
        groups.forEach(g -> grouped.set(g.from, g.to));
    }

    SentenceView view() {
        return view;
    }

    /** The triggers of acts, in the order they are coded (longest first). */
    List<PhraseIndex.Match<TriggerRule>> triggers() {
        return triggers;
    }

    /** The actor phrases, in token order. */
    List<ActorGroup> groups() {
        return groups;
    }

    Attribution attribution() {
        return attribution;
    }

    boolean inGroup(int token) {
        return token >= 0 && grouped.get(token);
    }

    boolean isComma(int token) {
        return view.token(token).raw().equals(",");
    }

    /** Whether a trigger starts at a token. */
    boolean startsTrigger(int token) {
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            if (t.from() == token) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before a group, past determiners, is of a kind: "by Russia", "in Beijing". */
    boolean precededBy(ActorGroup g, Cue cue) {
        int i = g.from - 1;
        while (i >= 0 && view.is(i, Cue.DET)) {
            i--;
        }
        return view.is(i, cue);
    }

    /** The object of a preposition other than "by": not the subject of anything. */
    boolean introducedByPreposition(ActorGroup g) {
        int i = g.from - 1;
        while (i >= 0 && view.is(i, Cue.DET)) {
            i--;
        }
        return i >= 0 && view.is(i, Cue.PREP) && !view.is(i, Cue.BY);
    }

    /** A bare place after a preposition of place ("di Ukraina"): named in passing, not an actor. */
    boolean introducedByLocation(ActorGroup g) {
        return !g.person && g.sectors.isEmpty() && g.fixedCode == null && precededBy(g, Cue.LOC);
    }

    /** "in Riyadh", "в столице Саудовской Аравии" (in the capital of Saudi Arabia): a place the act happens in. */
    boolean locatedBefore(ActorGroup g) {
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

    /** A clause break, a reporting verb, or the end of a leading attribution in [from, to). */
    boolean crossesBoundary(int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.isBreak(i) || view.is(i, Cue.SAY) || attribution.leads() && i == attribution.to() - 1) {
                return true;
            }
        }
        return false;
    }

    /** A purpose clause or a relative clause between two positions: what follows belongs to it. */
    boolean opensClause(int from, int to) {
        for (int i = from; i < to; i++) {
            if ((view.is(i, Cue.PURPOSE) || view.is(i, Cue.CLAUSE)) && !inGroup(i)) {
                return true;
            }
        }
        return false;
    }

    boolean commaBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isComma(i)) {
                return true;
            }
        }
        return false;
    }

    /** Token range [from, to) of the comma-delimited stretch around a token. */
    int[] clause(int at) {
        int from = at;
        while (from > 0 && !isComma(from - 1) && !view.isBreak(from - 1)) {
            from--;
        }
        int to = at;
        while (to < view.size() && !isComma(to) && !view.isBreak(to)) {
            to++;
        }
        return new int[] {from, Math.max(to, at + 1)};
    }

    /** The words of a group without the determiners and linking words it opens with ("the Kremlin" → "Kremlin"). */
    String bareSpan(ActorGroup g) {
        int f = g.from;
        while (f < g.to - 1 && (view.is(f, Cue.DET) || view.is(f, Cue.LINK))) {
            f++;
        }
        return view.span(f, g.to);
    }
}
