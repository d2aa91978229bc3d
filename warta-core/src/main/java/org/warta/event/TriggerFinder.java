package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The event patterns of a sentence: all of them, longest first, and then the ones that report an act, without those
 * that are words of an actor or of a compound adjective.
 */
final class TriggerFinder {
    private TriggerFinder() {
    }

    /**
     * The hand-written patterns, longest first. Only in a sentence where none matched, the converted verb
     * dictionary's: a pattern found among them would take the words, or the object, of an act the hand-written
     * ones coded. Those too only for verbs the hand-written patterns do not know (where they know a verb, their
     * silence on it is a choice), and only with the words a pattern adds to its verb (a verb alone says too little
     * without a parser to tell it from a noun).
     */
    static List<PhraseIndex.Match<TriggerRule>> find(SentenceView view, EventLexicon lexicon) {
        List<PhraseIndex.Match<TriggerRule>> hand =
                PhraseIndex.longestFirst(lexicon.triggers().findAll(view.tokens(), view.caseless()));
        if (lexicon.importedTriggers().size() == 0 || !hand.isEmpty()) {
            return hand;
        }
        List<PhraseIndex.Match<TriggerRule>> all = new ArrayList<>(hand);
        for (PhraseIndex.Match<TriggerRule> m : tightestFirst(
                lexicon.importedTriggers().findAll(view.tokens(), view.caseless()))) {
            if (all.stream().noneMatch(m::overlaps) && standsAsVerb(view, m) && m.pattern().weight() >= 2
                    && !lexicon.triggers().begins(view.token(m.from()), view.caseless())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(PhraseIndex.Match::from));
        return all;
    }

    /**
     * The matches with the most words that do not overlap; among those with as many, the one with the fewest words
     * skipped ("rushed relief", a verb and its object, before "rushed relief supplies to", a verb and a preposition
     * further on), then the earlier line.
     */
    private static List<PhraseIndex.Match<TriggerRule>> tightestFirst(List<PhraseIndex.Match<TriggerRule>> matches) {
        List<PhraseIndex.Match<TriggerRule>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.<PhraseIndex.Match<TriggerRule>>comparingInt(m -> -m.pattern().weight())
                .thenComparingInt(PhraseIndex.Match::length).thenComparingInt(PhraseIndex.Match::order)
                .thenComparingInt(PhraseIndex.Match::from));
        List<PhraseIndex.Match<TriggerRule>> kept = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> m : sorted) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * A converted dictionary pattern was written for a verb a parser had found; without one, a match is no verb
     * where the language's own data says its first word is something else (a reporting verb, an intent, "and", a
     * preposition: cue words the coder reads in their own way), where a determiner or a number comes right before
     * a single word ("the target", "two visits": a noun), or where it is capitalised inside a sentence (a name:
     * "Free Tibet").
     */
    private static boolean standsAsVerb(SentenceView view, PhraseIndex.Match<TriggerRule> m) {
        int at = m.from();
        if (view.isCueOtherThan(at, Cue.PARTICIPLE)) {
            return false;
        }
        if (m.length() == 1 && at > 0 && view.is(at - 1, Cue.DET)) {
            return false;
        }
        return view.caseless() || at == 0 || !view.token(at).capitalized();
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

    /**
     * A word that names an actor ("protesters") is not also the action ("protest"); a converted dictionary's
     * pattern, written for a verb and its object, touches no actor's words at all ("tropas del Ejército").
     */
    private static List<PhraseIndex.Match<TriggerRule>> withoutActorWords(
            List<PhraseIndex.Match<TriggerRule>> triggers, List<ActorPiece> pieces) {
        List<PhraseIndex.Match<TriggerRule>> kept = new ArrayList<>();
        for (PhraseIndex.Match<TriggerRule> t : triggers) {
            boolean inside = false;
            for (ActorPiece p : pieces) {
                if (t.from() >= p.from() && t.from() < p.to() && (t.length() == 1 || t.to() <= p.to())
                        || t.value().imported() && t.from() < p.to() && p.from() < t.to()) {
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
