package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/**
 * A language whose endings its pack does not list still finds a country written with another ending than its
 * name: the word and the name share a long stem and differ in a short ending.
 */
class InflectedPlacesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> countries(String text, String language) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .filter(e -> e.type() == Entity.Type.GPE)
                .map(e -> e.text() + "=" + e.country())
                .toList();
    }

    @Test
    void polishCasesOfCountryNamesAreFound() {
        assertEquals(List.of("Tajlandią=THA", "Kambodżą=KHM"),
                countries("Rozmowy między Tajlandią a Kambodżą trwały do wieczora.", "pl"));
        assertEquals(List.of("Brazylii=BRA", "Australii=AUS"),
                countries("Delegacje z Brazylii i Australii przyjechały wczoraj.", "pl"));
    }

    @Test
    void anAdjectiveThatKeepsTheWholeNameIsNoPlace() {
        assertEquals(List.of(), countries("The Russian delegation arrived on Monday.", "en"));
        assertEquals(List.of(), countries("Ang mga Roman na sundalo ay dumating.", "tl"));
        // a consonant ending is a word of its own, no case of the name
        assertEquals(List.of(), countries("Partai Liberal dan Martinus hadir di sana.", "id"));
    }

    @Test
    void aWordInsideALongerNameIsNoPlace() {
        assertEquals(List.of(), countries("Dumalo si Pope Francis sa misa.", "tl"));
    }
}
