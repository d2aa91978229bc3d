package org.warta.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Related;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.testing.Fixtures;

/** Stories formed from real text: a translation and its source, and unrelated news, through the whole pipeline. */
class StoryStageTest {
    private static final String TRANSLATION_URL = "https://kabar.example.id/dunia/rusia-as-buka-kembali-saluran";

    private static Article process(Pipeline pipeline, String text, String url) {
        return pipeline.process(new RawDocument(text, RawDocument.TEXT, new Source(null, url, "text", null),
                Hints.NONE));
    }

    private static Pipeline pipeline() {
        return Pipelines.standard(WartaOptions.defaults(), null, new StoryMemory());
    }

    private static List<String> unrelatedVietnamese() {
        List<String> items = new ArrayList<>();
        for (String item : Fixtures.text("vi-articles.txt").split("(?m)^---$")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    @Test
    void aTranslationJoinsTheStoryOfTheSourceItsSourceLineNames() {
        Pipeline pipeline = pipeline();
        Article source = process(pipeline, Fixtures.text(Fixtures.ARTICLE_ID_SOURCE), Fixtures.ARTICLE_ID_SOURCE_URL);
        List<String> others = new ArrayList<>();
        for (String item : unrelatedVietnamese().subList(0, 3)) {
            others.add(process(pipeline, item, null).story().id());
        }
        Article translation = process(pipeline, Fixtures.text(Fixtures.ARTICLE_ID), TRANSLATION_URL);

        assertTrue(translation.has(Layer.STORY));
        assertEquals(source.story().id(), translation.story().id());
        assertEquals(2, translation.story().size());
        assertEquals(Set.of("id", "vi"), Set.copyOf(translation.story().languages()));
        Related tie = translation.related().get(0);
        assertEquals(source.id(), tie.id());
        assertEquals(Related.TRANSLATED_FROM, tie.relation());
        assertTrue(tie.evidence().contains("nga-my-noi-lai-kenh-lien-lac"), tie.evidence());
        for (String other : others) {
            assertNotEquals(source.story().id(), other);
        }
    }

    @Test
    void aSourceArrivingAfterItsTranslationIsTiedToItTheOtherWay() {
        Pipeline pipeline = pipeline();
        Article translation = process(pipeline, Fixtures.text(Fixtures.ARTICLE_ID), TRANSLATION_URL);
        Article source = process(pipeline, Fixtures.text(Fixtures.ARTICLE_ID_SOURCE), Fixtures.ARTICLE_ID_SOURCE_URL);

        assertEquals(translation.story().id(), source.story().id());
        assertTrue(source.related().stream().anyMatch(r -> r.id().equals(translation.id())
                && r.relation().equals(Related.TRANSLATED_AS)), source.related().toString());
    }

    @Test
    void theTranslationIsRecognisedWithoutASourceLine() {
        Pipeline pipeline = pipeline();
        Article source = process(pipeline, Fixtures.text(Fixtures.ARTICLE_ID_SOURCE), "https://tin.example.vn/a/1");
        String withoutSourceLine = Fixtures.text(Fixtures.ARTICLE_ID).replaceAll("(?m)^Sumber:.*$", "");
        Article translation = process(pipeline, withoutSourceLine, TRANSLATION_URL);

        assertEquals(source.story().id(), translation.story().id());
        Related tie = translation.related().get(0);
        assertEquals(Related.TRANSLATION, tie.relation(), tie.toString());
        assertTrue(tie.evidence().startsWith("entities"), tie.evidence());
    }

    @Test
    void unrelatedNewsOfOneOutletStaysApart() {
        Pipeline pipeline = pipeline();
        List<String> stories = new ArrayList<>();
        for (String item : unrelatedVietnamese()) {
            stories.add(process(pipeline, item, null).story().id());
        }
        assertEquals(stories.size(), Set.copyOf(stories).size(), stories.toString());
    }

    @Test
    void theSameTextAgainIsADuplicateAndFromAnotherOutletARepublication() {
        Pipeline pipeline = pipeline();
        String text = Fixtures.text(Fixtures.ARTICLE_ID);
        Article first = process(pipeline, text, "https://kabar.example.id/a/1");
        Article again = process(pipeline, text, "https://kabar.example.id/a/1?utm_source=feed");
        String edited = text.replace("Para pengamat di Jakarta", "Sejumlah analis di Surabaya");
        Article elsewhere = process(pipeline, edited, "https://berita.example.co.id/x/2");

        assertEquals(Related.DUPLICATE, again.related().get(0).relation());
        assertEquals(first.id(), again.related().get(0).id());
        Related republished = elsewhere.related().stream().filter(r -> r.id().equals(first.id())).findFirst()
                .orElseThrow();
        assertEquals(Related.REPUBLICATION, republished.relation());
        assertTrue(republished.score() < 1.0 && republished.score() >= Relations.REPUBLICATION, republished.toString());
        assertEquals(first.story().id(), elsewhere.story().id());
    }
}
