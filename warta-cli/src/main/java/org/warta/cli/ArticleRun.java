package org.warta.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.warta.clean.TemplateStage;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.RecordSink;
import org.warta.io.RunSummary;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import org.warta.story.StoryStage;

/**
 * Reads inputs, runs each record through the pipeline and hands the article on, accounting for every record:
 * read failures and skipped records are reported on stderr as they happen and counted in the summary.
 *
 * <p>With more than one thread, records are processed in parallel but handed on, reported and counted in the order
 * they were read, so the output is the same as with one thread. At most a few records per thread wait in memory.
 * Stages with a memory of the run, {@code template} (lines shared with the outlet's other articles) and
 * {@code stories} (the stories formed so far), run for one record at a time, in input order, while the stages between
 * them run on any thread: what such a stage has seen when it reaches an article is then the same however many threads
 * run.
 */
final class ArticleRun {
    private final Pipeline pipeline;
    private final InputReader reader;
    private final PrintStream err;
    private final RunSummary summary = new RunSummary();
    private final Progress progress;
    private final int threads;
    /** The stages that see records in input order, and the parts of the pipeline around them. */
    static final Set<String> ORDERED = Set.of(TemplateStage.NAME, StoryStage.NAME);
    private final Pipeline.Cut cut;
    /** For each ordered stage: completes when the previous record has passed it (or failed before it). */
    private final List<CompletableFuture<Void>> previous = new ArrayList<>();

    ArticleRun(Pipeline pipeline, InputReader reader, PrintStream err, Progress progress) {
        this(pipeline, reader, err, progress, 1);
    }

    ArticleRun(Pipeline pipeline, InputReader reader, PrintStream err, Progress progress, int threads) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.err = err;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.cut = pipeline.cut(ORDERED);
        cut.stages().forEach(s -> previous.add(CompletableFuture.completedFuture(null)));
    }

    /** What became of one record, settled in reading order. */
    private sealed interface Outcome permits Done, Failed, Skipped {
    }

    /** A processed record, already turned into what is handed on (the article, or its JSON line). */
    private record Done(Object prepared) implements Outcome {
    }

    private record Failed(Failure failure) implements Outcome {
    }

    private record Skipped(Failure failure) implements Outcome {
    }

    RunSummary run(List<String> inputs, Consumer<Article> out) {
        return run(inputs, article -> article, out);
    }

    /**
     * Runs every record and hands on {@code prepare(article)}; the preparing (writing the JSON, say) is done on the
     * pipeline threads too, and only the handing on is in input order on the reading thread.
     */
    <T> RunSummary run(List<String> inputs, Function<Article, T> prepare, Consumer<T> out) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "warta-pipeline");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<CompletableFuture<Outcome>> pending = new ArrayDeque<>();
        try {
            reader.read(inputs, new RecordSink() {
                @Override
                public void accept(RawDocument document) {
                    if (!cut.stages().isEmpty()) {
                        queue(inOrder(document, prepare, pool == null ? Runnable::run : pool));
                    } else {
                        queue(pool == null ? CompletableFuture.completedFuture(process(document, prepare))
                                : CompletableFuture.supplyAsync(() -> process(document, prepare), pool));
                    }
                }

                @Override
                public void fail(Failure failure) {
                    queue(CompletableFuture.completedFuture(new Failed(failure)));
                }

                @Override
                public void skip(Failure skipped) {
                    queue(CompletableFuture.completedFuture(new Skipped(skipped)));
                }

                private void queue(CompletableFuture<Outcome> outcome) {
                    pending.add(outcome);
                    settle(pending, out, 4 * threads);
                }
            });
            settle(pending, out, 0);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        progress.finish();
        return summary;
    }

    private <T> Outcome process(RawDocument document, Function<Article, T> prepare) {
        try {
            return new Done(prepare.apply(pipeline.process(document)));
        } catch (RuntimeException e) {
            return failed(document, e);
        }
    }

    /** The parts between the ordered stages on any thread, each ordered stage in input order. */
    private <T> CompletableFuture<Outcome> inOrder(RawDocument document, Function<Article, T> prepare, Executor pool) {
        CompletableFuture<Article> article = CompletableFuture.supplyAsync(
                () -> cut.parts().get(0).process(document), pool);
        for (int i = 0; i < cut.stages().size(); i++) {
            Stage stage = cut.stages().get(i);
            Pipeline next = cut.parts().get(i + 1);
            CompletableFuture<Article> passed = article.thenCombine(previous.get(i), (a, done) -> Pipeline.runAlone(stage, a));
            previous.set(i, passed.handle((a, failure) -> null));
            article = next.stages().isEmpty() ? passed : passed.thenApplyAsync(next::process, pool);
        }
        return article.thenApplyAsync(a -> (Outcome) new Done(prepare.apply(a)), pool)
                .exceptionally(failure -> failed(document, failure instanceof CompletionException c
                        && c.getCause() != null ? c.getCause() : failure));
    }

    private static Outcome failed(RawDocument document, Throwable failure) {
        if (failure instanceof BudgetExceeded e) {
            return new Failed(Failure.overBudget(document.source(), e));
        }
        return new Failed(new Failure(document.source(), "internal-error", failure.toString()));
    }

    /** Hands on finished records from the head of the queue, waiting while more than {@code keep} are pending. */
    private <T> void settle(ArrayDeque<CompletableFuture<Outcome>> pending, Consumer<T> out, int keep) {
        while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > keep)) {
            report(Futures.await(pending.poll()), out);
        }
    }


    @SuppressWarnings("unchecked")
    private <T> void report(Outcome outcome, Consumer<T> out) {
        if (outcome instanceof Done d) {
            out.accept((T) d.prepared());
            summary.processed();
        } else if (outcome instanceof Failed f) {
            summary.failed(f.failure().reason());
            progress.clearLine();
            err.println("warta: " + f.failure());
        } else if (outcome instanceof Skipped s) {
            summary.skipped(s.failure().reason());
        }
        progress.step();
    }
}
