package org.warta.kb;

import java.time.LocalDate;
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
 * @param tenures   the CAMEO codes a person held, with their dates (imported actor dictionaries); may be empty
 */
public record KbEntity(String id, Entity.Type type, String kind, String canonical, String country, String role,
                       boolean former, Map<String, List<String>> names, Map<String, List<String>> adjectives,
                       List<Tenure> tenures) {
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
        tenures = tenures == null ? List.of() : List.copyOf(tenures);
    }

    /** An entity without dated codes. */
    public KbEntity(String id, Entity.Type type, String kind, String canonical, String country, String role,
                    boolean former, Map<String, List<String>> names, Map<String, List<String>> adjectives) {
        this(id, type, kind, canonical, country, role, former, names, adjectives, List.of());
    }

    /**
     * What a person was on a date, by the dated codes: the code held then (the latest begun among those holding the
     * date), else the undated one, else the last one ended before it, as a former holder. Without a date (or none
     * known): what the person is now, after every dated code. Null when the codes say nothing of the date (it is
     * before them all) or there are none.
     */
    public Standing standing(LocalDate date) {
        Tenure held = null;
        Tenure ended = null;
        Tenure undated = null;
        for (Tenure t : tenures) {
            if (t.undated()) {
                undated = undated == null ? t : undated;
            } else if (date == null ? t.until() == null : t.holds(date)) {
                held = held == null || later(t.from(), held.from()) ? t : held;
            } else if (date == null || t.endedBefore(date)) {
                ended = ended == null || later(t.until(), ended.until()) ? t : ended;
            }
        }
        Tenure t = held != null ? held : undated != null ? undated : ended;
        return t == null ? null : new Standing(t.code(), CameoCodes.role(t.code()),
                CameoCodes.country(t.code()), t == ended);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }

    /**
     * A person's standing by a CAMEO code.
     *
     * @param code    the code, which an event coder can take as the actor's code
     * @param role    the role of the code's sector (roles.tsv), or null
     * @param country the code's country, or null
     * @param former  whether the code was held before the date and no longer
     */
    public record Standing(String code, String role, String country, boolean former) {
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
                union(names, later.names), union(adjectives, later.adjectives),
                later.tenures.isEmpty() ? tenures : later.tenures);
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
