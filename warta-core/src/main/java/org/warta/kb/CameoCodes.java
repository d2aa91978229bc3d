package org.warta.kb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a CAMEO actor code, written in three-letter parts: a country (ISO alpha-3, as CAMEO writes countries) or an
 * international prefix (IGO, NGO...), then sectors: {@code RUSGOV} is Russia's government, {@code IGOUNO} the UN,
 * {@code USAASMGOV} the government of American Samoa, a part of the United States.
 */
public final class CameoCodes {
    private static final Map<String, String> ROLES = roles();

    private CameoCodes() {
    }

    private static Map<String, String> roles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/cameo-sectors.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                out.put(cells[0].strip(), cells[1].strip());
            }
        }
        return Map.copyOf(out);
    }

    /** The country a code starts with (ISO alpha-3), or null for an international or regional code. */
    public static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String first = code.substring(0, 3);
        return Countries.isCountry(first) ? first : null;
    }

    /** The first sector of a code that has a role ({@code GOV} of {@code RUSGOVDEV}), or null. */
    public static String sector(String code) {
        for (int i = 0; code != null && i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (ROLES.containsKey(part)) {
                return part;
            }
        }
        return null;
    }

    /** The role of a code's sector ("government official" for RUSGOV), or null. */
    public static String role(String code) {
        String sector = sector(code);
        return sector == null ? null : ROLES.get(sector);
    }
}
