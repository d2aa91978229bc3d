package org.warta.event;

import java.util.Set;

/**
 * What an event pattern says: the CAMEO code and how to find the actors.
 *
 * @param code  CAMEO event code
 * @param flags {@code passive}: the subject is the target and the source follows "by"; {@code mutual}: actors
 *              named together act on each other (talks, calls, clashes); {@code nosource}/{@code notarget}: the
 *              action takes no such actor; {@code reverse}: subject and object swap ("received weapons from");
 *              {@code noun}: a noun, whose actors come after "by" or before "'s"; {@code target}: only with a target
 */
record TriggerRule(String code, Set<String> flags) {
    /** Not written in a file: the pattern comes from a converted verb dictionary (events-petrarch.tsv). */
    static final String IMPORTED = "imported";
    static final Set<String> FLAGS = Set.of("passive", "mutual", "notarget", "nosource", "reverse", "noun", "target",
            "topic", "none", "victim");

    boolean passive() {
        return flags.contains("passive");
    }

    boolean mutual() {
        return flags.contains("mutual");
    }

    boolean noTarget() {
        return flags.contains("notarget");
    }

    /** "X received weapons from Y": the subject is the target and the object the source. */
    boolean reverse() {
        return flags.contains("reverse");
    }

    /**
     * The code when the source is a civilian group (protesters, workers, students...), from a {@code civil=CODE}
     * flag: CAMEO tells a road blocked by protesters (144) from a blockade by armed forces (191). Null if none.
     */
    String civilCode() {
        for (String f : flags) {
            if (f.startsWith("civil=")) {
                return f.substring(6);
            }
        }
        return null;
    }

    /** {@code target}: the pattern says nothing without someone it is done to ("wants Putin to ..."). */
    boolean needsTarget() {
        return flags.contains("target");
    }

    /**
     * {@code topic}: what directly follows is the subject matter ("membahas Yerusalem", "discussed Ukraine"); a
     * party to the act comes after a preposition ("dengan", "with").
     */
    boolean topicObject() {
        return flags.contains("topic");
    }

    /**
     * {@code none}: a phrase that holds a trigger word but reports no such act ("menduduki kursi", a seat held;
     * "pidió el anonimato"); being longer, it wins over the word inside it and codes nothing.
     */
    boolean none() {
        return flags.contains("none");
    }

    /**
     * {@code victim}: a civilian subject with nobody after is the one it happened to ("cuatro menores
     * desaparecieron", four minors disappeared), an armed one the doer ("paramilitares desaparecieron a Camilo").
     */
    boolean civilSubjectIsVictim() {
        return flags.contains("victim");
    }

    boolean imported() {
        return flags.contains(IMPORTED);
    }

    boolean noSource() {
        return flags.contains("nosource");
    }
}
