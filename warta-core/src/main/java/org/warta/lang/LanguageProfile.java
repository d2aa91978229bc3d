package org.warta.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a language is, as its manifest ({@code org/warta/lang/<code>/language.tsv}) says: how it is written and cut
 * into words, how its words are folded for comparison, how its typography spaces punctuation, the words its pages
 * use for photo credits and bylines, the era its years may be counted in, and the Lucene analyser its text is
 * indexed with. Stages ask the profile instead of testing language codes; a language without a manifest (one of the
 * languages identified without a pack) gets the defaults of {@link #defaults(String)}.
 *
 * @param code               the ISO 639-1 code (the folder's name)
 * @param scripts            the Unicode scripts it is written in ({@code Latin}, {@code Han}), empty when unknown
 * @param segmentation       how its text is cut into words, or null when unknown
 * @param folding            how its words are folded for comparison
 * @param spacedPunctuation  the marks its typography puts a space before (French {@code ; : ! ?}), never repaired
 * @param creditWords        words that introduce a photo credit ("foto", "ảnh")
 * @param bracketCreditWords words that make a credit only inside brackets ("dok")
 * @param bylineWords        words that introduce an author's name ("oleh", "par")
 * @param era                the era its years may be written in
 * @param analyzer           the Lucene analyser that indexes its text: {@link #ICU_ANALYZER} or a class name
 * @param cldrLocales        further CLDR locales whose names count as this language's ({@code zh_Hant})
 * @param rolePosition       on which side of a name its role word stands ("President Prabowo", "이재명 대통령")
 * @param abbreviations      abbreviations whose full stop ends no sentence (Thai "มี.ค.", "พ.ศ.")
 * @param origins            for each key the manifest sets, the file and line that set it (for messages)
 */
public record LanguageProfile(String code, List<String> scripts, Segmentation segmentation, FoldRules folding,
                              String spacedPunctuation, List<String> creditWords, List<String> bracketCreditWords,
                              List<String> bylineWords, Era era, String analyzer, List<String> cldrLocales,
                              RolePosition rolePosition, List<String> abbreviations, Map<String, String> origins) {
    /** The manifest's file name in each folder. */
    public static final String FILE = LanguageData.MANIFEST;
    /** The analyser Warta builds itself: ICU word breaks (dictionaries for Thai, Chinese...) and NFKC case folding. */
    public static final String ICU_ANALYZER = "icu";

    private static final Map<String, LanguageProfile> CACHE = new ConcurrentHashMap<>();
    private static final LanguageProfile COMMON_WORDS = load(LanguageData.COMMON);

    public LanguageProfile {
        scripts = List.copyOf(scripts);
        creditWords = List.copyOf(creditWords);
        bracketCreditWords = List.copyOf(bracketCreditWords);
        bylineWords = List.copyOf(bylineWords);
        cldrLocales = List.copyOf(cldrLocales);
        abbreviations = List.copyOf(abbreviations);
        origins = Map.copyOf(origins);
    }

    /** How a language's text is cut into words. */
    public enum Segmentation {
        /** Words are separated by spaces (and punctuation). */
        SPACED,
        /** Words run together and are found with a dictionary (Thai, Lao, Khmer, Burmese, Chinese, Japanese). */
        DICTIONARY,
        /** Each character is a word. */
        CHARACTER
    }

    /** On which side of a person's name the language writes a role word or an honorific. */
    public enum RolePosition {
        /** Before the name: "President Prabowo", "Menteri Luar Negeri Sugiono". */
        BEFORE,
        /** After the name: "이재명 대통령", "石破茂首相". */
        AFTER,
        /** On either side, as news in the language writes both ("นายกรัฐมนตรี แพทองธาร", "อนุทิน นายกรัฐมนตรี"). */
        BOTH
    }

    /**
     * The era years may be written in, besides the Common Era: a year later than any the Common Era reading allows
     * ({@link #LATEST_COMMON_YEAR}) is taken as counted in this era and moved back by {@code offset} (Thai: 2568 in
     * the Buddhist era is 2025).
     */
    public record Era(String name, int offset) {
        public static final Era NONE = new Era("", 0);
        /** The latest year any stage reads as a Common Era year. */
        public static final int LATEST_COMMON_YEAR = 2199;

        /** The Common Era year a written year stands for. */
        public int commonYear(int written) {
            return offset == 0 || written <= LATEST_COMMON_YEAR ? written : written - offset;
        }
    }

    /** The profile of a language: its manifest's settings, or the defaults when it has none. Never null. */
    public static LanguageProfile of(String code) {
        String key = LanguageData.isFolderName(code) ? code : "und";
        LanguageProfile p = CACHE.get(key);
        return p != null ? p : CACHE.computeIfAbsent(key, LanguageProfile::load);
    }

    /** A language that says nothing about itself: marks stripped, no spaced punctuation, the ICU analyser. */
    public static LanguageProfile defaults(String code) {
        return new LanguageProfile(code, List.of(), null, FoldRules.STRIP, "", List.of(), List.of(), List.of(),
                Era.NONE, ICU_ANALYZER, List.of(), RolePosition.BEFORE, List.of(), Map.of());
    }

    /** True when a manifest says how this language is written (it has a pack). */
    public boolean declared() {
        return !origins.isEmpty();
    }

    /** Where the manifest set a key ("org/warta/lang/id/language.tsv:7"), or the manifest's name when it did not. */
    public String origin(String key) {
        return origins.getOrDefault(key, LanguageData.resource(code, FILE));
    }

    /** True when the language's text is indexed with an analyser of Lucene's own rather than the ICU one. */
    public boolean hasOwnAnalyzer() {
        return !ICU_ANALYZER.equals(analyzer);
    }

    /** Credit words of every pack and of {@code common/}: a page's language is not known when its credits are read. */
    public static List<String> allCreditWords() {
        return everyFolder(LanguageProfile::creditWords);
    }

    /** Words that make a credit only inside brackets, from every pack and {@code common/}. */
    public static List<String> allBracketCreditWords() {
        return everyFolder(LanguageProfile::bracketCreditWords);
    }

    /** Byline words of every pack and of {@code common/}. */
    public static List<String> allBylineWords() {
        return everyFolder(LanguageProfile::bylineWords);
    }

    private static List<String> everyFolder(Function<LanguageProfile, List<String>> words) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        words.apply(COMMON_WORDS).forEach(w -> all.put(w, true));
        for (String code : LanguageData.languages()) {
            words.apply(of(code)).forEach(w -> all.put(w, true));
        }
        return new ArrayList<>(all.keySet());
    }

    private static LanguageProfile load(String code) {
        if (!LanguageData.exists(code, FILE)) {
            return defaults(code);
        }
        return Manifest.parse(code, LanguageData.rows(code, FILE));
    }
}
