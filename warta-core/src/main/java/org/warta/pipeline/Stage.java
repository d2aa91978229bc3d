package org.warta.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.warta.model.Article;
import org.warta.model.Layer;

/**
 * One step of the pipeline: takes an article and returns it with one more layer. A stage does no I/O and never
 * throws on dirty text; it records a warning on the article and goes on.
 */
public interface Stage {
    /** A short, stable name used in configuration, warnings and timings ("clean", "language"). */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> needs();

    /** Layers this stage adds. */
    Set<Layer> adds();

    Article apply(Article article);

    /**
     * The loads this stage does the first time it meets an article in {@code language} (its patterns, lexicons,
     * models), as independent pieces of work that the pipeline may run on other threads as soon as an article's
     * language is known, while the stages before this one work: a run of one article is mostly such loading. Each
     * piece must be safe to run beside the stage itself and must leave no other trace than what the stage would
     * load anyway; none by default.
     */
    default List<Runnable> preparations(String language) {
        return List.of();
    }

    /** A stage made of a function, for a step added to the standard ones (a check, a probe, a test's slow work). */
    static Stage of(String name, Set<Layer> needs, Set<Layer> adds, UnaryOperator<Article> work) {
        record Step(String name, Set<Layer> needs, Set<Layer> adds, UnaryOperator<Article> work) implements Stage {
            @Override
            public Article apply(Article article) {
                return work.apply(article);
            }
        }
        return new Step(name, Set.copyOf(needs), Set.copyOf(adds), work);
    }
}
