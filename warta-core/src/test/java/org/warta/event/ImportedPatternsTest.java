package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Event;

/** The verb dictionaries' patterns in the packs (events-petrarch.tsv), on sentences written for these tests. */
class ImportedPatternsTest {
    private static List<String> coded(String language, String text) {
        Article a = EventTestSupport.processed(language, text);
        return a.events().stream().map(ImportedPatternsTest::describe).toList();
    }

    private static String describe(Event e) {
        return e.code() + " " + (e.actor1() == null ? "-" : e.actor1().code()) + " "
                + (e.actor2() == null ? "-" : e.actor2().code()) + " «" + e.trigger() + "»";
    }

    @Test
    void aVerbTheHandWrittenPatternsLackIsCodedFromTheDictionary() {
        // "rush" and its object: PETRARCH2's ACCELERATE block, 073 (humanitarian aid), the verb next to its object
        // a country that gives aid acts through its government (cameo/actor-sectors.tsv)
        assertEquals(List.of("073 JPNGOV IDN «rushed relief»"),
                coded("en", "Japan rushed relief supplies to Indonesia on Monday."));
        assertEquals(List.of("054 COL VEN «restablecieron relaciones»"),
                coded("es", "Colombia y Venezuela restablecieron relaciones diplomáticas el viernes."));
    }

    @Test
    void theHandWrittenPatternsKeepTheirVerbs() {
        // the dictionary has "attacked … government" as verbal criticism; the hand-written "attacked" stands
        assertEquals(List.of("190 REB MIL «attacked»"),
                coded("en", "Rebels attacked government forces near Aleppo on Sunday."));
    }

    @Test
    void aVerbAloneOrANameCodesNothingFromTheDictionary() {
        // "target" after a determiner is a noun, "Free" inside a sentence part of a name
        assertEquals(List.of(), coded("en", "Officials described the target as a warehouse."));
        assertEquals(List.of(), coded("en", "Activists carried Free Tibet banners."));
    }
}
