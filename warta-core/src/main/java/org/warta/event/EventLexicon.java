package org.warta.event;

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
import org.warta.kb.Countries;
import org.warta.kb.Roles;
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
    /** The file of patterns converted from a verb dictionary by {@code warta events import}. */
    static final String IMPORTED = "events-petrarch.tsv";

    private final String language;
    private final Morphology morphology;
    private final PhraseIndex<TriggerRule> triggers = new PhraseIndex<>();
    /** Patterns converted from a verb dictionary ({@code events-petrarch.tsv}): used where events.tsv has none. */
    private final PhraseIndex<TriggerRule> imported = new PhraseIndex<>();
    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    /** The phrases of event-actors.tsv, which keep their own code where roles.tsv writes the same phrase. */
    private final Set<String> actorPhrases = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    /** Each thread's words of this language, with what this lexicon's indexes said of them. */
    private final ThreadLocal<Tokenizer.Words> words;
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
    /** True when the language has no patterns of its own and codes with the multilingual fallback. */
    private final boolean fallback;

    private EventLexicon(String language) {
        this.language = language;
        this.morphology = morphology(language);
        this.words = ThreadLocal.withInitial(() -> new Tokenizer.Words(language, morphology, WORDS));
        this.maxGap = maxGap(language);
        this.fallback = !LanguageData.exists(language, "events.tsv");
        loadTriggers(fallback ? LanguageData.COMMON : language, "events.tsv", triggers);
        loadTriggers(language, IMPORTED, imported);
        loadActors(LanguageData.COMMON);
        loadActors(language);
        loadRoles();
        loadCountryNames();
        loadCues();
        loadOrgWords();
    }

    /**
     * How many words a thread keeps per language: the words of most of a language's news (a few MB with their
     * notes), started afresh when full.
     */
    static final int WORDS = 8192;

    /** This thread's words of the language ({@link Tokenizer.Words}), kept from one text to the next. */
    Tokenizer.Words words() {
        return words.get();
    }

    static EventLexicon of(String language) {
        EventLexicon lexicon = CACHE.get(language);
        return lexicon != null ? lexicon
                : Deadline.unclocked(() -> CACHE.computeIfAbsent(language, EventLexicon::new));
    }

    /** True when the language has event patterns at all. */
    boolean codes() {
        return triggers.size() > 0 || imported.size() > 0;
    }

    /** True when the patterns are the multilingual fallback, not the language's own. */
    boolean fallback() {
        return fallback;
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

    /** The converted verb dictionary's patterns, second to {@link #triggers()}. */
    PhraseIndex<TriggerRule> importedTriggers() {
        return imported;
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

    /** True when the verb ends the clause ("sov": Japanese, Korean, Turkish, Hindi): its object stands before it. */
    boolean verbFinal() {
        return order.equals("sov");
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

    /**
     * The CAMEO sector of a role as the entity layer writes it ("foreign minister" → GOV), from the role vocabulary
     * ({@code kb/roles.tsv}), or null. A former office holder is coded by the office; a role the vocabulary lacks
     * ("deputy foreign minister") by its first word that is a role.
     */
    String sectorOfRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String r = role.toLowerCase(Locale.ROOT).strip();
        if (r.startsWith("former ")) {
            r = r.substring(7);
        }
        Roles vocabulary = Roles.vocabulary();
        if (vocabulary.contains(r)) {
            return vocabulary.sector(r);
        }
        for (String word : r.split("[\\s-]+")) {
            String s = vocabulary.sector(word);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The English name of a country ("RUS" → "Russia"), or the code when there is none. */
    static String countryName(String code) {
        return Countries.englishName(code);
    }

    static boolean isCountry(String code) {
        return Countries.isCountry(code);
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

    /**
     * Patterns from a file of a folder: the language's own, or, for a language with none of its own, the
     * multilingual fallback of {@code common/events.tsv}, the clearest acts in the words of many languages.
     */
    private void loadTriggers(String folder, String file, PhraseIndex<TriggerRule> into) {
        Map<String, PhrasePattern.Element> sets = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(folder, file)) {
            String code = row.cell(0);
            if (code.startsWith("&")) {
                try {
                    sets.put(code.substring(1), PhrasePattern.set(row.cell(1), language, morphology));
                } catch (IllegalArgumentException e) {
                    problems.add(row.where() + ": " + e.getMessage());
                }
                continue;
            }
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
            if (into == imported) {
                flags.add(TriggerRule.IMPORTED);
            }
            TriggerRule rule = new TriggerRule(code, Set.copyOf(flags));
            compile(row, row.cell(1), sets).forEach(p -> into.add(p, rule));
        }
    }

    private void loadActors(String folder) {
        for (LanguageData.Row row : LanguageData.rows(folder, "event-actors.tsv")) {
            String kind = row.cell(0);
            String value = row.cell(2);
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
            for (String phrase : row.cell(1).split(";")) {
                actorPhrases.add(phrase.strip());
            }
            compile(row, row.cell(1)).forEach(p -> actors.add(p, entry));
        }
    }

    /**
     * Role words ({@code roles.tsv}, with {@code common/}) are agents of their role's sector in the role vocabulary:
     * the phrase as written (a capitalised "President" only matches a capitalised word) and the third column's
     * patterns, the forms that name holders of the role without a name (plurals, "top diplomat"). A phrase with a
     * country slot or an abbreviation's dot only works before a name, and a role without a sector is no agent. A
     * phrase event-actors.tsv writes keeps the code it gives there.
     */
    private void loadRoles() {
        List<LanguageData.Row> rows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, "roles.tsv"));
        if (!language.equals(LanguageData.COMMON)) {
            rows.addAll(LanguageData.rows(language, "roles.tsv"));
        }
        Roles vocabulary = Roles.vocabulary();
        for (LanguageData.Row row : rows) {
            Roles.Role role = vocabulary.get(row.cell(1));
            if (role == null) {
                problems.add(row.where() + ": role '" + row.cell(1) + "' is not in kb/roles.tsv");
                continue;
            }
            if (role.sector().equals("-")) {
                continue;
            }
            ActorEntry entry = new ActorEntry(ActorEntry.Kind.AGENT, role.sector() + (role.weak() ? "?" : ""),
                    role.name(), false);
            List<String> phrases = new ArrayList<>();
            String written = row.cell(0);
            if (!written.contains("{") && !written.contains(".")) {
                phrases.add(written);
            }
            phrases.addAll(List.of(row.cell(2).split(";")));
            for (String phrase : phrases) {
                if (!phrase.isBlank() && actorPhrases.add(phrase.strip())) {
                    compile(row, phrase).forEach(p -> actors.add(p, entry));
                }
            }
        }
    }

    /**
     * Country names in the language from the knowledge base's country table, so every country is known without
     * listing it by hand: full names, the part of one before a bracket ("Myanmar (Burma)"), and short names except
     * those written in capitals, abbreviations that would match a common word in a headline in capitals ("US",
     * "us"); the language's event-actors.tsv writes the abbreviations it means.
     */
    private void loadCountryNames() {
        if (language.equals(LanguageData.COMMON)) {
            return;
        }
        for (Countries.Name country : Countries.names(language)) {
            String name = country.text();
            if (country.shortForm() && name.equals(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            int paren = name.indexOf(" (");
            if (paren > 0) {
                names.add(name.substring(0, paren));
            }
            ActorEntry entry = new ActorEntry(ActorEntry.Kind.COUNTRY, country.code(), null, false);
            for (String n : names) {
                if (n.codePoints().filter(Character::isLetter).count() >= 2) {
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

    /** The words that open organisations' names, as the entity layer lists them. */
    private void loadOrgWords() {
        for (LanguageData.Row row : LanguageData.rows(language, "entity-cues.tsv")) {
            if (row.cell(0).equals("org-word")) {
                compile(row, row.cell(1)).forEach(p -> cues.add(p, Cue.ORG_WORD));
            }
        }
    }

    /** The patterns of a cell: phrases separated by ";" are alternatives ("set fire to;set on fire"). */
    private List<PhrasePattern> compile(LanguageData.Row row, String cell) {
        return compile(row, cell, Map.of());
    }

    private List<PhrasePattern> compile(LanguageData.Row row, String cell, Map<String, PhrasePattern.Element> sets) {
        List<PhrasePattern> out = new ArrayList<>();
        for (String phrase : cell.split(";")) {
            if (phrase.isBlank()) {
                continue;
            }
            try {
                out.add(PhrasePattern.compile(phrase, language, morphology, maxGap, sets));
            } catch (IllegalArgumentException e) {
                problems.add(row.where() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s;
    }

    static boolean isSector(String code) {
        return CameoCodes.actor(code).map(a -> a.kind().endsWith("role")).orElse(false);
    }
}
