package org.warta.event;

import java.util.Locale;

/** Kinds of cue words in {@code event-cues.tsv}; a token may carry several. */
enum Cue {
    /** "and": joins actors into a list. */
    AND,
    /** Words that may sit inside an actor phrase: "of", "'s", "from", "de", "dari". */
    LINK,
    /** Determiners and quantifiers: "the", "a", "two". */
    DET,
    /** Prepositions: an actor after one is not a subject. */
    PREP,
    /** The agent marker of a passive: "by", "oleh", "por". */
    BY,
    /** A marker of a personal object: Spanish "a" in "ejecutaron a Antonio". */
    PERSONAL,
    /** "between": a shared action of the actors that follow. */
    BETWEEN,
    /** Reporting verbs: "said", "mengatakan". */
    SAY,
    /** "according to", "menurut": the rest of the sentence is reported. */
    ACCORDING,
    /** A complementiser after a reporting verb: "that", "bahwa". */
    THAT,
    NEG,
    /** "refused to", "se negó a", "menolak": a negation that is itself an act, a rejection (CAMEO 12). */
    REFUSE,
    /** Negation written after the verb: French "pas", German "nicht". */
    NEG_AFTER,
    FUTURE,
    /**
     * Words of intent right before an action: "wants to", "plans to", "vowed to", "ingin", "berencana". CAMEO codes
     * the stated intent, not the act: intent to meet is 036, intent to attack is a threat (138).
     */
    INTENT,
    HYPO,
    /** "in order to", "untuk": what follows is intended, not done. */
    PURPOSE,
    /**
     * Past participles of acts done to someone ("killed", "jailed"): right after a noun and with no object, they
     * describe it ("soldiers killed in Ukraine"), a passive without its auxiliary.
     */
    PARTICIPLE,
    /** Passive auxiliaries: "was", "were", "fue", "wurde". */
    PASSIVE,
    /** Words that open a subordinate clause: "who", "which", "yang", "que". */
    CLAUSE,
    /** Prepositions of place: "in", "di", "en". */
    LOC,
    /** "from", "dari", "desde": an actor after it is where something comes from, not the target. */
    FROM,
    /** Second halves of compounds that make a name a modifier: "Al Qaeda-linked", "US-backed". */
    DERIVED,
    /** First halves that do the same: "pro-Russia", "anti-government". */
    STANCE,
    /**
     * Words that open an organisation's name ("Persatuan", "Universitas"): the entity layer's org-word cues of
     * {@code entity-cues.tsv}, read here rather than written again. A name after a role that opens with one is the
     * organisation the role belongs to, not the holder's name.
     */
    ORG_WORD;

    static Cue parse(String kind) {
        return valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
