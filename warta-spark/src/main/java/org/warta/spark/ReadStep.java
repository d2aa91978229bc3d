package org.warta.spark;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warta.io.Failure;
import org.warta.io.InputFile;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.RecordSink;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;

/**
 * On an executor: reads the files of one slice of the input and makes each record an article, through the stages
 * before the template stage when the job has one. Every record comes out, at its place in the input: as an article,
 * or failed or passed over with the reason.
 */
final class ReadStep implements FlatMapFunction<Iterator<List<InputFiles.Named>>, Work> {
    private final SparkProcess.Options options;
    private final StageTimes times;

    ReadStep(SparkProcess.Options options, StageTimes times) {
        this.options = options;
        this.times = times;
    }

    @Override
    public Iterator<Work> call(Iterator<List<InputFiles.Named>> slice) {
        JobPipeline pipeline = JobPipeline.forTask(options);
        times.addWhenDone(pipeline);
        Configuration conf = new Configuration();
        Iterator<InputFiles.Named> files = slice.hasNext() ? slice.next().iterator() : Collections.emptyIterator();
        return new Iterator<>() {
            private Iterator<Work> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = read(files.next(), conf, pipeline);
                }
                return current.hasNext();
            }

            @Override
            public Work next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The records of one file, each made into an article as it is taken. */
    private static Iterator<Work> read(InputFiles.Named file, Configuration conf, JobPipeline pipeline) {
        if (file.documentation()) {
            return List.of(Work.skipped(new Order(file.index(), 0), file.name(), new Failure(null, "documentation",
                    "a README, LICENSE or Markdown file inside a directory is not an article"))).iterator();
        }
        InputFile input = InputFile.of(file.name(), () -> {
            Path path = new Path(URI.create(file.uri()));
            FileSystem fs = path.getFileSystem(conf);
            return fs.open(path);
        });
        List<Object> records = new ArrayList<>();
        new InputReader(ReadLimits.of(pipeline.analysis().budget()), java.io.InputStream.nullInputStream()).read(input,
                new RecordSink() {
                    @Override
                    public void accept(RawDocument document) {
                        records.add(document);
                    }

                    @Override
                    public void fail(Failure failure) {
                        records.add(failure);
                    }

                    @Override
                    public void skip(Failure skipped) {
                        records.add(new Skip(skipped));
                    }
                });
        int[] next = {0};
        return records.stream().map(r -> {
            Order order = new Order(file.index(), next[0]++);
            if (r instanceof RawDocument document) {
                return start(order, document, pipeline.beforeTemplates());
            }
            return r instanceof Skip s ? Work.skipped(order, file.name(), s.failure())
                    : Work.failed(order, file.name(), (Failure) r);
        }).iterator();
    }

    private record Skip(Failure failure) {
    }

    /** The record as an article, through the stages before the template stage when there is one. */
    private static Work start(Order order, RawDocument document, Pipeline before) {
        Article article = Article.of(document);
        if (before == null) {
            return Work.article(order, article);
        }
        try {
            return Work.article(order, before.process(article));
        } catch (BudgetExceeded e) {
            return Work.failed(order, null, Failure.overBudget(document.source(), e));
        } catch (RuntimeException e) {
            return Work.failed(order, null, new Failure(document.source(), "internal-error", e.toString()));
        }
    }
}
