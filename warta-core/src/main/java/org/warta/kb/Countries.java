package org.warta.kb;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguageProfile;

/**
 * The one table of countries every stage reads: which regions are countries and their codes (ISO 3166 alpha-3, and
 * for a country ISO gives none the code in {@code country-codes.tsv}), and their names in a language from CLDR
 * through ICU, full and short ("Amerika Serikat", "AS"), minus the names {@code cldr-exclusions.tsv} finds too
 * ambiguous to match alone. The knowledge base builds its country entities from it; the event coder matches its
 * names in the text.
 */
public final class Countries {
    /** A country's name in one language: the text, the country's code, and whether it is CLDR's short form. */
    public record Name(String text, String code, boolean shortForm) {
    }

    private static final Map<String, String> CODES = codes();
    private static final Set<String> KNOWN = Set.copyOf(CODES.values());
    private static final Set<String> EXCLUDED = exclusions();
    private static final Map<String, List<Name>> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, String> ENGLISH = english();

    private Countries() {
    }

    /** Every country, alpha-2 region code to the country's code ("RU" → "RUS", "XK" → "KSV"), in CLDR's order. */
    public static Map<String, String> byRegion() {
        return CODES;
    }

    /** True when the code is a country's ("RUS"), false for anything else ("GOV", "XIC", null). */
    public static boolean isCountry(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** The English name of a country ("RUS" → "Russia"), or the code when there is none. */
    public static String englishName(String code) {
        return code == null ? null : ENGLISH.getOrDefault(code, code);
    }

    /**
     * The names of every country in a language (and in the extra CLDR locales its manifest files under it), each
     * country's full name before its short one, excluded names left out.
     */
    public static List<Name> names(String language) {
        return NAMES.computeIfAbsent(language, Countries::load);
    }

    /** True when a CLDR name is too ambiguous to match alone in this language. */
    static boolean excluded(String language, String name) {
        return EXCLUDED.contains(language + "\t" + name) || EXCLUDED.contains("*\t" + name);
    }

    /** The full and the short names CLDR writes in a locale. */
    static LocaleDisplayNames[] displayNames(String locale) {
        ULocale u = new ULocale(locale);
        return new LocaleDisplayNames[] {
                LocaleDisplayNames.getInstance(u, DisplayContext.LENGTH_FULL),
                LocaleDisplayNames.getInstance(u, DisplayContext.LENGTH_SHORT)};
    }

    private static List<Name> load(String language) {
        List<LocaleDisplayNames[]> displays = new ArrayList<>();
        displays.add(displayNames(language));
        if (org.warta.lang.LanguageData.languages().contains(language)) {
            LanguageProfile.of(language).cldrLocales().forEach(locale -> displays.add(displayNames(locale)));
        }
        List<Name> out = new ArrayList<>();
        CODES.forEach((region, code) -> {
            for (LocaleDisplayNames[] pair : displays) {
                for (int i = 0; i < pair.length; i++) {
                    String name = pair[i].regionDisplayName(region);
                    if (name != null && !name.equals(region) && !excluded(language, name)) {
                        out.add(new Name(name, code, i == 1));
                    }
                }
            }
        });
        return List.copyOf(out);
    }

    private static Map<String, String> codes() {
        Map<String, String> extra = new HashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/country-codes.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                extra.put(cells[0].strip(), cells[1].strip());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String region : ULocale.getISOCountries()) {
            String code = extra.containsKey(region) ? extra.get(region) : alpha3(region);
            if (code != null) {
                out.put(region, code);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The ISO 3166 alpha-3 code (Java's table: ICU also invents codes for regions ISO gives none). */
    private static String alpha3(String region) {
        try {
            String a3 = new Locale("", region).getISO3Country();
            return a3 == null || a3.isEmpty() ? null : a3.toUpperCase(Locale.ROOT);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Map<String, String> english() {
        LocaleDisplayNames full = displayNames(KbEntity.CANONICAL_LANGUAGE)[0];
        Map<String, String> out = new HashMap<>();
        CODES.forEach((region, code) -> out.put(code, full.regionDisplayName(region)));
        return Map.copyOf(out);
    }

    private static Set<String> exclusions() {
        Set<String> out = new HashSet<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/cldr-exclusions.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                out.add(cells[0].strip() + "\t" + cells[1].strip());
            }
        }
        return Set.copyOf(out);
    }
}
