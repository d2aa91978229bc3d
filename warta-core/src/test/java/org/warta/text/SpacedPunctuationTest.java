package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The marks a language's typography spaces ({@code spaced-punctuation} in its manifest) are not repaired. */
class SpacedPunctuationTest {
    private static final String TEXT = "Vraiment ? Oui : le vote a lieu demain ; c'est sûr !";

    @Test
    void frenchKeepsTheSpaceBeforeEveryHighMark() {
        assertEquals(new TextStage.Repaired(TEXT, 0), TextStage.repair(TEXT, "fr"));
    }

    @Test
    void aLanguageThatSpacesOneMarkKeepsOnlyThatSpace() {
        // the test pack qaa spaces "?" only
        assertEquals(new TextStage.Repaired("Vraiment ? Oui: le vote a lieu demain; c'est sûr!", 3),
                TextStage.repair(TEXT, "qaa"));
    }

    @Test
    void otherLanguagesTakeTheSpaceOut() {
        assertEquals(new TextStage.Repaired("Vraiment? Oui: le vote a lieu demain; c'est sûr!", 4),
                TextStage.repair(TEXT, "en"));
        assertEquals(new TextStage.Repaired("Vraiment? Oui: le vote a lieu demain; c'est sûr!", 4),
                TextStage.repair(TEXT, null));
    }
}
