package org.warta.pipeline;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts, on other threads, what the stages after the language stage will load for a language the first time a
 * pipeline meets it ({@link Stage#preparations}). A one-article run spends most of its time loading one language's
 * patterns, lexicons and models, one after the other as each stage first needs them; started together as soon as the
 * language is known, they load side by side while the stages before them work. Each language is started once per
 * pipeline; a stage that needs what is still loading waits for it, as it would wait for its own load. The same
 * threads serve loads started before any pipeline is built ({@link #inBackground}).
 */
public final class LoadAhead {
    /** Daemon threads, made as loads need them and gone when idle: a run never waits on them to exit. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "warta-load-ahead");
        t.setDaemon(true);
        return t;
    });

    private final Set<String> started = ConcurrentHashMap.newKeySet();

    LoadAhead() {
    }

    /** Runs a load on one of the daemon threads; a failure is passed over (see {@link #quietly}). */
    public static void inBackground(Runnable load) {
        THREADS.execute(() -> quietly(load));
    }

    /** Starts the preparations of {@code stages} for {@code language}, unless this pipeline started them before. */
    void start(List<Stage> stages, String language) {
        if (language == null || !started.add(language)) {
            return;
        }
        for (Stage stage : stages) {
            for (Runnable load : stage.preparations(language)) {
                inBackground(load);
            }
        }
    }

    /**
     * A load that fails here is passed over: the stage meets the same failure when it loads on its own thread, and
     * reports it there, on the article.
     */
    private static void quietly(Runnable load) {
        try {
            load.run();
        } catch (RuntimeException | LinkageError | StackOverflowError ignored) {
            // reported by the stage itself
        }
    }
}
