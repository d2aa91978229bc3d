package org.warta.kb;

import com.ibm.icu.text.LocaleDisplayNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;
import org.warta.model.Entity;

/**
 * The knowledge base's country and world-region entities, named from CLDR through ICU in every language Warta has
 * data for: the countries and their names come from {@link Countries} (the table the event coder reads too), the
 * regions' names from the same CLDR display names. Generated when the knowledge base loads, so they follow the ICU
 * version in use.
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
        List<String> languages = new ArrayList<>(LanguageData.languages());
        if (!languages.contains(KbEntity.CANONICAL_LANGUAGE)) {
            languages.add(KbEntity.CANONICAL_LANGUAGE);
        }
        Map<String, Map<String, List<String>>> byCountry = new LinkedHashMap<>();
        Countries.byRegion().values().forEach(code -> byCountry.put(code, new LinkedHashMap<>()));
        for (String lang : languages) {
            for (Countries.Name n : Countries.names(lang)) {
                byCountry.get(n.code()).computeIfAbsent(lang, k -> new ArrayList<>()).add(n.text());
            }
        }
        List<KbEntity> out = new ArrayList<>();
        byCountry.forEach((code, names) -> out.add(new KbEntity("country/" + code, Entity.Type.GPE, "country",
                Countries.englishName(code), code, null, false, names, Map.of())));
        Map<String, LocaleDisplayNames[]> displays = new LinkedHashMap<>();
        for (String lang : languages) {
            displays.put(lang, Countries.displayNames(lang));
        }
        EXTRA_LOCALES.forEach((locale, lang) -> displays.put(locale, Countries.displayNames(locale)));
        REGIONS.forEach((code, id) -> out.add(new KbEntity("region/" + id, Entity.Type.LOC, "region",
                displays.get(KbEntity.CANONICAL_LANGUAGE)[0].regionDisplayName(code), null, null, false,
                names(code, displays), Map.of())));
        return out;
    }

    private static Map<String, List<String>> names(String region, Map<String, LocaleDisplayNames[]> displays) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        displays.forEach((locale, pair) -> {
            String lang = EXTRA_LOCALES.getOrDefault(locale, locale);
            for (LocaleDisplayNames d : pair) {
                String name = d.regionDisplayName(region);
                if (name == null || name.equals(region) || Countries.excluded(lang, name)) {
                    continue;
                }
                names.computeIfAbsent(lang, k -> new ArrayList<>()).add(name);
            }
        });
        return names;
    }

    private static Map<String, String> extraLocales() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : LanguageData.languages()) {
            LanguageProfile.of(lang).cldrLocales().forEach(locale -> out.put(locale, lang));
        }
        return out;
    }
}
