package org.warta.event;

import org.warta.cameo.CameoTables;

/**
 * CAMEO codes an announced or requested action by the announcement or the request, not by the action: "plans to
 * visit" is an intent to meet (036), "wants to attack" a threat of force (138), "urged Iran to negotiate" an appeal
 * to meet (026). The tables, in {@code org/warta/cameo/event-maps.tsv}, give that code from the code of the action.
 */
final class Intents {
    private static final CameoTables.EventMap INTENT = CameoTables.shipped().map("intent");
    private static final CameoTables.EventMap APPEAL = CameoTables.shipped().map("appeal");
    private static final CameoTables.EventMap REFUSAL = CameoTables.shipped().map("refusal");

    private Intents() {
    }

    /** The code for stating the intent to do {@code code}; the code itself when CAMEO has no intent form for it. */
    static String intentTo(String code) {
        return INTENT.apply(code).orElse(code);
    }

    /** The rejection that refusing an act of cooperation is, or null when the act is not cooperation. */
    static String refusalOf(String code) {
        return REFUSAL.apply(code).orElse(null);
    }

    /** The appeal for an action coded {@code code}: asking someone to attack is asking for military cooperation. */
    static String appealFor(String code) {
        return APPEAL.apply(code).orElseThrow();
    }
}
