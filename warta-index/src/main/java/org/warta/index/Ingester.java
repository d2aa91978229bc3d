package org.warta.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.RecordSink;
import org.warta.io.RunSummary;
import org.warta.model.Article;
import org.warta.model.ArticleIds;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;

/**
 * Reads inputs, runs each new or changed record through the pipeline on several threads and stores it, committing
 * every so many articles so that a crash loses at most the work since the last commit. Records whose stored
 * version came from the very same input are passed over without running the pipeline, so running an interrupted
 * ingest again is quick and stores nothing twice (an index that held no article when the run began is not searched
 * for them: only the run's own records can be there). Storing puts each article into a story against everything in
 * the index ({@link ArticleIndex#put}), unless the pipeline's own {@code stories} stage, over
 * {@link ArticleIndex#storyMemory()}, already did.
 */
public final class Ingester {
    /** Hears about every record, from any thread. */
    public interface Listener {
        void step();

        default void failed(Failure failure) {
        }
    }

    /**
     * @param threads      pipeline threads
     * @param commitEvery  articles stored between commits
     */
    public record Options(int threads, int commitEvery) {
        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 1000);
        }
    }

    /** Counts of a run: the run summary of records, and what storing did. */
    public record Result(RunSummary summary, long added, long replaced, long unchanged) {
        public String describe() {
            return summary + "; stored: added " + added + ", replaced " + replaced + ", unchanged " + unchanged;
        }
    }

    private static final RawDocument END = RawDocument.ofText("end");
    private final ArticleIndex index;
    private final Pipeline pipeline;
    private final Options options;
    private java.util.function.Consumer<Article> stored = a -> { };

    public Ingester(ArticleIndex index, Pipeline pipeline, Options options) {
        this.index = index;
        this.pipeline = pipeline;
        this.options = options;
    }

    /** Also hands every stored article to this consumer (from the worker threads). */
    public Ingester onStored(java.util.function.Consumer<Article> consumer) {
        this.stored = consumer;
        return this;
    }

    public Result run(List<String> inputs, InputReader reader, Listener listener) {
        return run(sink -> reader.read(inputs, sink), listener);
    }

    /** Ingests what a source feeds into the sink it is given, on the calling thread. */
    public Result run(java.util.function.Consumer<RecordSink> source, Listener listener) {
        RunSummary summary = new RunSummary();
        AtomicLong added = new AtomicLong();
        AtomicLong replaced = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong sinceCommit = new AtomicLong();
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        Map<String, String> seen = new ConcurrentHashMap<>();
        // An index that held no article when the run began can hold only this run's own records, which `seen` knows:
        // no record needs looking up in it.
        boolean startedEmpty = index.count() == 0;
        BlockingQueue<RawDocument> queue = new ArrayBlockingQueue<>(options.threads() * 64);

        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            Thread w = new Thread(() -> {
                while (true) {
                    RawDocument raw = take(queue);
                    if (raw == END) {
                        return;
                    }
                    if (fatal.get() != null) {
                        continue;
                    }
                    try {
                        Optional<ArticleIndex.Outcome> outcome = store(raw, seen, startedEmpty, summary, listener);
                        if (outcome.isEmpty()) {
                            continue;
                        }
                        switch (outcome.get()) {
                            case ADDED -> added.incrementAndGet();
                            case REPLACED -> replaced.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                        }
                        summary.processed();
                        listener.step();
                        if (outcome.get() != ArticleIndex.Outcome.UNCHANGED
                                && sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
                            index.commit();
                        }
                    } catch (RuntimeException e) {
                        // The index itself failed (disk full, I/O error): stop; the last commit stays usable.
                        fatal.compareAndSet(null, e);
                    }
                }
            }, "warta-ingest-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        try {
            source.accept(new RecordSink() {
                @Override
                public void accept(RawDocument document) {
                    if (fatal.get() != null) {
                        return;
                    }
                    put(queue, document);
                }

                @Override
                public void fail(Failure failure) {
                    summary.failed(failure.reason());
                    listener.failed(failure);
                    listener.step();
                }

                @Override
                public void skip(Failure skipped) {
                    summary.skipped(skipped.reason());
                    listener.step();
                }
            });
        } finally {
            for (int t = 0; t < workers.size(); t++) {
                put(queue, END);
            }
            workers.forEach(Ingester::join);
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
        index.commit();
        return new Result(summary, added.get(), replaced.get(), unchanged.get());
    }

    /** Runs the pipeline when needed and stores the article; empty when the record failed (and was reported). */
    private Optional<ArticleIndex.Outcome> store(RawDocument raw, Map<String, String> seen, boolean startedEmpty,
                                                 RunSummary summary, Listener listener) {
        String id = ArticleIds.of(raw);
        String digest = ArticleDocuments.digest(raw);
        String before = seen.put(id, digest);
        ArticleIndex.Outcome outcome = before == null
                ? (startedEmpty ? ArticleIndex.Outcome.ADDED : index.classify(raw, id))
                : before.equals(digest) ? ArticleIndex.Outcome.UNCHANGED : ArticleIndex.Outcome.REPLACED;
        if (outcome == ArticleIndex.Outcome.UNCHANGED) {
            return Optional.of(outcome);
        }
        Article article;
        try {
            article = pipeline.process(raw);
        } catch (RuntimeException e) {
            Failure failure = e instanceof BudgetExceeded over ? Failure.overBudget(raw.source(), over)
                    : new Failure(raw.source(), "internal-error", e.toString());
            summary.failed(failure.reason());
            listener.failed(failure);
            listener.step();
            return Optional.empty();
        }
        stored.accept(index.put(article));
        return Optional.of(outcome);
    }

    private static RawDocument take(BlockingQueue<RawDocument> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    private static void put(BlockingQueue<RawDocument> queue, RawDocument doc) {
        try {
            queue.put(doc);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
