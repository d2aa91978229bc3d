package org.warta.story;

import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Stage;

/**
 * Puts each article into a story of the run ({@link StoryMemory}) and lists the articles it is tied to. The memory
 * is the run's, shared by every article: a run that wants the same stories with any number of threads hands its
 * articles to this stage in input order ({@code ArticleRun} does); calls are serialised here.
 */
public final class StoryStage implements Stage {
    public static final String NAME = "stories";

    private final StoryMemory memory;

    public StoryStage(StoryMemory memory) {
        this.memory = memory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.STORY);
    }

    @Override
    public Article apply(Article article) {
        Fingerprint f = Fingerprints.of(article);
        StoryMemory.Assignment a;
        synchronized (memory) {
            a = memory.add(f);
        }
        return assign(article, a);
    }

    /** The article in the story it was assigned to, with the articles it is tied to. */
    public static Article assign(Article article, StoryMemory.Assignment a) {
        return article.toBuilder().story(a.story()).related(a.related()).layer(Layer.STORY).build();
    }

    public StoryMemory memory() {
        return memory;
    }
}
