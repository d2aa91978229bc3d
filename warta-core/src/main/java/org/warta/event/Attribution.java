package org.warta.event;

import java.util.BitSet;
import java.util.List;

/**
 * The span of a sentence that says who is speaking: "Menurut Kremlin," at the start, or ", officials said." at the
 * end, in tokens [from, to), with the actor named in it; from and to are -1 when the sentence has none.
 */
record Attribution(int from, int to, ActorGroup speaker) {
    static final Attribution NONE = new Attribution(-1, -1, null);
    /** How far into the sentence "according to" may open it. */
    private static final int LEAD = 3;
    /** Tokens at most between "according to" and the comma that closes the source. */
    private static final int MAX_SOURCE = 15;
    /** Tokens at most in an attribution at the end of the sentence. */
    private static final int MAX_TAIL = 16;

    static Attribution find(SentenceView view, List<ActorGroup> groups, BitSet triggerTokens) {
        int[] span = span(view, triggerTokens);
        return span == null ? NONE : new Attribution(span[0], span[1], speakerIn(groups, span[0], span[1]));
    }

    boolean exists() {
        return from >= 0;
    }

    /** Whether the attribution opens the sentence ("Menurut Kremlin, ..."). */
    boolean leads() {
        return from == 0;
    }

    /** Whether a group is named inside the attribution. */
    boolean holds(ActorGroup g) {
        return from >= 0 && g.from >= from && g.to <= to;
    }

    /** Whether a trigger lies inside the attribution: the act of saying, not an act the sentence reports. */
    boolean holds(PhraseIndex.Match<TriggerRule> trigger) {
        return trigger.from() >= from && trigger.to() <= to;
    }

    private static int[] span(SentenceView view, BitSet triggerTokens) {
        int n = view.size();
        for (int i = 0; i < Math.min(LEAD, n); i++) {
            if (view.is(i, Cue.ACCORDING)) {
                int j = i;
                while (j < n && view.is(j, Cue.ACCORDING)) {
                    j++;
                }
                int end = j;
                while (end < n && end - j < MAX_SOURCE && !view.token(end).raw().equals(",")) {
                    end++;
                }
                if (end < n && end > j) {
                    return new int[] {i, end + 1};
                }
            }
        }
        for (int c = n - 1; c > 0 && n - c <= MAX_TAIL; c--) {
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
        return null;
    }

    private static ActorGroup speakerIn(List<ActorGroup> groups, int from, int to) {
        for (ActorGroup g : groups) {
            if (g.from >= from && g.to <= to) {
                return g;
            }
        }
        return null;
    }
}
