package org.warta.spark;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warta.io.Failure;
import org.warta.io.InputFile;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.RecordStream;
import org.warta.io.WarcSplitReader;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;

/**
 * On an executor: reads the units of one slice of the input (files, or parts of large web archives) and makes each
 * record an article, through the stages before the template stage when the job has one. Every record comes out, at
 * its place in the input: as an article, or failed or passed over with the reason.
 */
final class ReadStep implements FlatMapFunction<Iterator<List<Unit>>, Work> {
    /** A file up to this size is read at once; a larger one as a stream, a few records ahead of the pipeline. */
    static final long SMALL_FILE = 1 << 20;

    private final SparkProcess.Options options;
    private final StageTimes times;

    ReadStep(SparkProcess.Options options, StageTimes times) {
        this.options = options;
        this.times = times;
    }

    @Override
    public Iterator<Work> call(Iterator<List<Unit>> slice) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        Configuration conf = new Configuration();
        Iterator<Unit> units = slice.hasNext() ? slice.next().iterator() : Collections.emptyIterator();
        return new Iterator<>() {
            private Iterator<Work> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && units.hasNext()) {
                    current = read(units.next(), conf, pipeline, options.needsArticles());
                }
                return current.hasNext();
            }

            @Override
            public Work next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The records of one unit, read as they are taken (a few records ahead, never the whole file) and each made into
     * an article. The reading stops when the unit is done or the task ends.
     */
    private static Iterator<Work> read(Unit unit, Configuration conf, JobPipeline pipeline, boolean keepRaw) {
        InputFiles.Named file = unit.file();
        if (file.documentation()) {
            return List.of(Work.skipped(new Order(unit.index(), 0), file.name(), new Failure(null, "documentation",
                    "a README, LICENSE or Markdown file inside a directory is not an article"))).iterator();
        }
        ReadLimits limits = ReadLimits.of(pipeline.analysis().budget());
        Path path = new Path(URI.create(file.uri()));
        InputReader reader = new InputReader(limits, InputStream.nullInputStream());
        InputFile input = InputFile.of(file.name(), () -> path.getFileSystem(conf).open(path));
        if (unit.split() == null && file.length() <= SMALL_FILE) {
            // a small file's records, all of them at once: no reading thread for the typical one-article file
            List<RecordStream.Item> items = new ArrayList<>();
            reader.read(input, RecordStream.collector(items::add));
            return works(unit, items.iterator(), pipeline, keepRaw);
        }
        RecordStream records = unit.split() == null ? RecordStream.of(reader, input)
                : RecordStream.of(new WarcSplitReader(limits), file.name(), offset -> {
                    FSDataInputStream in = path.getFileSystem(conf).open(path);
                    in.seek(offset);
                    return in;
                }, unit.split());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> records.close());
        }
        return works(unit, new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (records.hasNext()) {
                    return true;
                }
                records.close();
                return false;
            }

            @Override
            public RecordStream.Item next() {
                return records.next();
            }
        }, pipeline, keepRaw);
    }

    /** Each record read as it is taken, at its place in the unit. */
    private static Iterator<Work> works(Unit unit, Iterator<RecordStream.Item> items, JobPipeline pipeline,
                                        boolean keepRaw) {
        long[] next = {0};
        return Iterators.map(items, item -> {
            Order order = new Order(unit.index(), next[0]++);
            return switch (item.kind()) {
                case DOCUMENT -> start(order, item.document(), pipeline.beforeTemplates(), keepRaw);
                case FAILURE -> Work.failed(order, unit.file().name(), item.failure());
                case SKIP -> Work.skipped(order, unit.file().name(), item.failure());
            };
        });
    }

    /** The record as an article, through the stages before the template stage when there is one. */
    private static Work start(Order order, RawDocument document, Pipeline before, boolean keepRaw) {
        Article article = Article.of(document);
        if (before == null) {
            return Work.article(order, article);
        }
        try {
            Article cleaned = before.process(article);
            // extracted: the page's markup, often most of a record's size, is of no more use unless an output wants it
            return Work.article(order, keepRaw ? cleaned : cleaned.withoutRawContent());
        } catch (BudgetExceeded e) {
            return Work.failed(order, null, Failure.overBudget(document.source(), e));
        } catch (RuntimeException e) {
            return Work.failed(order, null, new Failure(document.source(), "internal-error", e.toString()));
        }
    }
}
