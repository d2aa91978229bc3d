package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Names in a sentence that no entity was given for: runs of two or more capitalised words, or one right after a title
 * ("Presiden Putin"), or a lone one a harm is done to. They hold an actor phrase together ("Menteri Luar Negeri Rusia
 * Sergei Lavrov") and name its actor, but carry no code of their own.
 *
 * <p>Why the event coder reads capitals itself: captions get no entity layer, and the entity layer leaves out names it
 * has too little evidence for, yet a phrase that holds a name is one actor. This is the only place the coder looks at
 * capitals to find names; where the entity layer's names are at hand they come first (the pieces they cover are
 * never read again here).
 */
final class CapitalisedNames {
    private CapitalisedNames() {
    }

    /**
     * @param pieces        the actor pieces found so far, whose words are not read again
     * @param triggerStarts the first token of every trigger, where no name starts
     * @param harmEnds      the token after every act of harm, where a victim may be named
     * @param notPeople     token spans the entity layer named as something other than a person but gave no actor
     *                      (a place with no country, or an organisation it took for one): a name there right after
     *                      a role is no person, as is one that opens with an organisation's word
     */
    static List<ActorPiece> find(SentenceView view, List<ActorPiece> pieces, BitSet triggerStarts, BitSet harmEnds,
                                 List<int[]> notPeople) {
        List<ActorPiece> out = new ArrayList<>();
        if (view.caseless()) {
            return out;
        }
        BitSet covered = new BitSet();
        BitSet afterTitle = new BitSet();
        for (ActorPiece p : pieces) {
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
                // "Jurucakap Bomba Selangor": after a role, an organisation's name is where the role belongs
                boolean person = !afterTitle.get(i) || !inside(i, j, notPeople) && !view.is(i, Cue.ORG_WORD);
                out.add(ActorPiece.builder(i, j, ActorEntry.Kind.ACTOR)
                        .sector(victim && person ? CameoRules.INDIVIDUAL : null)
                        .name(view.span(i, j)).person(person).build());
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean inside(int from, int to, List<int[]> spans) {
        for (int[] s : spans) {
            if (from >= s[0] && to <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word before a country name is a capitalised word of no actor, so the country is a syllable of a
     * person's name: "Đức" (Germany) in "Nguyễn Đức Chung".
     */
    static boolean afterNameWord(SentenceView view, int at, List<ActorPiece> pieces) {
        if (at == 0 || view.caseless() || !view.token(at - 1).isWord() || !view.token(at - 1).capitalized()
                || isCueWord(view, at - 1)) {
            return false;
        }
        for (ActorPiece p : pieces) {
            if (at - 1 >= p.from() && at - 1 < p.to() && !p.person()) {
                return false; // "Thủ tướng Anh": the word before is a title, an actor of its own
            }
        }
        return true;
    }

    /** A word of the language's cue lists other than a determiner or an organisation's first word: no name. */
    static boolean isCueWord(SentenceView view, int i) {
        return view.isCueOtherThan(i, Cue.DET, Cue.ORG_WORD);
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
}
