package org.warta.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.RecordSink;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;
import org.warta.story.StoryMemory;
import org.warta.testing.Fixtures;

/** The bundled examples through the whole pipeline, stories included, in the order one process reads them. */
final class ExampleArticles {
    private ExampleArticles() {
    }

    static List<Article> process() {
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults(), null, new StoryMemory());
        List<Article> articles = new ArrayList<>();
        new InputReader(ReadLimits.of(pipeline.budget()), InputStream.nullInputStream())
                .read(List.of(Fixtures.examples().toString()), new RecordSink() {
                    @Override
                    public void accept(RawDocument document) {
                        articles.add(pipeline.process(document));
                    }

                    @Override
                    public void fail(Failure failure) {
                        throw new AssertionError(failure.toString());
                    }

                    @Override
                    public void skip(Failure failure) {
                        // the folder's README
                    }
                });
        return articles;
    }
}
