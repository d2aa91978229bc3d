package org.warta.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.model.RawDocument;

/**
 * An ordered list of stages, checked when it is built: every stage's needs must be added by a stage before it.
 * Thread-safe when its stages are, which all of Warta's are; one pipeline serves many threads.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final AtomicLongArray nanos;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.nanos = new AtomicLongArray(stages.size());
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.RAW);
        Set<String> names = new java.util.HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' appears twice in the pipeline");
            }
            for (Layer need : stage.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' needs layer " + need
                            + ", which no earlier stage adds (available: " + available + ")");
                }
            }
            available.addAll(stage.adds());
        }
        return new Pipeline(stages);
    }

    public Article process(RawDocument raw) {
        return process(Article.of(raw));
    }

    /**
     * Runs every stage in order. A stage that fails with an unexpected exception is a bug, but one article must
     * not take down a run: the failure is recorded as a warning and the remaining stages still run where they can.
     */
    public Article process(Article article) {
        Article current = article;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!current.layers().containsAll(stage.needs())) {
                current = current.toBuilder().warn(stage.name(), "skipped",
                        "skipped: needs " + stage.needs() + " but has " + current.layers()).build();
                continue;
            }
            long t0 = System.nanoTime();
            try {
                current = stage.apply(current);
            } catch (RuntimeException | StackOverflowError e) {
                current = current.toBuilder().warn(stage.name(), "stage-failed",
                        "stage failed: " + e).build();
            }
            nanos.addAndGet(i, System.nanoTime() - t0);
        }
        return current;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }

    /** Time spent in each stage since this pipeline was built, in nanoseconds, in stage order. */
    public Map<String, Long> timings() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            out.put(stages.get(i).name(), nanos.get(i));
        }
        return out;
    }
}
