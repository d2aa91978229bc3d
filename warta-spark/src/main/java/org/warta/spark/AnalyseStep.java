package org.warta.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warta.io.Failure;
import org.warta.model.Article;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryStage;

/**
 * On an executor: the stages from language to events, record by record, in the record's slice, and the article's
 * output written. When the job groups stories, each article also gets its fingerprint here and is written with its
 * story left open, so that the story step, which must see articles one at a time in input order, only compares
 * fingerprints, and only the story goes back into the line.
 */
final class AnalyseStep implements FlatMapFunction<Iterator<Work>, Work> {
    private final SparkProcess.Options options;
    private final Writing writing;
    private final StageTimes times;

    AnalyseStep(SparkProcess.Options options, Writing writing, StageTimes times) {
        this.options = options;
        this.writing = writing;
        this.times = times;
    }

    @Override
    public Iterator<Work> call(Iterator<Work> works) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        return Iterators.map(works, w -> w.isArticle() ? analyse(w, pipeline, writing) : w);
    }

    private static Work analyse(Work w, JobPipeline pipeline, Writing writing) {
        Article article;
        try {
            article = pipeline.analysis().process(w.article());
        } catch (BudgetExceeded e) {
            return Work.failed(w.order(), w.source(), Failure.overBudget(w.article().source(), e));
        } catch (RuntimeException e) {
            return Work.failed(w.order(), w.source(), new Failure(w.article().source(), "internal-error", e.toString()));
        }
        Stage stories = pipeline.stories();
        if (stories == null) {
            return writing.written(w, article);
        }
        if (!article.layers().containsAll(stories.needs())) {
            return writing.written(w, Pipeline.skipped(stories, article));
        }
        long t0 = System.nanoTime();
        Fingerprint print;
        try {
            print = Fingerprints.of(article);
        } catch (RuntimeException e) {
            return writing.written(w, Pipeline.failed(stories, article, e));
        } finally {
            pipeline.time(StoryStage.NAME, System.nanoTime() - t0);
        }
        return writing.waiting(w, article, print);
    }
}
