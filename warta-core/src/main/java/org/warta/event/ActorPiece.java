package org.warta.event;

/**
 * One actor word or name found in a sentence, before adjacent pieces are gathered into an {@link ActorGroup}.
 * Token offsets are into the sentence's token list. Made with {@link #builder}: most pieces say only a few of these.
 *
 * @param kind      what kind of actor word it is
 * @param country   ISO alpha-3 country, or null
 * @param fixedCode a full CAMEO actor code ("RUSGOV" for the Kremlin), or null
 * @param sector    a CAMEO sector, "GOV?" for a weak one, or null
 * @param label     the role ("foreign minister"), or for a collective or pronoun what it refers to
 * @param name      what the piece calls the actor (canonical for a linked entity), or null
 * @param kbId      knowledge-base id, or null
 * @param entity    index into the article's entity layer, or -1
 * @param adjective a country named by its adjective ("Russian")
 * @param person    a person's name
 */
record ActorPiece(int from, int to, ActorEntry.Kind kind, String country, String fixedCode, String sector, String label,
                  String name, String kbId, int entity, boolean adjective, boolean person) {

    static Builder builder(int from, int to, ActorEntry.Kind kind) {
        return new Builder(from, to, kind);
    }

    /** Collects the fields a piece states; the rest stay empty (null, -1, false). */
    static final class Builder {
        private final int from;
        private final int to;
        private final ActorEntry.Kind kind;
        private String country;
        private String fixedCode;
        private String sector;
        private String label;
        private String name;
        private String kbId;
        private int entity = -1;
        private boolean adjective;
        private boolean person;

        private Builder(int from, int to, ActorEntry.Kind kind) {
            this.from = from;
            this.to = to;
            this.kind = kind;
        }

        Builder country(String v) {
            country = v;
            return this;
        }

        Builder fixedCode(String v) {
            fixedCode = v;
            return this;
        }

        Builder sector(String v) {
            sector = v;
            return this;
        }

        Builder label(String v) {
            label = v;
            return this;
        }

        Builder name(String v) {
            name = v;
            return this;
        }

        /** The entity the piece comes from: its knowledge-base id and its index in the entity layer. */
        Builder entity(String id, int index) {
            kbId = id;
            entity = index;
            return this;
        }

        Builder adjective(boolean v) {
            adjective = v;
            return this;
        }

        Builder person(boolean v) {
            person = v;
            return this;
        }

        ActorPiece build() {
            return new ActorPiece(from, to, kind, country, fixedCode, sector, label, name, kbId, entity, adjective,
                    person);
        }
    }
}
