package org.warta.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguageData;
import org.warta.pipeline.Deadline;
import org.warta.token.PhraseTrie;

/**
 * One language's data for finding entities, read from {@code org/warta/lang/<code>/roles.tsv} (role phrase, role)
 * and {@code entity-cues.tsv} (kind, phrase, value), with {@code common/} added to every language. Kinds:
 * <ul>
 *   <li>{@code org}: the head of an organisation that takes a country ("Kementerian Luar Negeri", value: the
 *       English name, "Ministry of Foreign Affairs");</li>
 *   <li>{@code org-word}, {@code org-suffix}: words that start or end organisation names (Universitas, Inc);</li>
 *   <li>{@code loc-word}: words that start names of places that are not countries or towns (Pulau, Gunung);</li>
 *   <li>{@code title}: titles before personal names (Pak, Mr., Dr.);</li>
 *   <li>{@code place-prep}: prepositions before places (di, in);</li>
 *   <li>{@code counterpart}: "his counterpart" words (mitranya);</li>
 *   <li>{@code link}: words that may stand between a role, a country and a name (dari, of, the, a comma);</li>
 *   <li>{@code connector}: lower-case words allowed inside a name (of, de, van, bin);</li>
 *   <li>{@code given-name}: common first names, a cue that a capitalised run is a person;</li>
 *   <li>{@code stop}: capitalised words that are never a name on their own (sentence-initial function words);</li>
 *   <li>{@code prefix}, {@code suffix}, {@code min-stem}: affixes removed before matching, for inflecting languages
 *       (the suffixes shared with event coding are in {@code morphology.tsv});</li>
 *   <li>{@code model}: the language whose statistical model tags this one;</li>
 *   <li>{@code capitalised-nouns}: true where every noun is capitalised (German), so capitals alone say little.</li>
 * </ul>
 */
final class LanguageCues {
    final String language;
    final Normalizer normalizer;
    final PhraseTrie<String> roles = new PhraseTrie<>();
    final PhraseTrie<String> orgs = new PhraseTrie<>();
    final PhraseTrie<String> titles = new PhraseTrie<>();
    final PhraseTrie<String> counterparts = new PhraseTrie<>();
    final Set<String> orgWords = new HashSet<>();
    final Set<String> orgSuffixes = new HashSet<>();
    final Set<String> locWords = new HashSet<>();
    final Set<String> placePreps = new HashSet<>();
    final Set<String> links = new HashSet<>();
    final Set<String> connectors = new HashSet<>();
    final Set<String> stops = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final String model;
    /** Common nouns are capitalised too (German): a capitalised run is a name only with a cue. */
    final boolean capitalisedNouns;

    private LanguageCues(String language) {
        this.language = language;
        List<LanguageData.Row> rows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, "entity-cues.tsv"));
        if (!LanguageData.COMMON.equals(language)) {
            rows.addAll(LanguageData.rows(language, "entity-cues.tsv"));
        }
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>(LanguageData.suffixes(language));
        int minStem = 3;
        String modelLanguage = null;
        boolean nouns = false;
        for (LanguageData.Row r : rows) {
            switch (r.cell(0)) {
                case "prefix" -> prefixes.add(r.cell(1));
                case "suffix" -> suffixes.add(r.cell(1));
                case "min-stem" -> minStem = Integer.parseInt(r.cell(1));
                case "model" -> modelLanguage = r.cell(1);
                case "capitalised-nouns" -> nouns = Boolean.parseBoolean(r.cell(1));
                default -> {
                }
            }
        }
        this.normalizer = prefixes.isEmpty() && suffixes.isEmpty() ? Normalizer.PLAIN
                : new Normalizer(prefixes, suffixes, minStem);
        this.model = modelLanguage;
        this.capitalisedNouns = nouns;
        for (LanguageData.Row r : rows) {
            String phrase = r.cell(1);
            switch (r.cell(0)) {
                case "org" -> orgs.add(keys(phrase), r.cell(2));
                case "title" -> titles.add(keys(phrase), phrase);
                case "counterpart" -> counterparts.add(keys(phrase), phrase);
                case "org-word" -> orgWords.add(key(phrase));
                case "org-suffix" -> orgSuffixes.add(key(phrase));
                case "loc-word" -> locWords.add(key(phrase));
                case "place-prep" -> placePreps.add(key(phrase));
                case "link" -> links.add(key(phrase));
                case "connector" -> connectors.add(key(phrase));
                case "stop" -> stops.add(key(phrase));
                case "given-name" -> givenNames.add(key(phrase));
                case "prefix", "suffix", "min-stem", "model", "capitalised-nouns" -> {
                }
                default -> throw new IllegalStateException(r.where() + ": unknown cue kind '" + r.cell(0) + "'");
            }
        }
        List<LanguageData.Row> roleRows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, "roles.tsv"));
        if (!LanguageData.COMMON.equals(language)) {
            roleRows.addAll(LanguageData.rows(language, "roles.tsv"));
        }
        for (LanguageData.Row r : roleRows) {
            roles.add(keys(r.cell(0)), r.cell(1));
        }
    }

    private static final Map<String, LanguageCues> CACHE = new ConcurrentHashMap<>();

    static LanguageCues of(String language) {
        String lang = LanguageData.languages().contains(language) ? language : LanguageData.COMMON;
        LanguageCues cues = CACHE.get(lang);
        return cues != null ? cues : Deadline.unclocked(() -> CACHE.computeIfAbsent(lang, LanguageCues::new));
    }

    List<String> keys(String phrase) {
        List<String> keys = new ArrayList<>();
        for (String part : phrase.split("\\s+")) {
            if (part.equals(PhraseTrie.SLOT)) {
                keys.add(part);
            } else {
                keys.addAll(PhraseTrie.keys(EntityTokens.of(part, normalizer)));
            }
        }
        return keys;
    }

    private String key(String word) {
        List<Token> t = EntityTokens.of(word, normalizer);
        return t.isEmpty() ? "" : t.get(0).norm();
    }
}
