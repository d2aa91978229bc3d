package org.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.RawDocument;

class LoadAheadTest {
    /** Preparations asked of each stage, as "stage:language", in order. */
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    /** The threads the loads ran on. */
    private final List<String> threads = Collections.synchronizedList(new ArrayList<>());

    /** A language stage that takes the article's first word for its language. */
    private static final Stage LANGUAGE = Stage.of("language", Set.of(), Set.of(Layer.LANGUAGE), a -> a.toBuilder()
            .layer(Layer.LANGUAGE).language(new LanguageGuess(a.raw().content().split(" ")[0], 1.0, "test", Map.of()))
            .build());

    /** A stage that records its preparations as they run and counts them down. */
    private Stage loading(String name, Set<Layer> adds, CountDownLatch ran, boolean fails) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> needs() {
                return Set.of();
            }

            @Override
            public Set<Layer> adds() {
                return adds;
            }

            @Override
            public Article apply(Article article) {
                return article;
            }

            @Override
            public List<Runnable> preparations(String language) {
                asked.add(name + ":" + language);
                return List.of(() -> {
                    threads.add(Thread.currentThread().getName());
                    ran.countDown();
                    if (fails) {
                        throw new IllegalStateException("no data for " + language);
                    }
                });
            }
        };
    }

    @Test
    void theLaterStagesLoadEachNewLanguageOnceOnOtherThreads() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(4);
        Pipeline pipeline = Pipeline.of(loading("before", Set.of(Layer.DRAFT), ran, false), LANGUAGE,
                loading("entities", Set.of(Layer.ENTITIES), ran, false), loading("events", Set.of(Layer.EVENTS), ran, true));
        for (String text : List.of("id Prabowo bertemu Xi", "id Menteri Luar Negeri", "ms Perdana Menteri Anwar")) {
            Article article = pipeline.process(RawDocument.ofText(text));
            assertTrue(article.warnings().isEmpty(), "a load that fails elsewhere leaves no trace: " + article.warnings());
        }
        assertEquals(List.of("entities:id", "events:id", "entities:ms", "events:ms"), asked,
                "once per language, for the stages after the language stage only");
        assertTrue(ran.await(10, TimeUnit.SECONDS), "loads ran: " + threads);
        assertEquals(List.of("warta-load-ahead"), threads.stream().distinct().toList(), "never on the caller's thread");
    }

    @Test
    void aPipelineWithoutALanguageStageStartsNothing() {
        CountDownLatch ran = new CountDownLatch(1);
        Pipeline pipeline = Pipeline.of(loading("entities", Set.of(Layer.ENTITIES), ran, false));
        pipeline.process(RawDocument.ofText("id Prabowo bertemu Xi"));
        assertTrue(asked.isEmpty(), "no language known: " + asked);
    }
}
