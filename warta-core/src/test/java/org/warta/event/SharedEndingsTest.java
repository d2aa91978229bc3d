package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Event coding cuts the word endings of {@code morphology.tsv}, the list entity finding cuts too. */
class SharedEndingsTest {
    @Test
    void anAdjectiveInTheInstrumentalMeetsItsDictionaryForm() {
        Morphology ru = EventLexicon.of("ru").morphology();
        // "с российским президентом": -им was an ending only entity finding knew
        assertEquals(ru.stem("российский"), ru.stem("российским"));
        assertEquals(ru.stem("российский"), ru.stem("российских"));
        assertEquals(ru.stem("россия"), ru.stem("россию"));
    }

    @Test
    void germanEndingsAreCutAsBefore() {
        Morphology de = EventLexicon.of("de").morphology();
        assertEquals(de.stem("russland"), de.stem("russlands"));
    }
}
