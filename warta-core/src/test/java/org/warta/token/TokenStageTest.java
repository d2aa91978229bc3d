package org.warta.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.model.Tokens;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

class TokenStageTest {
    private static Article processed(String text, String language) {
        Hints hints = new Hints(null, null, null, language, null, null, null, List.of());
        return Pipeline.of(Pipelines.stages(WartaOptions.defaults()))
                .process(new RawDocument(text, RawDocument.TEXT, new Source(null, null, "text", null), hints));
    }

    @Test
    void theTokenLayerComesRightAfterTheSentencesAndBeforeEveryStageThatReadsWords() {
        List<String> names = Pipelines.stages(WartaOptions.defaults()).stream().map(Stage::name).toList();
        assertEquals(names.indexOf("sentences") + 1, names.indexOf("tokens"), names.toString());
        assertTrue(names.indexOf("tokens") < names.indexOf("entities"), names.toString());
    }

    @Test
    void everySentenceOfTheArticleIsCutOnce() {
        Article a = processed("Foreign Minister Sergey Lavrov met U.S. envoys in Riyadh on Tuesday. "
                + "The talks lasted 4.5 hours.", "en");
        assertTrue(a.has(Layer.TOKENS));
        Tokens t = a.tokens();
        assertEquals(a.sentences().size(), t.sentences());
        for (int s = 0; s < t.sentences(); s++) {
            assertTrue(t.start(t.first(s)) >= a.sentences().get(s).start());
            assertTrue(t.end(t.last(s) - 1) <= a.sentences().get(s).end());
        }
        assertTrue(List.of(t.toString().split(" ")).contains("4.5"), t.toString());
        assertSame(t, TokenStage.of(a));
        assertEquals("Lavrov", a.entities().stream().filter(e -> e.text().endsWith("Lavrov")).findFirst()
                .map(e -> e.text().substring(e.text().length() - 6)).orElse(""));
    }

    @Test
    void withoutATokenStageTheTokensAreCutOnDemand() {
        Article a = processed("ผู้ว่าราชการกรุงเทพมหานครแถลงข่าว", "th");
        Article bare = a.toBuilder().tokens(null).build();
        Tokens t = TokenStage.of(bare);
        assertEquals(a.tokens().toString(), t.toString());
    }
}
