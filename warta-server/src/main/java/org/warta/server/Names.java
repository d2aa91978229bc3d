package org.warta.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.warta.cameo.CameoCodes;
import org.warta.kb.Countries;
import org.warta.lang.LanguageData;

/**
 * The English names of the codes the API returns, for a page to show names where the data holds codes: languages
 * (ISO 639, from CLDR through ICU), countries (alpha-3, from the country table), CAMEO event codes and QuadClasses.
 * Built once; the same for every index.
 */
final class Names {
    /** The CAMEO QuadClasses, 1 to 4, as GDELT names them. */
    static final String[] QUAD_CLASSES = {
        null, "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

    private Names() {
    }

    static ObjectNode build(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.set("languages", languages(json));
        ObjectNode countries = out.putObject("countries");
        new TreeSet<>(Countries.byRegion().values()).forEach(c -> countries.put(c, Countries.englishName(c)));
        ObjectNode cameo = out.putObject("cameo");
        CameoCodes.events().values().forEach(e -> cameo.put(e.code(), sentenceCase(e.name())));
        ObjectNode quads = out.putObject("quad_classes");
        for (int q = 1; q < QUAD_CLASSES.length; q++) {
            quads.put(Integer.toString(q), QUAD_CLASSES[q]);
        }
        out.set("numeric_countries", numericCountries(json));
        return out;
    }

    /** ISO 3166-1 numeric codes ("643", as map shapes carry them) to the countries' codes ("RUS"), through ICU. */
    static ObjectNode numericCountries(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        for (Region region : new TreeSet<>(Region.getAvailable(Region.RegionType.TERRITORY))) {
            String country = Countries.byRegion().get(region.toString());
            if (region.getNumericCode() > 0 && country != null) {
                out.put(String.format(Locale.ROOT, "%03d", region.getNumericCode()), country);
            }
        }
        return out;
    }

    /** Every two-letter ISO 639 code CLDR names, and the languages Warta has packs for. */
    private static ObjectNode languages(ObjectMapper json) {
        Set<String> codes = new TreeSet<>(Set.of(ULocale.getISOLanguages()));
        codes.addAll(LanguageData.languages());
        ObjectNode out = json.createObjectNode();
        out.put("und", "undetermined");
        for (String code : codes) {
            String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
            if (code.length() == 2 && !name.isEmpty() && !name.equals(code)) {
                out.put(code, name);
            }
        }
        return out;
    }

    /** CAMEO's tables write names in capitals ("MAKE PUBLIC STATEMENT"); a page reads "Make public statement". */
    static String sentenceCase(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
