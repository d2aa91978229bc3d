package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Budget;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

/** Records over the pipeline's budget fail with its reason; the ingest stores the rest. */
class IngesterBudgetTest {
    /** After the standard stages: work that never ends on an article saying "LAMBAT", checking its deadline. */
    private static final Stage ENDLESS_ON_CUE = Stage.of("endless", Set.of(Layer.TEXT), Set.of(), article -> {
        while (article.text().contains("LAMBAT")) {
            Deadline.check();
        }
        return article;
    });

    @Test
    void tooLargeAndTooSlowRecordsAreReportedAndTheOthersStored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, IngesterTest.line("a", "Jakarta flooded again after heavy rain on Monday night.")
                + IngesterTest.line("big", "Hanoi opened a new metro line. ".repeat(40))
                + IngesterTest.line("slow", "LAMBAT: the council met again on Tuesday in Surabaya.")
                + IngesterTest.line("b", "Hanoi opened a new metro line to the western districts."));
        List<Stage> stages = new ArrayList<>(Pipelines.stages(WartaOptions.defaults()));
        stages.add(ENDLESS_ON_CUE);
        Pipeline pipeline = Pipeline.of(stages, new Budget(1000, Duration.ofSeconds(2)));
        List<Failure> failures = new ArrayList<>();
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            Ingester.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    new Ingester(index, pipeline, new Ingester.Options(2, 10)).run(List.of(file.toString()),
                            InputReader.standard(), new Ingester.Listener() {
                                @Override
                                public void step() {
                                }

                                @Override
                                public synchronized void failed(Failure failure) {
                                    failures.add(failure);
                                }
                            }));
            assertEquals(2, result.added());
            assertEquals(2, index.count());
            assertEquals(java.util.Map.of("too-large", 1L, "too-slow", 1L), result.summary().failedByReason());
            Failure slow = failures.stream().filter(f -> f.reason().equals("too-slow")).findFirst().orElseThrow();
            assertEquals("line 3", slow.source().record());
            assertTrue(slow.message().contains("(stopped in stage 'endless')"), slow.message());
        }
    }
}
