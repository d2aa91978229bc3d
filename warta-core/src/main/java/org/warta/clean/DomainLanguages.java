package org.warta.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.warta.lang.LanguageData;

/**
 * The usual language of a site by its country-code domain (baodaknong.vn → vi), from {@code common/domain-languages.tsv}.
 * A hint only: many sites publish in several languages.
 */
public final class DomainLanguages {
    private static final Map<String, String> BY_SUFFIX = load();

    private DomainLanguages() {
    }

    /** The language for a host name, or null when its domain says nothing reliable (.com, .org, unknown). */
    public static String of(String host) {
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int dot = h.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        int second = h.lastIndexOf('.', dot - 1);
        String twoLevel = second < 0 ? null : h.substring(second + 1);
        if (twoLevel != null && BY_SUFFIX.containsKey(twoLevel)) {
            return BY_SUFFIX.get(twoLevel);
        }
        return BY_SUFFIX.get(h.substring(dot + 1));
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(LanguageData.COMMON, "domain-languages.tsv")) {
            map.put(row.cell(0).toLowerCase(Locale.ROOT), row.cell(1));
        }
        return Map.copyOf(map);
    }
}
