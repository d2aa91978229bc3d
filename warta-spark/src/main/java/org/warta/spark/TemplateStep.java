package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.warta.clean.TemplateLines;
import org.warta.clean.TemplateStage;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import scala.Tuple2;

/**
 * The template stage across the cluster. What a page shares with the other pages of its outlet depends only on that
 * outlet's pages before it, so the lines of every article go to a partition chosen by outlet, where a template memory
 * sees them in input order, as one process does; the lines found to be template (for the few articles that have
 * some) go back to the article's slice and are taken out there. Only lines travel, not articles.
 *
 * <p>One difference is possible, past {@value #OUTLETS_NOTE}: a process forgets every outlet when it has met 50,000
 * of them, a partition when it alone has.
 */
final class TemplateStep {
    static final String OUTLETS_NOTE = "50,000 outlets in one run";

    private TemplateStep() {
    }

    /** An article's lines on their way to its outlet's partition, sorted there by place in the input. */
    record Lines(Order order, String outlet, List<String> lines) implements Serializable {
    }

    /** What the template memory found for one article: the lines to take out, or the failure of the stage. */
    record Found(List<String> template, Throwable failure) implements Serializable {
    }

    /** {@code read}, in its slices, with the template lines taken out. */
    static JavaRDD<Work> apply(JavaRDD<Work> read, Slices slices, int partitions, SparkProcess.Options options,
                               StageTimes times) {
        JavaPairRDD<Order, Found> found = read
                .filter(w -> w.isArticle() && w.article().has(Layer.CLEANED))
                .mapToPair(w -> new Tuple2<>(new Lines(w.order(), TemplateStage.outlet(w.article()),
                        TemplateStage.lines(w.article())), Boolean.TRUE))
                .repartitionAndSortWithinPartitions(new ByOutlet(partitions), new InInputOrder())
                .mapPartitionsToPair(lines -> observe(lines, options, times))
                .repartitionAndSortWithinPartitions(slices.partitioner());
        return read.zipPartitions(found, (works, results) -> remove(works, results, options, times));
    }

    private static Iterator<Tuple2<Order, Found>> observe(Iterator<Tuple2<Lines, Boolean>> lines,
                                                          SparkProcess.Options options, StageTimes times) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        TemplateLines memory = new TemplateLines();
        return Iterators.map(lines, pair -> {
            Lines l = pair._1();
            long t0 = System.nanoTime();
            try {
                Set<String> template = memory.observe(l.outlet(), l.lines());
                return template.isEmpty() ? null : new Tuple2<>(l.order(), new Found(new ArrayList<>(template), null));
            } catch (RuntimeException e) {
                return new Tuple2<>(l.order(), new Found(List.of(), e));
            } finally {
                pipeline.time(TemplateStage.NAME, System.nanoTime() - t0);
            }
        });
    }

    private static Iterator<Work> remove(Iterator<Work> works, Iterator<Tuple2<Order, Found>> found,
                                         SparkProcess.Options options, StageTimes times) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        Stage stage = pipeline.templates();
        Iterators.Peeking<Tuple2<Order, Found>> next = new Iterators.Peeking<>(found);
        return Iterators.map(works, w -> {
            if (!w.isArticle()) {
                return w;
            }
            Article a = w.article();
            if (!a.has(Layer.CLEANED)) {
                return w.with(Pipeline.skipped(stage, a));
            }
            Tuple2<Order, Found> f = next.takeIf(t -> t._1().equals(w.order()));
            if (f == null) {
                return w;
            }
            long t0 = System.nanoTime();
            Article out = f._2().failure() != null ? Pipeline.failed(stage, a, f._2().failure())
                    : TemplateStage.remove(a, new LinkedHashSet<>(f._2().template()));
            pipeline.time(TemplateStage.NAME, System.nanoTime() - t0);
            return w.with(out);
        });
    }

    /** Sends an article's lines to the partition of its outlet. */
    private static final class ByOutlet extends Partitioner {
        private final HashPartitioner hash;

        ByOutlet(int partitions) {
            this.hash = new HashPartitioner(partitions);
        }

        @Override
        public int numPartitions() {
            return hash.numPartitions();
        }

        @Override
        public int getPartition(Object key) {
            return hash.getPartition(((Lines) key).outlet());
        }
    }

    private static final class InInputOrder implements Comparator<Lines>, Serializable {
        @Override
        public int compare(Lines a, Lines b) {
            return a.order().compareTo(b.order());
        }
    }
}
