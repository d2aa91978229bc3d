package org.warta.event;

/**
 * How a trigger is used, which decides where its actors are: a participle continuing the clause before
 * (", killing eight people"), a passive ("was attacked by", "ditangkap oleh", "10 soldiers killed in ..."), a noun
 * ("the attack by", "Russia's attack"), or else an active verb.
 */
record Voice(boolean participle, boolean passive, boolean nominal) {

    static Voice of(PhraseIndex.Match<TriggerRule> trigger, SentenceLayout layout, EventLexicon lexicon) {
        return new Reader(layout, lexicon).read(trigger);
    }

    private record Reader(SentenceLayout layout, SentenceView view, EventLexicon lexicon) {
        Reader(SentenceLayout layout, EventLexicon lexicon) {
            this(layout, layout.view(), lexicon);
        }

        Voice read(PhraseIndex.Match<TriggerRule> trigger) {
            TriggerRule rule = trigger.value();
            int at = trigger.from();
            String first = view.token(at).norm();
            boolean participle = at > 0 && layout.isComma(at - 1) && lexicon.activeForm(first);
            boolean passive = rule.passive() || passiveBefore(at)
                    || lexicon.byPassive() && byFollows(trigger.to()) || reducedRelative(trigger);
            boolean nominal = !participle && (rule.flags().contains("noun") || determinerBefore(at)
                    || lexicon.activeForm(first) && !view.is(at - 1, Cue.PASSIVE)
                    && !view.is(at - 1, Cue.FUTURE) && !view.is(at - 1, Cue.NEG));
            return new Voice(participle, passive, nominal);
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

        /** "killed by", "released yesterday by": a passive even without an auxiliary. */
        private boolean byFollows(int after) {
            return view.is(after, Cue.BY) || view.token(Math.min(after, view.size() - 1)).isWord()
                    && !layout.inGroup(after) && view.is(after + 1, Cue.BY);
        }

        /**
         * "10 Russian soldiers killed in Ukraine", "a Hamas member jailed a year ago": a participle right after an
         * actor, with no object after it, describes the actor it follows: the actor is the one acted on.
         */
        private boolean reducedRelative(PhraseIndex.Match<TriggerRule> trigger) {
            int at = trigger.from();
            // the actor, or the noun it names ("the Hamas movement jailed ..."), right before the participle
            boolean after = at > 0 && (groupEndsAt(at) || at > 1 && groupEndsAt(at - 1) && view.token(at - 1).isWord()
                    && !view.token(at - 1).capitalized() && !CapitalisedNames.isCueWord(view, at - 1));
            if (!view.is(at, Cue.PARTICIPLE) || trigger.length() > 1 || !after) {
                return false;
            }
            int next = trigger.to();
            if (next >= view.size()) {
                return true;
            }
            return !layout.inGroup(next) && !view.is(next, Cue.DET) && view.token(next).kind() != Token.Kind.NUMBER
                    && !view.is(next, Cue.THAT);
        }

        private boolean groupEndsAt(int at) {
            for (ActorGroup g : layout.groups()) {
                if (g.to == at && !g.isPronoun()) {
                    return true;
                }
            }
            return false;
        }

        /** "the attacks", "a deadly attack": a determiner before the trigger, with only plain words between. */
        private boolean determinerBefore(int at) {
            for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
                if (view.is(i, Cue.DET) && view.token(i).kind() != Token.Kind.NUMBER) {
                    return true;
                }
                if (!view.token(i).isWord() || layout.inGroup(i) || view.is(i, Cue.PASSIVE) || view.is(i, Cue.FUTURE)
                        || view.is(i, Cue.NEG) || view.is(i, Cue.SAY)) {
                    return false;
                }
            }
            return false;
        }
    }
}
