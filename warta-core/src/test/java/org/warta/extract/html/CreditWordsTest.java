package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.warta.model.Caption;

/**
 * Credit and byline words come from every pack's manifest ({@code credit}, {@code byline}): a caption's language is
 * not known when its credit is split off.
 */
class CreditWordsTest {
    @Test
    void aBylineWordOfAnyPackIntroducesATrailingCredit() {
        assertEquals(new Caption("Warga antre di posko pengungsian.", "Budi Santoso"),
                BlockWriter.splitCredit("Warga antre di posko pengungsian. Foto oleh Budi Santoso"));
        assertEquals(new Caption("Des manifestants devant l'Assemblée.", "Jean Dupont"),
                BlockWriter.splitCredit("Des manifestants devant l'Assemblée. Photo par Jean Dupont"));
    }

    @Test
    void aPacksOwnCreditWordIsKnown() {
        // the test pack qaa writes its credits "kuva"
        assertEquals(new Caption("Mielenosoittajat kokoontuivat torille.", "Matti Virtanen"),
                BlockWriter.splitCredit("Mielenosoittajat kokoontuivat torille. Kuva: Matti Virtanen"));
    }

    @Test
    void aWordThatOnlyBeginsWithACreditWordIsNoCredit() {
        assertEquals(new Caption("Banjir di Jakarta.", "Fotografer Antara"),
                BlockWriter.splitCredit("Banjir di Jakarta. Foto: Fotografer Antara"));
    }
}
