package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Entity finding cuts the word endings of {@code morphology.tsv}, the list event coding cuts too. */
class SharedEndingsTest {
    @Test
    void aDativePluralMeetsItsNominative() {
        Normalizer ru = LanguageCues.of("ru").normalizer;
        // "Соединённым Штатам": -ам was an ending only event coding knew
        assertEquals(ru.normalise("Штаты"), ru.normalise("Штатам"));
        assertEquals(ru.normalise("Сирия"), ru.normalise("Сирией"));
        assertEquals(ru.normalise("Россия"), ru.normalise("России"));
    }
}
