package org.warta.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the article has said so far, for actors that point back: "kedua menteri" (the two ministers) and "both
 * sides" are the two most recently introduced actors of different countries (with a matching role where the
 * phrase names one); "he" or "they" with no antecedent in the sentence is the last sentence's source.
 */
final class Discourse {
    /**
     * How many of the latest actors a collective phrase may point back to. Far more than an article names; it
     * keeps each look-up bounded however long the text.
     */
    static final int MEMORY = 1_000;
    private final ArrayDeque<ActorRef> introduced = new ArrayDeque<>();
    private List<ActorRef> lastSources = List.of();

    void introduce(ActorRef actor) {
        if (actor != null && actor.countryCode() != null && !actor.isEmpty()) {
            introduced.addLast(actor);
            if (introduced.size() > MEMORY) {
                introduced.removeFirst();
            }
        }
    }

    List<ActorRef> lastSources() {
        return lastSources;
    }

    void lastSources(List<ActorRef> sources) {
        if (!sources.isEmpty()) {
            lastSources = List.copyOf(sources);
        }
    }

    /**
     * The actors a collective phrase stands for.
     *
     * @param hints role words separated by "|" ("minister|secretary"), "" for any actors, "country" for the
     *              countries themselves ("both countries")
     * @param sameSentence actors introduced earlier in the same sentence, in order
     */
    List<ActorRef> resolveCollective(String hints, List<ActorRef> sameSentence) {
        // "Lavrov and Rubio confirmed ... Both sides agreed ...": the actors of the last action come first
        List<ActorRef> recent = hints.equals("country") ? List.of() : pick(lastSources, hints, false);
        if (recent.size() >= 2 && sameSentence.stream().noneMatch(a -> a.countryCode() != null)) {
            return recent;
        }
        List<ActorRef> pool = new ArrayList<>(introduced);
        for (ActorRef a : sameSentence) {
            if (a.countryCode() != null) {
                pool.add(a);
            }
        }
        boolean countries = hints.equals("country");
        List<ActorRef> found = pick(pool, countries ? "" : hints, !countries);
        if (found.size() < 2 && !hints.isEmpty() && !countries) {
            found = pick(pool, "", true);
        }
        if (found.size() < 2) {
            found = pick(pool, "", false);
        }
        if (countries) {
            found = found.stream().map(a -> new ActorRef(a.countryCode(), null, List.of(),
                    EventLexicon.countryName(a.countryCode()), null, null, false)).toList();
        }
        return found.size() >= 2 ? found : List.of();
    }

    private static List<ActorRef> pick(List<ActorRef> pool, String hints, boolean agentsOnly) {
        String[] words = hints.isEmpty() ? new String[0] : hints.toLowerCase(Locale.ROOT).split("\\|");
        Set<String> countries = new HashSet<>();
        List<ActorRef> out = new ArrayList<>();
        for (int i = pool.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorRef a = pool.get(i);
            if (words.length > 0 && !matches(a.roleLabel(), words) || agentsOnly && !a.isAgent()) {
                continue;
            }
            if (countries.add(a.countryCode())) {
                out.add(a);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean matches(String role, String[] words) {
        if (role == null) {
            return false;
        }
        String r = role.toLowerCase(Locale.ROOT);
        if (r.startsWith("former ")) {
            return false; // "the two presidents" are the ones in office
        }
        for (String w : words) {
            if (r.contains(w.strip())) {
                return true;
            }
        }
        return false;
    }
}
