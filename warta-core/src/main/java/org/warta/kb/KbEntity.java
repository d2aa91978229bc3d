package org.warta.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Entity;

/**
 * One canonical entity of the knowledge base.
 *
 * @param id        stable identifier ({@code country/RUS}, {@code person/sergei-lavrov}, a Wikidata id such as Q64)
 * @param type      PERSON, ORG, GPE or LOC
 * @param kind      finer kind used by the recogniser: country, capital, city, region, person, org, ...
 * @param canonical the English name
 * @param country   ISO 3166-1 alpha-3 code of the country it belongs to, or null
 * @param role      a role from the controlled vocabulary (see roles.tsv), or null
 * @param former    true for a person who no longer holds the role ("former president")
 * @param names     names by language code; {@link #ANY} holds names valid in every language
 * @param adjectives adjectives and demonyms by language code ("Russian", "russe"): cues, never mentions alone
 */
public record KbEntity(String id, Entity.Type type, String kind, String canonical, String country, String role,
                       boolean former, Map<String, List<String>> names, Map<String, List<String>> adjectives) {
    /** The language key of names valid in every language. */
    public static final String ANY = "*";
    /**
     * The language of canonical names, and of the names matched in text of every language besides its own
     * ("Donald Trump" in Indonesian news): English, the language of Wikidata's and CLDR's reference labels.
     */
    public static final String CANONICAL_LANGUAGE = "en";

    /** The prefix of the ids of countries ({@code country/RUS}); other places have ids of their own. */
    public static final String COUNTRY_ID_PREFIX = "country/";

    /** Whether an id is a country's rather than a region's or a city's. */
    public static boolean isCountryId(String id) {
        return id != null && id.startsWith(COUNTRY_ID_PREFIX);
    }

    public KbEntity {
        names = freeze(names);
        adjectives = freeze(adjectives);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, List.copyOf(new LinkedHashSet<>(v))));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Names usable in the given language: its own, then those valid in every language. */
    public List<String> namesIn(String language) {
        List<String> out = new ArrayList<>(names.getOrDefault(language, List.of()));
        out.addAll(names.getOrDefault(ANY, List.of()));
        return out;
    }

    public List<String> adjectivesIn(String language) {
        List<String> out = new ArrayList<>(adjectives.getOrDefault(language, List.of()));
        out.addAll(adjectives.getOrDefault(ANY, List.of()));
        return out;
    }

    /**
     * This entity with a later definition of the same id merged in: names and adjectives are added, and each field
     * the later one sets replaces this one's (a data file corrects a generated name, a user file a shipped role).
     */
    public KbEntity merge(KbEntity later) {
        return new KbEntity(id, or(later.type, type), or(later.kind, kind), or(later.canonical, canonical),
                or(later.country, country), or(later.role, role), later.former || former,
                union(names, later.names), union(adjectives, later.adjectives));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static Map<String, List<String>> union(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        b.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return out;
    }

    /** All names in every language, without duplicates. */
    public Set<String> allNames() {
        Set<String> out = new LinkedHashSet<>();
        names.values().forEach(out::addAll);
        return out;
    }
}
