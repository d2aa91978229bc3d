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
import org.warta.model.Warning;

/**
 * An ordered list of stages, checked when it is built: every stage's needs must be added by a stage before it.
 * Thread-safe when its stages are, which all of Warta's are; one pipeline serves many threads.
 *
 * <p>Each record is held to the pipeline's {@link Budget}: one too large is refused before any stage runs, and one
 * that runs out of time is stopped between stages or at the next {@link Deadline#check()} inside one. Either way
 * {@link #process} throws {@link BudgetExceeded}, whose reason is the record's failure reason.
 *
 * <p>The first time an article's language is known to be one the pipeline has not met, the later stages' loads for
 * it start on other threads ({@link Stage#preparations}), so that they load side by side rather than one by one.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Budget budget;
    private final AtomicLongArray nanos;
    private final LoadAhead loadAhead = new LoadAhead();

    private Pipeline(List<Stage> stages, Budget budget) {
        this.stages = List.copyOf(stages);
        this.budget = budget;
        this.nanos = new AtomicLongArray(stages.size());
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    /** A pipeline with no limit on a record's size or time. */
    public static Pipeline of(List<Stage> stages) {
        return of(stages, Budget.UNLIMITED);
    }

    public static Pipeline of(List<Stage> stages, Budget budget) {
        check(stages, EnumSet.of(Layer.RAW));
        return new Pipeline(stages, budget);
    }

    private static void check(List<Stage> stages, Set<Layer> available) {
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
    }

    /** A pipeline cut around one of its stages: the stages before it, the stage, and the stages after it. */
    public record Split(Pipeline before, Stage stage, Pipeline after) {
    }

    /**
     * Cuts this pipeline around the stage named {@code name}, for a run that must do that stage's work for its
     * records one at a time, in order, while the rest runs on several threads. Each part keeps this budget; the
     * part after the stage takes articles the part before has made.
     *
     * @return the parts, or null when there is no such stage
     */
    public Split split(String name) {
        int at = stageNames().indexOf(name);
        if (at < 0) {
            return null;
        }
        Set<Layer> available = EnumSet.of(Layer.RAW);
        stages.subList(0, at + 1).forEach(s -> available.addAll(s.adds()));
        List<Stage> after = stages.subList(at + 1, stages.size());
        check(after, available);
        return new Split(new Pipeline(stages.subList(0, at), budget), stages.get(at), new Pipeline(after, budget));
    }

    /**
     * A pipeline cut around several of its stages: {@code parts.get(i)} runs before {@code stages.get(i)}, and the
     * last part after the last of them. There is always one part more than there are stages; a part may be empty.
     */
    public record Cut(List<Pipeline> parts, List<Stage> stages) {
        public Cut {
            parts = List.copyOf(parts);
            stages = List.copyOf(stages);
        }
    }

    /**
     * Cuts this pipeline around each of its stages named in {@code names} (names it does not hold are passed over),
     * for a run that must do those stages' work one record at a time, in order, while the parts between them run on
     * several threads. Each part keeps this budget and takes the articles the parts and stages before it have made.
     */
    public Cut cut(Set<String> names) {
        List<Pipeline> parts = new ArrayList<>();
        List<Stage> cutAt = new ArrayList<>();
        Set<Layer> available = EnumSet.of(Layer.RAW);
        int from = 0;
        for (int i = 0; i <= stages.size(); i++) {
            if (i == stages.size() || names.contains(stages.get(i).name())) {
                List<Stage> part = stages.subList(from, i);
                check(part, available);
                parts.add(new Pipeline(part, budget));
                if (i < stages.size()) {
                    cutAt.add(stages.get(i));
                    available.addAll(stages.get(i).adds());
                }
                from = i + 1;
            }
        }
        return new Cut(parts, cutAt);
    }

    /**
     * Runs one stage on its own, as a run that holds it out of the parts ({@link #cut}) does, one record at a time:
     * an article that lacks a layer the stage needs passes with a warning, and a stage that fails leaves the article
     * as it was with a warning, as inside a pipeline.
     */
    public static Article runAlone(Stage stage, Article article) {
        if (!article.layers().containsAll(stage.needs())) {
            return skipped(stage, article);
        }
        try {
            return stage.apply(article);
        } catch (RuntimeException e) {
            return failed(stage, article, e);
        }
    }

    /** The article with the warning a stage leaves when the article lacks a layer the stage needs. */
    public static Article skipped(Stage stage, Article article) {
        return article.toBuilder().warn(stage.name(), "skipped",
                "skipped: needs " + stage.needs() + " but has " + article.layers()).build();
    }

    /** The article with the warning a stage leaves when it fails on it. */
    public static Article failed(Stage stage, Article article, Throwable failure) {
        Warning w = failure(stage, failure);
        return article.toBuilder().warn(w.stage(), w.code(), w.message()).build();
    }

    /** The warning a stage leaves on an article when it fails on it. */
    public static Warning failure(Stage stage, Throwable failure) {
        return new Warning(stage.name(), "stage-failed", "stage failed: " + failure);
    }

    /** The same stages held to another budget (with timings of their own). */
    public Pipeline withBudget(Budget other) {
        return new Pipeline(stages, other);
    }

    public Budget budget() {
        return budget;
    }

    /**
     * Runs every stage over a raw document.
     *
     * @throws BudgetExceeded when the document is over the budget's size ({@code too-large}, before any work) or
     *                        its processing over the budget's time ({@code too-slow})
     */
    public Article process(RawDocument raw) {
        budget.checkSize(raw);
        return run(Article.of(raw));
    }

    /**
     * Runs every stage in order. A stage that fails with an unexpected exception is a bug, but one article must
     * not take down a run: the failure is recorded as a warning and the remaining stages still run where they can.
     *
     * @throws BudgetExceeded when the article's raw document is over the budget's size, or the work over its time
     */
    public Article process(Article article) {
        if (article.raw() != null) {
            budget.checkSize(article.raw());
        }
        return run(article);
    }

    /**
     * Runs every stage over a raw document against a deadline shared with other records: a request that posts
     * several articles is held to one time budget in all, not one per article.
     *
     * @throws BudgetExceeded when the document is over the budget's size, or the deadline passes
     */
    public Article process(RawDocument raw, Deadline deadline) {
        budget.checkSize(raw);
        return run(Article.of(raw), deadline);
    }

    private Article run(Article article) {
        return run(article, budget.startNow());
    }

    private Article run(Article article, Deadline deadline) {
        if (deadline == Deadline.NONE) {
            return runStages(article, deadline);
        }
        try (Deadline.Scope scope = deadline.enter()) {
            return runStages(article, deadline);
        }
    }

    private Article runStages(Article article, Deadline deadline) {
        Article current = article;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!current.layers().containsAll(stage.needs())) {
                current = skipped(stage, current);
                continue;
            }
            long t0 = System.nanoTime();
            try {
                current = stage.apply(current);
                if (stage.adds().contains(Layer.LANGUAGE) && current.language() != null) {
                    loadAhead.start(stages.subList(i + 1, stages.size()), current.language().code());
                }
                deadline.checkNow();
            } catch (BudgetExceeded e) {
                throw e.inStage(stage.name());
            } catch (RuntimeException | StackOverflowError e) {
                current = failed(stage, current, e);
            } finally {
                nanos.addAndGet(i, System.nanoTime() - t0);
            }
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
