package org.warta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

/**
 * The benchmarks' fixed inputs: one of the project's example articles per language, run through the standard
 * pipeline up to the stage under measure, so that a benchmark times that stage alone on the article as it reaches it.
 */
public final class StageInputs {
    /** The languages the benchmarks run on, each with its example article (the project's examples/ folder). */
    public static final Map<String, String> ARTICLES = Map.of(
            "vi", "vi-bao-yagi.txt",
            "id", "id-asean-summit.txt",
            "en", "en-us-uk-trade-deal.txt",
            "ru", "ru-lavrov-rubio-riyadh.txt",
            "zh", "zh-zhongmei-rineiwa.txt",
            "ar", "ar-trump-riyadh-syria.txt");

    /** Fixed, so that relative dates resolve the same way on every run. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 1);

    private StageInputs() {
    }

    /** A stage of the standard pipeline and the article it takes: the output of every stage before it. */
    public record Prepared(Stage stage, Article article) {
        public Article run() {
            return stage.apply(article);
        }
    }

    /**
     * The stage named {@code stageName} and the example article in {@code language} as it reaches that stage.
     *
     * @throws IllegalArgumentException for a stage or language without an input
     * @throws IllegalStateException    when the earlier stages do not give the article the layers the stage needs
     */
    public static Prepared prepare(String stageName, String language) {
        Pipeline pipeline = Pipelines.standard(new WartaOptions(REFERENCE_DATE));
        Pipeline.Split split = pipeline.split(stageName);
        if (split == null) {
            throw new IllegalArgumentException("no stage '" + stageName + "' in " + pipeline.stageNames());
        }
        Article article = split.before().process(RawDocument.ofText(text(language)));
        if (!article.layers().containsAll(split.stage().needs())) {
            throw new IllegalStateException("the " + language + " article reaches stage '" + stageName
                    + "' with layers " + article.layers() + ", it needs " + split.stage().needs());
        }
        return new Prepared(split.stage(), article);
    }

    /** The example article in {@code language}, as bundled on the class path. */
    public static String text(String language) {
        String file = ARTICLES.get(language);
        if (file == null) {
            throw new IllegalArgumentException("no benchmark article in '" + language + "'; have " + ARTICLES.keySet());
        }
        try (InputStream in = StageInputs.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("example " + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
