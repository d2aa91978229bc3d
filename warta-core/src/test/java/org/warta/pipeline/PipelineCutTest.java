package org.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.clean.TemplateLines;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.story.StoryMemory;

class PipelineCutTest {
    private static final RawDocument RAW = RawDocument.ofText("Menteri Luar Negeri Rusia Sergey Lavrov bertemu Marco "
            + "Rubio di Riyadh pada Selasa untuk membahas hubungan kedua negara.");

    @Test
    void thePartsAndStagesRunInTurnGiveWhatTheWholeGives() {
        Pipeline whole = Pipelines.standard(WartaOptions.defaults(), new TemplateLines(), new StoryMemory());
        Pipeline.Cut cut = Pipelines.standard(WartaOptions.defaults(), new TemplateLines(), new StoryMemory())
                .cut(Set.of("template", "stories"));
        assertEquals(List.of("template", "stories"), cut.stages().stream().map(Stage::name).toList());
        assertEquals(3, cut.parts().size());
        assertEquals(List.of("extract", "clean"), cut.parts().get(0).stageNames());
        assertTrue(cut.parts().get(1).stageNames().contains("entities"));
        assertTrue(cut.parts().get(2).stages().isEmpty(), "stories is the last stage");

        Article inTurn = cut.parts().get(0).process(RAW);
        for (int i = 0; i < cut.stages().size(); i++) {
            inTurn = cut.parts().get(i + 1).process(cut.stages().get(i).apply(inTurn));
        }
        Article atOnce = whole.process(RAW);
        assertEquals(atOnce.text(), inTurn.text());
        assertEquals(atOnce.entities(), inTurn.entities());
        assertEquals(atOnce.story(), inTurn.story());
    }

    @Test
    void namesThePipelineDoesNotHoldArePassedOver() {
        Pipeline whole = Pipelines.standard(WartaOptions.defaults());
        Pipeline.Cut cut = whole.cut(Set.of("template", "stories"));
        assertTrue(cut.stages().isEmpty());
        assertEquals(whole.stageNames(), cut.parts().get(0).stageNames());
        Pipeline.Cut one = Pipelines.standard(WartaOptions.defaults(), null, new StoryMemory())
                .cut(Set.of("template", "stories"));
        assertEquals(List.of("stories"), one.stages().stream().map(Stage::name).toList());
        assertEquals(2, one.parts().size());
    }
}
