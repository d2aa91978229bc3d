package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.warta.lang.LanguageData;

/** The event data of every language loads without a bad line and covers all twenty CAMEO root categories. */
class LexiconDataTest {
    private static final List<String> CODED = List.of("id", "en", "vi", "ms", "es", "fr", "de", "ru", "ar");

    @Test
    void everyDataLineIsUsable() {
        for (String language : LanguageData.languages()) {
            EventLexicon lexicon = EventLexicon.of(language);
            assertEquals(List.of(), lexicon.problems(), "data problems in " + language);
        }
    }

    @Test
    void codedLanguagesCoverAllRootCategories() {
        for (String language : CODED) {
            Set<String> roots = new TreeSet<>();
            for (LanguageData.Row row : LanguageData.rows(language, "events.tsv")) {
                roots.add(row.cell(0).substring(0, 2));
            }
            Set<String> missing = new TreeSet<>();
            for (int r = 1; r <= 20; r++) {
                String root = String.format("%02d", r);
                if (!roots.contains(root)) {
                    missing.add(root);
                }
            }
            assertTrue(missing.isEmpty(), language + " has no pattern for roots " + missing);
        }
    }
}
