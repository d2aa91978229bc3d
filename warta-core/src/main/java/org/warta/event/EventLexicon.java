package org.warta.event;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.cameo.CameoCodes;
import org.warta.lang.LanguageData;
import org.warta.pipeline.Deadline;

/**
 * The event coder's data for one language, read once and shared: event patterns ({@code events.tsv}), actor words
 * ({@code event-actors.tsv}, with {@code common/event-actors.tsv} for names used in every language), cue words
 * ({@code event-cues.tsv}: negation, modality, reporting verbs, prepositions...), and country names in the language
 * from CLDR (through ICU). File formats are described in docs/events.md.
 */
final class EventLexicon {
    private static final Map<String, EventLexicon> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> ISO3 = iso3();
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private final String language;
    private final Morphology morphology;
    private final PhraseIndex<TriggerRule> triggers = new PhraseIndex<>();
    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final Map<String, String> roleSectors = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> activeEndings = new ArrayList<>();
    private final List<String> futureEndings = new ArrayList<>();
    private final List<String> futurePrefixes = new ArrayList<>();
    /** Nouns that start like a future verb: سياسة (policy), سيارة (car), سيادة (sovereignty). */
    private final List<String> notFuturePrefixes = new ArrayList<>();
    private final List<String> andPrefixes = new ArrayList<>();
    private String order = "svo";
    private boolean byPassive;
    private boolean nameSyllables;
    private final int maxGap;

    private EventLexicon(String language) {
        this.language = language;
        this.morphology = morphology(language);
        this.maxGap = maxGap(language);
        loadTriggers();
        loadActors(LanguageData.COMMON);
        loadActors(language);
        loadCountryNames();
        loadCues();
    }

    static EventLexicon of(String language) {
        EventLexicon lexicon = CACHE.get(language);
        return lexicon != null ? lexicon
                : Deadline.unclocked(() -> CACHE.computeIfAbsent(language, EventLexicon::new));
    }

    /** True when the language has event patterns at all. */
    boolean codes() {
        return triggers.size() > 0;
    }

    String language() {
        return language;
    }

    Morphology morphology() {
        return morphology;
    }

    PhraseIndex<TriggerRule> triggers() {
        return triggers;
    }

    PhraseIndex<ActorEntry> actors() {
        return actors;
    }

    PhraseIndex<Cue> cues() {
        return cues;
    }

    /** True when a verb form with this ending is active even after a passive auxiliary ("is attacking"). */
    boolean activeForm(String norm) {
        for (String e : activeEndings) {
            if (norm.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the subject may follow the verb: "v2" (German: "Am Mittwoch griffen Rebellen ... an") and "vso"
     * (Arabic) languages look after the verb when nothing before it in the clause can be the subject.
     */
    boolean subjectMayFollow() {
        return order.equals("v2") || order.equals("vso");
    }

    /** True when a verb directly followed by "by" is a passive even without an auxiliary ("victims killed by"). */
    /**
     * Whether a country name can be a syllable of a person's name, as in Vietnamese ("Đức", Germany, in "Nguyễn Đức
     * Chung"; "Anh", Britain, in "Lê Văn Anh"): a country right after a capitalised word of no actor is a name.
     */
    boolean nameSyllables() {
        return nameSyllables;
    }

    boolean byPassive() {
        return byPassive;
    }

    /** True when a word begins with "and" written as a prefix (Arabic "وروسيا", "and Russia"). */
    boolean startsWithAnd(Token t) {
        for (String p : andPrefixes) {
            if (t.norm().startsWith(p) && t.norm().length() > p.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** True when a verb written this way is in the future tense (Spanish "atacará", French "attaquera"). */
    boolean futureForm(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String e : futureEndings) {
            if (lower.endsWith(e) && lower.length() > e.length() + 2) {
                return true;
            }
        }
        return futurePrefixed(lower);
    }

    /** Arabic "سيزور" (will visit): a future marker written onto the verb. */
    boolean futurePrefixed(String raw) {
        for (String p : notFuturePrefixes) {
            if (raw.startsWith(p)) {
                return false;
            }
        }
        for (String p : futurePrefixes) {
            if (raw.startsWith(p) && raw.length() >= p.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** Lines of the data files that could not be used, with where they are. */
    List<String> problems() {
        return problems;
    }

    /** The CAMEO sector of a role as the entity layer writes it ("foreign minister" → GOV), or null. */
    String sectorOfRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String r = role.toLowerCase(Locale.ROOT).strip();
        if (r.startsWith("former ")) {
            r = r.substring(7);
        }
        String exact = roleSectors.get(r);
        if (exact != null) {
            return exact;
        }
        for (String word : r.split("[\\s-]+")) {
            String s = roleSectors.get(word);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The English name of a country ("RUS" → "Russia"), or the code when CLDR has none. */
    static String countryName(String iso3) {
        return iso3 == null ? null : COUNTRY_NAMES.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String region : ULocale.getISOCountries()) {
            try {
                ULocale place = new ULocale("", region);
                names.put(place.getISO3Country(), place.getDisplayCountry(ULocale.ENGLISH));
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code
            }
        }
        names.put("PSE", "Palestine");
        return Map.copyOf(names);
    }

    static boolean isCountry(String code) {
        return code != null && ISO3.contains(code);
    }

    private static Morphology morphology(String language) {
        List<String> suffixes = new ArrayList<>();
        for (String suffix : LanguageData.suffixes(language)) {
            suffixes.add(Folding.fold(suffix, language));
        }
        List<String> clitics = new ArrayList<>();
        int minStem = 4;
        int minBare = 3;
        for (LanguageData.Row row : LanguageData.rows(language, "event-cues.tsv")) {
            switch (row.cell(0)) {
                case "suffix" -> suffixes.add(Folding.fold(row.cell(1), language));
                case "clitic" -> clitics.add(Folding.fold(row.cell(1), language));
                case "min-stem" -> minStem = Integer.parseInt(row.cell(1));
                case "min-bare" -> minBare = Integer.parseInt(row.cell(1));
                default -> {
                }
            }
        }
        return suffixes.isEmpty() && clitics.isEmpty() ? Morphology.NONE
                : new Morphology(suffixes, minStem, clitics, minBare);
    }

    private static int maxGap(String language) {
        for (LanguageData.Row row : LanguageData.rows(language, "event-cues.tsv")) {
            if (row.cell(0).equals("max-gap")) {
                return Integer.parseInt(row.cell(1));
            }
        }
        return PhrasePattern.MAX_GAP;
    }

    private void loadTriggers() {
        for (LanguageData.Row row : LanguageData.rows(language, "events.tsv")) {
            String code = row.cell(0);
            if (CameoCodes.event(code).isEmpty()) {
                problems.add(row.where() + ": unknown CAMEO code " + code);
                continue;
            }
            Set<String> flags = new HashSet<>();
            for (String f : row.cell(2).split(",")) {
                String flag = f.strip();
                if (flag.isEmpty()) {
                    continue;
                }
                if (!TriggerRule.FLAGS.contains(flag) && !flag.startsWith("civil=")) {
                    problems.add(row.where() + ": unknown flag '" + flag + "'");
                }
                flags.add(flag);
            }
            TriggerRule rule = new TriggerRule(code, Set.copyOf(flags));
            compile(row, row.cell(1)).forEach(p -> triggers.add(p, rule));
        }
    }

    private void loadActors(String folder) {
        for (LanguageData.Row row : LanguageData.rows(folder, "event-actors.tsv")) {
            String kind = row.cell(0);
            String value = row.cell(2);
            if (kind.equals("role")) {
                roleSectors.put(row.cell(1).toLowerCase(Locale.ROOT), value);
                continue;
            }
            ActorEntry entry = switch (kind) {
                case "country" -> new ActorEntry(ActorEntry.Kind.COUNTRY, value, null, false);
                case "demonym" -> new ActorEntry(ActorEntry.Kind.COUNTRY, value, null, true);
                case "agent" -> new ActorEntry(ActorEntry.Kind.AGENT, value, emptyToNull(row.cell(3)), false);
                case "actor" -> new ActorEntry(ActorEntry.Kind.ACTOR, value, emptyToNull(row.cell(3)), false);
                case "collective" -> new ActorEntry(ActorEntry.Kind.COLLECTIVE, value, null, false);
                case "pronoun" -> new ActorEntry(ActorEntry.Kind.PRONOUN, value, null, false);
                case "counterpart" -> new ActorEntry(ActorEntry.Kind.COUNTERPART, value, null, false);
                default -> null;
            };
            if (entry == null) {
                problems.add(row.where() + ": unknown kind '" + kind + "'");
                continue;
            }
            if ((kind.equals("country") || kind.equals("demonym")) && !isCountry(value)) {
                problems.add(row.where() + ": unknown country code " + value);
                continue;
            }
            compile(row, row.cell(1)).forEach(p -> actors.add(p, entry));
        }
    }

    /** Country names in the language from CLDR, so every country is known without listing it by hand. */
    private void loadCountryNames() {
        if (language.equals(LanguageData.COMMON)) {
            return;
        }
        Set<String> excluded = new HashSet<>();
        for (LanguageData.Row row : LanguageData.rows(language, "event-cues.tsv")) {
            if (row.cell(0).equals("not-country")) {
                excluded.add(row.cell(1));
            }
        }
        ULocale display = new ULocale(language);
        for (String region : ULocale.getISOCountries()) {
            ULocale place = new ULocale("", region);
            String iso3;
            try {
                iso3 = place.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            if (iso3 == null || iso3.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            String name = place.getDisplayCountry(display);
            if (name == null || name.equals(region)) {
                continue;
            }
            names.add(name);
            int paren = name.indexOf(" (");
            if (paren > 0) {
                names.add(name.substring(0, paren));
            }
            ActorEntry entry = new ActorEntry(ActorEntry.Kind.COUNTRY, iso3, null, false);
            for (String n : names) {
                if (!excluded.contains(n) && n.codePoints().filter(Character::isLetter).count() >= 2) {
                    try {
                        actors.add(PhrasePattern.compile(n, language, morphology), entry);
                    } catch (IllegalArgumentException ignored) {
                        // a CLDR name that is not a usable phrase (punctuation only)
                    }
                }
            }
        }
    }

    private void loadCues() {
        for (LanguageData.Row row : LanguageData.rows(language, "event-cues.tsv")) {
            String kind = row.cell(0);
            if (kind.equals("active-ending")) {
                activeEndings.add(Folding.fold(row.cell(1), language));
                continue;
            }
            if (kind.equals("future-ending")) {
                futureEndings.add(row.cell(1).toLowerCase(Locale.ROOT));
                continue;
            }
            if (kind.equals("future-prefix") || kind.equals("not-future-prefix")) {
                (kind.startsWith("not") ? notFuturePrefixes : futurePrefixes).add(row.cell(1).toLowerCase(Locale.ROOT));
                continue;
            }
            if (kind.equals("order")) {
                order = row.cell(1);
                continue;
            }
            if (kind.equals("by-passive")) {
                byPassive = row.cell(1).equals("yes");
                continue;
            }
            if (kind.equals("name-syllables")) {
                nameSyllables = row.cell(1).equals("yes");
                continue;
            }
            if (kind.equals("and-prefix")) {
                andPrefixes.add(Folding.fold(row.cell(1), language));
                continue;
            }
            if (Set.of("suffix", "clitic", "min-stem", "min-bare", "not-country", "max-gap").contains(kind)) {
                continue;
            }
            Cue cue;
            try {
                cue = Cue.parse(kind);
            } catch (IllegalArgumentException e) {
                problems.add(row.where() + ": unknown cue kind '" + kind + "'");
                continue;
            }
            compile(row, row.cell(1)).forEach(p -> cues.add(p, cue));
        }
    }

    /** The patterns of a cell: phrases separated by ";" are alternatives ("set fire to;set on fire"). */
    private List<PhrasePattern> compile(LanguageData.Row row, String cell) {
        List<PhrasePattern> out = new ArrayList<>();
        for (String phrase : cell.split(";")) {
            if (phrase.isBlank()) {
                continue;
            }
            try {
                out.add(PhrasePattern.compile(phrase, language, morphology, maxGap));
            } catch (IllegalArgumentException e) {
                problems.add(row.where() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s;
    }

    private static Set<String> iso3() {
        Set<String> codes = new HashSet<>();
        for (String region : ULocale.getISOCountries()) {
            try {
                codes.add(new ULocale("", region).getISO3Country());
            } catch (java.util.MissingResourceException ignored) {
                // a region without an alpha-3 code
            }
        }
        codes.add("PSE");
        codes.add("XKX");
        return Set.copyOf(codes);
    }

    static boolean isSector(String code) {
        return CameoCodes.actor(code).map(a -> a.kind().endsWith("role")).orElse(false);
    }
}
