package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

class TimeStageTest {
    private static final String TEXT = "The ministers met yesterday in Riyadh and agreed to meet again next week. "
            + "Both sides said the talks had been useful.";

    private static RawDocument published(String date) {
        Hints hints = new Hints(null, null, date, null, null, null, null, List.of());
        return new RawDocument(TEXT, RawDocument.TEXT, new Source(null, null, "text", null), hints);
    }

    private static String value(Article a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + a.times())).value();
    }

    @Test
    void runsAfterSentencesAndAddsTheTimesLayer() {
        List<String> names = Pipelines.standard(WartaOptions.defaults()).stageNames();
        assertTrue(names.indexOf("sentences") < names.indexOf("times"), names.toString());
        assertTrue(names.indexOf("times") < names.indexOf("events"), "events use the time layer: " + names);
        Stage stage = new TimeStage(null);
        assertTrue(stage.needs().containsAll(List.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES)));
        assertEquals(List.of(Layer.TIMES), List.copyOf(stage.adds()));
    }

    @Test
    void thePublicationDateWinsOverTheConfiguredReference() {
        Pipeline p = Pipelines.standard(new WartaOptions(LocalDate.of(2020, 1, 1)));
        Article a = p.process(published("2025-02-14T09:30:00+07:00"));
        assertTrue(a.has(Layer.TIMES));
        assertEquals("2025-02-13", value(a, "yesterday"));
        assertEquals("2025-W08", value(a, "next week"));
    }

    @Test
    void theConfiguredReferenceServesArticlesWithoutADate() {
        Article a = Pipelines.standard(new WartaOptions(LocalDate.of(2020, 1, 1))).process(RawDocument.ofText(TEXT));
        assertEquals("2019-12-31", value(a, "yesterday"));
        assertEquals("2020-W02", value(a, "next week"));
    }

    @Test
    void withNoReferenceRelativeTimesStayUnresolved() {
        Article a = Pipelines.standard(WartaOptions.defaults()).process(RawDocument.ofText(TEXT));
        assertEquals("XXXX-XX-XX", value(a, "yesterday"));
        assertEquals("XXXX-WXX", value(a, "next week"));
    }

    @Test
    void aPublicationDateThatIsNoDateIsReportedAndTheFallbackUsed() {
        Article a = Pipelines.standard(new WartaOptions(LocalDate.of(2020, 1, 1))).process(published("last Tuesday-ish"));
        assertEquals("2019-12-31", value(a, "yesterday"));
        assertTrue(a.warnings().stream().anyMatch(w -> w.stage().equals("times") && w.code().equals("bad-published-date")),
                a.warnings().toString());
    }
}
