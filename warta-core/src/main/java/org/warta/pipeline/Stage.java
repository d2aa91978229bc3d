package org.warta.pipeline;

import java.util.Set;
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
}
