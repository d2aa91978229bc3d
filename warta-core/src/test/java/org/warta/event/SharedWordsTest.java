package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;

/**
 * Role words and country names are written once and read by both entity finding and event coding: a role word
 * that only roles.tsv lists is an actor to the event coder, and a country of the knowledge base's table is a country
 * to both, under the same code.
 */
class SharedWordsTest {
    @Test
    void aRoleWordOnlyInRolesTsvIsAnActorToTheEventCoder() {
        // "Pope" (REL) and "Crown Prince" (GOV) are written only in en/roles.tsv, with their sector in kb/roles.tsv
        assertTrue(EventTestSupport.codedSentence("en", "The Pope criticised Israel on Monday.").stream()
                .anyMatch(e -> e.contains(" REL ISR ")), "the Pope as a REL source");
        assertTrue(EventTestSupport.codedSentence("en", "The Crown Prince visited France on Monday.").stream()
                .anyMatch(e -> e.contains(" GOV FRA ")), "the Crown Prince as a GOV source");
    }

    @Test
    void theSectorOfARoleComesFromTheRoleVocabulary() {
        EventLexicon en = EventLexicon.of("en");
        assertEquals("IGO", en.sectorOfRole("commission president"));
        assertEquals("MIL", en.sectorOfRole("military chief"));
        assertEquals("GOV", en.sectorOfRole("former prime minister"));
        assertEquals("GOV", en.sectorOfRole("deputy foreign minister"));
        assertNull(en.sectorOfRole("counterpart"));
    }

    @Test
    void kosovoIsOneCountryWithOneCodeForBothStages() {
        KbEntity kosovo = KnowledgeBase.builtIn().get("country/KSV");
        assertNotNull(kosovo, "the knowledge base knows Kosovo");
        assertTrue(kosovo.names().get("en").contains("Kosovo"));
        assertTrue(EventLexicon.isCountry("KSV"));
        assertFalse(EventLexicon.isCountry("XKK"));
        assertFalse(EventLexicon.isCountry("XKX"));
        List<String> events = EventTestSupport.codedSentence("en", "Kosovo condemned Serbia on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.contains(" KSV SRB ")), "Kosovo coded KSV in " + events);
    }

    @Test
    void partsOfACountryAreNoCountryToEitherStage() {
        for (String code : List.of("XIC", "XEA", "DGA")) {
            assertFalse(EventLexicon.isCountry(code), code);
        }
        assertNull(KnowledgeBase.builtIn().get("country/XIC"));
        assertTrue(EventTestSupport.codedSentence("es", "Las Islas Canarias condenaron a Marruecos.").stream()
                .noneMatch(e -> e.contains("XIC")));
    }

    @Test
    void aShortNameOfTheTableIsMatchedByTheEventCoder() {
        // "Bosnia" is CLDR's short English name of Bosnia & Herzegovina, which entity finding already knew
        List<String> events = EventTestSupport.codedSentence("en", "Bosnia condemned Serbia on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.contains(" BIH SRB ")), "Bosnia coded BIH in " + events);
    }
}
