package org.warta.kb;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;
import org.warta.model.Entity;

/**
 * Country and world-region names from CLDR, through ICU, in every language Warta has data for: the full name and
 * the short one ("Amerika Serikat" and "AS"). Generated when the knowledge base loads, so they follow the ICU
 * version in use; names that are too ambiguous to match alone are listed in {@code cldr-exclusions.tsv}.
 */
final class CldrNames {
    /** UN M49 regions worth recognising in news, with the ids used for them. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("002", "africa"), Map.entry("019", "americas"), Map.entry("142", "asia"),
            Map.entry("150", "europe"), Map.entry("009", "oceania"), Map.entry("035", "southeast-asia"),
            Map.entry("030", "east-asia"), Map.entry("034", "south-asia"), Map.entry("143", "central-asia"),
            Map.entry("145", "western-asia"), Map.entry("151", "eastern-europe"), Map.entry("155", "western-europe"),
            Map.entry("039", "southern-europe"), Map.entry("154", "northern-europe"),
            Map.entry("005", "south-america"), Map.entry("021", "northern-america"),
            Map.entry("013", "central-america"), Map.entry("029", "caribbean"), Map.entry("015", "north-africa"),
            Map.entry("202", "sub-saharan-africa"), Map.entry("011", "west-africa"), Map.entry("014", "east-africa"),
            Map.entry("018", "southern-africa"), Map.entry("053", "australasia"), Map.entry("419", "latin-america"));

    /**
     * Extra CLDR locales whose names are filed under a language Warta handles ({@code cldr-locale} in its manifest:
     * traditional Chinese under zh).
     */
    private static final Map<String, String> EXTRA_LOCALES = extraLocales();

    private CldrNames() {
    }

    static List<KbEntity> countriesAndRegions() {
        Set<String> excluded = exclusions();
        Map<String, LocaleDisplayNames[]> displays = new LinkedHashMap<>();
        List<String> languages = new ArrayList<>(LanguageData.languages());
        if (!languages.contains(KbEntity.CANONICAL_LANGUAGE)) {
            languages.add(KbEntity.CANONICAL_LANGUAGE);
        }
        for (String lang : languages) {
            displays.put(lang, displayNames(lang));
        }
        EXTRA_LOCALES.forEach((locale, lang) -> displays.put(locale, displayNames(locale)));
        List<KbEntity> out = new ArrayList<>();
        for (String a2 : ULocale.getISOCountries()) {
            String a3 = alpha3(a2);
            if (a3 == null) {
                continue;
            }
            Map<String, List<String>> names = names(a2, displays, excluded);
            String canonical = displays.get(KbEntity.CANONICAL_LANGUAGE)[0].regionDisplayName(a2);
            out.add(new KbEntity("country/" + a3, Entity.Type.GPE, "country", canonical, a3, null, false, names,
                    Map.of()));
        }
        REGIONS.forEach((code, id) -> out.add(new KbEntity("region/" + id, Entity.Type.LOC, "region",
                displays.get(KbEntity.CANONICAL_LANGUAGE)[0].regionDisplayName(code), null, null, false,
                names(code, displays, excluded), Map.of())));
        return out;
    }

    private static Map<String, List<String>> names(String region, Map<String, LocaleDisplayNames[]> displays,
                                                   Set<String> excluded) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        displays.forEach((locale, pair) -> {
            String lang = EXTRA_LOCALES.getOrDefault(locale, locale);
            for (LocaleDisplayNames d : pair) {
                String name = d.regionDisplayName(region);
                if (name == null || name.equals(region) || excluded.contains(lang + "\t" + name)
                        || excluded.contains("*\t" + name)) {
                    continue;
                }
                names.computeIfAbsent(lang, k -> new ArrayList<>()).add(name);
            }
        });
        return names;
    }

    private static LocaleDisplayNames[] displayNames(String locale) {
        ULocale u = new ULocale(locale);
        return new LocaleDisplayNames[] {
                LocaleDisplayNames.getInstance(u, DisplayContext.LENGTH_FULL),
                LocaleDisplayNames.getInstance(u, DisplayContext.LENGTH_SHORT)};
    }

    private static String alpha3(String a2) {
        try {
            String a3 = new Locale("", a2).getISO3Country();
            return a3 == null || a3.isEmpty() ? null : a3.toUpperCase(Locale.ROOT);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Map<String, String> extraLocales() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : LanguageData.languages()) {
            LanguageProfile.of(lang).cldrLocales().forEach(locale -> out.put(locale, lang));
        }
        return out;
    }

    private static Set<String> exclusions() {
        Set<String> out = new HashSet<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/cldr-exclusions.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                out.add(cells[0].strip() + "\t" + cells[1].strip());
            }
        }
        return out;
    }
}
