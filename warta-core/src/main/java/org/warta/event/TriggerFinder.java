package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The event patterns of a sentence: all of them, longest first, and then the ones that report an act, without those
 * that are words of an actor or of a compound adjective.
 */
final class TriggerFinder {
    private TriggerFinder() {
    }

    static List<PhraseIndex.Match<TriggerRule>> find(SentenceView view, EventLexicon lexicon) {
        return PhraseIndex.longestFirst(lexicon.triggers().findAll(view.tokens(), view.caseless()));
    }

    /** The triggers that report an act: not inside an actor's words, not inside a compound adjective. */
    static List<PhraseIndex.Match<TriggerRule>> acts(SentenceView view, List<PhraseIndex.Match<TriggerRule>> triggers,
                                                    List<ActorPiece> pieces) {
        return withoutCompoundModifiers(view, withoutActorWords(triggers, pieces));
    }

    /** The first token of each trigger. */
    static BitSet starts(List<PhraseIndex.Match<TriggerRule>> triggers) {
        BitSet starts = new BitSet();
        triggers.forEach(t -> starts.set(t.from()));
        return starts;
    }

    /** The token after each trigger of an act of harm: where the person harmed is named ("ejecutaron a Antonio"). */
    static BitSet harmEnds(List<PhraseIndex.Match<TriggerRule>> triggers) {
        BitSet ends = new BitSet();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            if (CameoRules.HARM.contains(t.value().code())) {
                ends.set(t.to());
            }
        }
        return ends;
    }

    /** Every token of every trigger. */
    static BitSet tokens(List<PhraseIndex.Match<TriggerRule>> triggers) {
        BitSet tokens = new BitSet();
        triggers.forEach(t -> tokens.set(t.from(), t.to()));
        return tokens;
    }

    /** A word that names an actor ("protesters") is not also the action ("protest"). */
    private static List<PhraseIndex.Match<TriggerRule>> withoutActorWords(
            List<PhraseIndex.Match<TriggerRule>> triggers, List<ActorPiece> pieces) {
        List<PhraseIndex.Match<TriggerRule>> kept = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            boolean inside = false;
            for (ActorPiece p : pieces) {
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
    private static List<PhraseIndex.Match<TriggerRule>> withoutCompoundModifiers(
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
}
