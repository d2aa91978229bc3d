package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/** Territories with a government of their own are geopolitical entities of their country, not mere places. */
class TerritoriesAsCountriesTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<String> places(String text, String language) {
        return RECOGNIZER.recognise(text, List.of(new Sentence(0, text.length(), 0)), language).stream()
                .filter(e -> e.type() != Entity.Type.PERSON && e.type() != Entity.Type.ORG)
                .map(e -> e.text() + "|" + e.type() + "|" + e.country())
                .toList();
    }

    @Test
    void gazaAndTheWestBankAreTheCountryOfPalestine() {
        assertEquals(List.of("Gaza|GPE|PSE", "West Bank|GPE|PSE"),
                places("Aid trucks entered Gaza on Sunday while raids continued in the West Bank.", "en"));
        assertEquals(List.of("Jalur Gaza|GPE|PSE"), places("Bantuan kemanusiaan tiba di Jalur Gaza pada Minggu.", "id"));
    }
}
