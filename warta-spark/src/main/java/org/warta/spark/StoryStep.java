package org.warta.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.warta.model.Article;
import org.warta.model.Warning;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import org.warta.story.Fingerprint;
import org.warta.story.StoryMemory;
import org.warta.story.StoryStage;
import scala.Tuple2;

/**
 * The story stage across the cluster. A story is what the articles before an article made of the news, so one story
 * memory sees every fingerprint in input order, as one process does, and gives the same stories: the fingerprints
 * (a few kilobytes each, made on the executors with the rest of the analysis) come together, sorted by place in the
 * input, in one task, and only each article's story and ties go back to the article's slice. Memory in that task is
 * bounded by the story memory's capacity, not by the size of the input.
 */
final class StoryStep {
    private StoryStep() {
    }

    /** What the story memory made of one article: its assignment, or the failure of the stage. */
    record Placed(StoryMemory.Assignment assignment, Throwable failure) implements Serializable {
    }

    /** {@code analysed}, in its slices, with each waiting article's story written into its line. */
    static JavaRDD<Work> apply(JavaRDD<Work> analysed, Slices slices, SparkProcess.Options options, StageTimes times) {
        JavaPairRDD<Order, Placed> placed = analysed
                .filter(w -> w.print() != null)
                .mapToPair(w -> new Tuple2<>(w.order(), w.print()))
                .repartitionAndSortWithinPartitions(new HashPartitioner(1))
                .mapPartitionsToPair(prints -> place(prints, options, times))
                .repartitionAndSortWithinPartitions(slices.partitioner());
        return analysed.zipPartitions(placed, (works, places) -> finish(works, places, options, times));
    }

    private static Iterator<Tuple2<Order, Placed>> place(Iterator<Tuple2<Order, Fingerprint>> prints,
                                                         SparkProcess.Options options, StageTimes times) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        StoryMemory memory = new StoryMemory();
        return Iterators.map(prints, p -> {
            long t0 = System.nanoTime();
            try {
                return new Tuple2<>(p._1(), new Placed(memory.add(p._2()), null));
            } catch (RuntimeException e) {
                return new Tuple2<>(p._1(), new Placed(null, e));
            } finally {
                pipeline.time(StoryStage.NAME, System.nanoTime() - t0);
            }
        });
    }

    private static Iterator<Work> finish(Iterator<Work> works, Iterator<Tuple2<Order, Placed>> places,
                                         SparkProcess.Options options, StageTimes times) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        Iterators.Peeking<Tuple2<Order, Placed>> next = new Iterators.Peeking<>(places);
        return Iterators.map(works, w -> {
            if (w.print() == null) {
                return w;
            }
            Tuple2<Order, Placed> p = next.takeIf(t -> t._1().equals(w.order()));
            if (p == null) {
                throw new IllegalStateException("no story came back for " + w.source());
            }
            return placed(w, p._2(), pipeline.stories());
        });
    }

    /** The waiting article with its story (or the warning of the stage's failure) in its line. */
    private static Work placed(Work w, Placed placed, Stage stories) {
        if (placed.failure() != null) {
            Article failed = w.article() == null ? null : Pipeline.failed(stories, w.article(), placed.failure());
            Warning warning = Pipeline.failure(stories, placed.failure());
            return w.written(failed, w.open().close(null, List.of(), List.of(warning)), w.events());
        }
        StoryMemory.Assignment a = placed.assignment();
        Article article = w.article() == null ? null : StoryStage.assign(w.article(), a);
        return w.written(article, w.open().close(a.story(), a.related(), List.of()), w.events());
    }
}
