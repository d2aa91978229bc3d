package org.warta.event;

/**
 * A lexicon entry that names (part of) an actor.
 *
 * @param kind   country (names and adjectives: "Russia", "Russian"), agent (a sector noun: "police" → COP), actor
 *               (a fixed code: "Kremlin" → RUSGOV, "United Nations" → IGOUNO), collective ("both sides"), pronoun,
 *               counterpart ("his counterpart": takes the role of the actor it is paired with)
 * @param value  ISO 3166-1 alpha-3 country, CAMEO sector or full actor code; for collectives, role words to prefer
 * @param label  the role in English for agents ("foreign minister"), used to resolve "the two ministers"
 * @param adjective true for country adjectives and demonyms, which pass their sector on in "US and British activists"
 */
record ActorEntry(Kind kind, String value, String label, boolean adjective) {
    enum Kind { COUNTRY, AGENT, ACTOR, COLLECTIVE, PRONOUN, COUNTERPART }
}
