package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineShapesTest {
    @Test
    void shortLinesWithoutALetterAreNoProseInAnyScript() {
        for (String line : List.of("14:36", "1,175", "216.73.216.162", "22.11.2025 18:00", "۱۴۰۴/۰۴/۱۱", "२०८२-०५-२४",
                "— * —")) {
            assertEquals(LineShapes.NO_WORDS, LineShapes.reason(line), line);
        }
        assertNull(LineShapes.reason("12 May"), "a word is a word");
        assertNull(LineShapes.reason("١٤ مايو"), "Arabic letters are letters");
        assertNull(LineShapes.reason("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27"),
                "a long line of figures is data");
    }

    @Test
    void anAddressOrAnIdentifierAloneOnALineIsNoProse() {
        assertEquals(LineShapes.ADDRESS, LineShapes.reason("https://www.example.com/articles/AST7W4?iref=top"));
        assertEquals(LineShapes.ADDRESS, LineShapes.reason("newsroom@example.co.kr"));
        assertEquals(LineShapes.ADDRESS, LineShapes.reason("94e196e5b37b660ed013fdec1341ed39"));
        assertNull(LineShapes.reason("Visit https://www.example.com for more"), "a sentence around it");
        assertNull(LineShapes.reason("Wirtschaftsministerium"), "a long word without digits");
        assertNull(LineShapes.reason("COVID19"), "short");
    }

    @Test
    void theCleanStageTakesThemOutButNotFromATable() {
        var stage = new CleanStage();
        var article = org.warta.model.Article.of(org.warta.model.RawDocument.ofText("x")).toBuilder()
                .draft(List.of(org.warta.model.Block.paragraph("14:36"),
                        new org.warta.model.Block("2024 | 1,175 | 3.2", org.warta.model.Block.Kind.TABLE_ROW),
                        org.warta.model.Block.paragraph("The port handled more cargo than in any year before.")))
                .layer(org.warta.model.Layer.DRAFT).build();
        var cleaned = stage.apply(article);
        assertEquals(List.of("2024 | 1,175 | 3.2", "The port handled more cargo than in any year before."),
                cleaned.draft().stream().map(org.warta.model.Block::text).toList());
        assertEquals(LineShapes.NO_WORDS, cleaned.removed().get(0).reason());
    }
}
