package org.warta.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.Failure;
import org.warta.io.InputFile;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.RecordSink;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;

/**
 * On an executor: reads files and runs every record through the pipeline. The pipeline (language data, knowledge
 * base, models) is built once per executor JVM and shared by its tasks, never per record or per task.
 */
final class FileProcessing implements FlatMapFunction<Iterator<InputFiles.Named>, Outcome> {
    private static volatile Pipeline shared;

    static Pipeline pipeline() {
        Pipeline p = shared;
        if (p == null) {
            synchronized (FileProcessing.class) {
                if (shared == null) {
                    shared = Warta.pipeline(WartaOptions.defaults());
                }
                p = shared;
            }
        }
        return p;
    }

    @Override
    public Iterator<Outcome> call(Iterator<InputFiles.Named> files) {
        List<Outcome> out = new ArrayList<>();
        Configuration conf = new Configuration();
        while (files.hasNext()) {
            InputFiles.Named file = files.next();
            if (file.documentation()) {
                out.add(new Outcome(file.index(), 0, Outcome.SKIPPED, file.name(), "documentation\t"
                        + "a README, LICENSE or Markdown file inside a directory is not an article"));
                continue;
            }
            read(file, conf, out);
        }
        return out.iterator();
    }

    private static void read(InputFiles.Named file, Configuration conf, List<Outcome> out) {
        Pipeline pipeline = pipeline();
        InputFile input = InputFile.of(file.name(), () -> {
            Path path = new Path(URI.create(file.uri()));
            FileSystem fs = path.getFileSystem(conf);
            return fs.open(path);
        });
        int[] next = {0};
        new InputReader(ReadLimits.of(pipeline.budget()), java.io.InputStream.nullInputStream()).read(input,
                new RecordSink() {
                    @Override
                    public void accept(RawDocument document) {
                        out.add(process(pipeline, file, next[0]++, document));
                    }

                    @Override
                    public void fail(Failure failure) {
                        out.add(failed(file, next[0]++, failure));
                    }

                    @Override
                    public void skip(Failure skipped) {
                        Outcome o = failed(file, next[0]++, skipped);
                        out.add(new Outcome(o.file(), o.record(), Outcome.SKIPPED, o.source(), o.line()));
                    }
                });
    }

    private static Outcome process(Pipeline pipeline, InputFiles.Named file, int record, RawDocument document) {
        try {
            return new Outcome(file.index(), record, Outcome.ARTICLE, document.source().describe(),
                    ArticleJson.write(pipeline.process(document), false));
        } catch (BudgetExceeded e) {
            return failed(file, record, Failure.overBudget(document.source(), e));
        } catch (RuntimeException e) {
            return failed(file, record, new Failure(document.source(), "internal-error", e.toString()));
        }
    }

    private static Outcome failed(InputFiles.Named file, int record, Failure failure) {
        String source = failure.source() == null || failure.source().describe() == null ? file.name()
                : failure.source().describe();
        return new Outcome(file.index(), record, Outcome.FAILED, source, failure.reason() + "\t" + failure.message());
    }
}
