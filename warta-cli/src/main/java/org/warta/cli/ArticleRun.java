package org.warta.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.RecordSink;
import org.warta.io.RunSummary;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;

/**
 * Reads inputs, runs each record through the pipeline and hands the article on, accounting for every record:
 * read failures and skipped records are reported on stderr as they happen and counted in the summary.
 */
final class ArticleRun {
    private final Pipeline pipeline;
    private final InputReader reader;
    private final PrintStream err;
    private final RunSummary summary = new RunSummary();
    private final Progress progress;

    ArticleRun(Pipeline pipeline, InputReader reader, PrintStream err, Progress progress) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.err = err;
        this.progress = progress;
    }

    RunSummary run(List<String> inputs, Consumer<Article> out) {
        reader.read(inputs, new RecordSink() {
            @Override
            public void accept(RawDocument document) {
                Article article;
                try {
                    article = pipeline.process(document);
                } catch (RuntimeException e) {
                    fail(new Failure(document.source(), "internal-error", e.toString()));
                    return;
                }
                out.accept(article);
                summary.processed();
                progress.step();
            }

            @Override
            public void fail(Failure failure) {
                summary.failed(failure.reason());
                progress.clearLine();
                err.println("warta: " + failure);
                progress.step();
            }

            @Override
            public void skip(Failure skipped) {
                summary.skipped(skipped.reason());
                progress.step();
            }
        });
        progress.finish();
        return summary;
    }
}
