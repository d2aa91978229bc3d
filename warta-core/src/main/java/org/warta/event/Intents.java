package org.warta.event;

import java.util.Map;

/**
 * CAMEO codes an announced or requested action by the announcement or the request, not by the action: "plans to
 * visit" is an intent to meet (036), "wants to attack" a threat of force (138), "urged Iran to negotiate" an appeal
 * to meet (026). These tables give that code from the code of the action itself.
 */
final class Intents {
    /** Root of the action → the code of expressing the intent to do it (CAMEO 03x and 13x). */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("05", "032"), Map.entry("06", "031"), Map.entry("07", "033"),
            Map.entry("08", "035"), Map.entry("14", "133"), Map.entry("15", "138"), Map.entry("18", "138"),
            Map.entry("19", "138"), Map.entry("20", "138"));
    /**
     * Codes more specific than their root's intent. Other sanctions and coercion ("pledged to expel") stay the act
     * itself, announced (FUTURE): CAMEO's threats of them are threats made to the target, not promises made to others.
     */
    private static final Map<String, String> INTENT_BY_CODE = Map.of("175", "137");
    /** Root of the action asked for → the appeal for it (CAMEO 02x). */
    private static final Map<String, String> APPEAL = Map.ofEntries(
            Map.entry("03", "020"), Map.entry("04", "026"), Map.entry("05", "022"), Map.entry("06", "021"),
            Map.entry("07", "023"), Map.entry("08", "025"), Map.entry("15", "021"), Map.entry("18", "021"),
            Map.entry("19", "021"), Map.entry("20", "021"));

    /** Root of the cooperation refused → the rejection (CAMEO 12x): "would not provide support" is 121. */
    private static final Map<String, String> REFUSAL = Map.of(
            "03", "120", "04", "125", "05", "120", "06", "121", "07", "121", "08", "124");

    private Intents() {
    }

    /** The code for stating the intent to do {@code code}; the code itself when CAMEO has no intent form for it. */
    static String intentTo(String code) {
        String specific = INTENT_BY_CODE.get(code.length() > 3 ? code.substring(0, 3) : code);
        if (specific != null) {
            return specific;
        }
        return INTENT.getOrDefault(code.substring(0, 2), code);
    }

    /** The rejection that refusing an act of cooperation is, or null when the act is not cooperation. */
    static String refusalOf(String code) {
        return REFUSAL.get(code.substring(0, 2));
    }

    /** The appeal for an action coded {@code code}: asking someone to attack is asking for military cooperation. */
    static String appealFor(String code) {
        return APPEAL.getOrDefault(code.substring(0, 2), "020");
    }
}
