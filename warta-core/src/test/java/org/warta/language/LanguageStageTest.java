package org.warta.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class LanguageStageTest {
    private static final Pipeline PIPELINE = Pipelines.standard(WartaOptions.defaults());

    @Test
    void anIndonesianArticleThroughThePipelineIsIndonesian() {
        assertIndonesian(Fixtures.text(Fixtures.ARTICLE_ID), Fixtures.ARTICLE_ID);
    }

    @Test
    @SharedData("seed/lavrov-rubio-id.txt")
    void seedArticleThroughThePipelineIsIndonesian() throws Exception {
        assertIndonesian(Files.readString(Shared.path("seed/lavrov-rubio-id.txt")), "lavrov-rubio-id.txt");
    }

    private static void assertIndonesian(String text, String name) {
        Article article = PIPELINE.process(new RawDocument(text, RawDocument.TEXT, Source.ofText(name), Hints.NONE));
        assertEquals("id", article.language().code());
        assertTrue(article.warnings().stream().noneMatch(w -> w.stage().equals("language")));
    }

    @Test
    void declaredLanguageIsAPriorForCloseCalls() {
        Hints malay = new Hints(null, null, null, "ms-MY", null, null, null, null);
        Article article = PIPELINE.process(new RawDocument("Sumber", RawDocument.TEXT, Source.ofText("short.txt"), malay));
        assertEquals("ms", article.language().code());
    }

    @Test
    void textWithoutWordsIsUndeterminedWithAWarning() {
        Article article = PIPELINE.process(RawDocument.ofText("A+ A-\n\n12 34"));
        assertEquals("und", article.language().code());
        assertTrue(article.warnings().stream().anyMatch(w -> w.stage().equals("language")));
    }
}
