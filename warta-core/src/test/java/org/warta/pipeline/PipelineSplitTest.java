package org.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.RawDocument;

class PipelineSplitTest {
    @Test
    void thePartsRunInTurnGiveWhatTheWholeGives() {
        Pipeline whole = Pipelines.standard(WartaOptions.defaults());
        Pipeline.Split split = whole.split("language");
        assertEquals(List.of("extract", "clean", "title"), split.before().stageNames());
        assertEquals("language", split.stage().name());
        RawDocument raw = RawDocument.ofText("Menteri Luar Negeri Rusia Sergey Lavrov bertemu Marco Rubio di Riyadh "
                + "pada Selasa untuk membahas hubungan kedua negara.");
        Article inTurn = split.after().process(split.stage().apply(split.before().process(raw)));
        Article atOnce = whole.process(raw);
        assertEquals(atOnce.text(), inTurn.text());
        assertEquals(atOnce.entities(), inTurn.entities());
        assertEquals(atOnce.events(), inTurn.events());
        assertNull(whole.split("no-such-stage"));
    }
}
