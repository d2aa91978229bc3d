package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.RawDocument;

/** The text stage's spacing repairs: the slips machine translation leaves are fixed, everything else is left alone. */
class TextStageTest {

    private static String repaired(String text, String language) {
        return TextStage.repair(text, language).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            perdagangan, ekonomi , dan kerja sama                | id | perdagangan, ekonomi, dan kerja sama
            penyelesaian masalah secara damai .                  | id | penyelesaian masalah secara damai.
            hai bên sẽ sớm đàm phán , theo Bộ Công Thương .      | vi | hai bên sẽ sớm đàm phán, theo Bộ Công Thương.
            the car and steel industries .                       | en | the car and steel industries.
            pada tahun 2024 .                                    | id | pada tahun 2024.
            Did they agree ?                                     | en | Did they agree?
            kata "cukup" , lalu pergi                            | id | kata "cukup", lalu pergi
            bertemu ( di Jakarta ) kemarin                       | id | bertemu (di Jakarta) kemarin
            """)
    void slipsAreRepaired(String slip, String language, String repaired) {
        assertEquals(repaired, repaired(slip, language));
        assertTrue(TextStage.repair(slip, language).count() > 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pourquoi ce revirement si rapide ?                       | fr
            Il a répondu : « Bonjour » à la presse.                  | fr
            « Nous sommes prêts », a déclaré le ministre.            | fr
            Le bilan est lourd ! Les secours sont sur place ; la nuit tombe. | fr
            """)
    void frenchSpacingIsLeftAlone(String text, String language) {
        assertEquals(text, repaired(text, language));
        assertEquals(0, TextStage.repair(text, language).count());
    }

    @Test
    void theSameSpacesAreSlipsOutsideFrench() {
        assertEquals("Why so fast?", repaired("Why so fast ?", "en"));
        assertEquals("Pourquoi?", repaired("Pourquoi ?", "und"));
    }

    /**
     * A space before a mark that is followed by a digit is not a slip we can repair: "3 .5" and "3 ,5" could be a
     * broken decimal or two numbers, and joining them would make a figure up. They are left as they are.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pertumbuhan ekonomi 3 .5 persen      | id
            inflasi naik 2 ,8 persen             | id
            growth of 3.5 percent                | en
            inflasi 2,8 persen                   | id
            """)
    void numbersAreNotTouched(String text, String language) {
        assertEquals(text, repaired(text, language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rincian ada di https://www.kemlu.go.id/portal/id/read/123/view/berita.html?x=1&y=2 dan di situs lain.  | id
            See https://example.com/a,b/c.d for the text.                                                            | en
            Dia berhenti sejenak ... lalu melanjutkan.                                                               | id
            Kami menunggu ...                                                                                       | id
            Dia berhenti sejenak … lalu melanjutkan.                                                                 | id
            """)
    void urlsAndEllipsesAreNotTouched(String text, String language) {
        assertEquals(text, repaired(text, language));
    }

    @Test
    void theStageJoinsRepairedBlocksAndCountsItsRepairs() {
        Article draft = Article.of(RawDocument.ofText("unused")).toBuilder()
                .draft(List.of(Block.paragraph("Presiden menyatakan dukungan , kata Kremlin ."),
                        Block.paragraph("Pourquoi ?")))
                .language(new LanguageGuess("id", 1.0, "test", Map.of("id", 1.0)))
                .layer(Layer.CLEANED).layer(Layer.LANGUAGE)
                .build();
        Article done = new TextStage().apply(draft);
        assertEquals("Presiden menyatakan dukungan, kata Kremlin.\n\nPourquoi?", done.text());
        assertEquals(List.of("repaired 3 spacing slips"),
                done.warnings().stream().map(w -> w.message()).toList());
        assertTrue(done.has(Layer.TEXT));
    }

    @Test
    void inAFrenchArticleTheSpaceBeforeAQuestionMarkStays() {
        Article draft = Article.of(RawDocument.ofText("unused")).toBuilder()
                .draft(List.of(Block.paragraph("Pourquoi ce revirement ? Les deux pays , dit-on , se parlent .")))
                .language(new LanguageGuess("fr", 1.0, "test", Map.of("fr", 1.0)))
                .layer(Layer.CLEANED).layer(Layer.LANGUAGE)
                .build();
        assertEquals("Pourquoi ce revirement ? Les deux pays, dit-on, se parlent.", new TextStage().apply(draft).text());
    }

    @Test
    void theSingleScanFindsExactlyThePairsTheRepairsLookFor() {
        // Both sides ask whether some adjacent pair of characters occurs, so agreeing on every pair is agreeing
        // on every text.
        String alphabet = " \u00A0\u2009\t\n([{)]},.;:!?\"'-aZ1\u3000";
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                String pair = "" + a + b;
                boolean checks = TextStage.hasPair(pair, " \u00A0", ",.") || TextStage.hasPair(pair, " \u00A0", ")]")
                        || TextStage.hasPair(pair, "([", " \u00A0") || TextStage.hasPair(pair, " \u00A0", ";:!?")
                        || TextStage.hasPair(pair, " \u00A0\u2009", " \u00A0\u2009");
                assertEquals(checks, TextStage.mayNeedRepair(pair), "U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
            }
        }
        assertEquals("nothing to repair here", repaired(" nothing to repair here\n", "en"));
        assertEquals(0, TextStage.repair(" nothing to repair here\n", "en").count());
    }
}
