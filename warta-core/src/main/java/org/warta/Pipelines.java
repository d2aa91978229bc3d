package org.warta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.warta.clean.CleanStage;
import org.warta.clean.TemplateLines;
import org.warta.clean.TemplateStage;
import org.warta.entity.EntityRecognizer;
import org.warta.entity.EntityStage;
import org.warta.event.EventStage;
import org.warta.extract.ExtractStage;
import org.warta.extract.Extractor;
import org.warta.extract.PlainTextExtractor;
import org.warta.extract.html.HtmlExtractor;
import org.warta.kb.KnowledgeBase;
import org.warta.language.LanguageStage;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Sentence;
import org.warta.pipeline.LoadAhead;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import org.warta.story.StoryMemory;
import org.warta.story.StoryStage;
import org.warta.text.SentenceStage;
import org.warta.text.Sentences;
import org.warta.text.TextStage;
import org.warta.text.TitleStage;
import org.warta.time.DatelineStage;
import org.warta.time.TimeStage;
import org.warta.token.TokenStage;

/** The one place where the standard pipeline is put together. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * Starts loading, on daemon threads, what the standard stages load before their first article: the knowledge
     * base on one; the language models, the cleaning rules and the page cues on the other. A command about to build
     * a standard pipeline calls this first thing, so the loading overlaps the reading of its command line; building
     * the stages afterwards waits for what is still loading instead of loading it again. A failure here is left for
     * the stages to meet and report.
     */
    public static void loadAhead() {
        LoadAhead.inBackground(KnowledgeBase::standard);
        LoadAhead.inBackground(() -> {
            new LanguageStage();
            new CleanStage();
            extractors();
        });
    }

    public static Pipeline standard(WartaOptions options) {
        return Pipeline.of(stages(options), options.budget());
    }

    /**
     * The standard pipeline with a {@code template} stage after {@code clean} that takes out the lines an article
     * shares with many others of its outlet, as the run's {@code templates} has seen them.
     */
    public static Pipeline standard(WartaOptions options, TemplateLines templates) {
        return Pipeline.of(stages(options, templates), options.budget());
    }

    /**
     * The standard pipeline with the {@code template} stage (when {@code templates} is not null) and, last, a
     * {@code stories} stage that puts each article into a story of {@code stories} (when not null).
     */
    public static Pipeline standard(WartaOptions options, TemplateLines templates, StoryMemory stories) {
        List<Stage> stages = stages(options, templates);
        if (stories != null) {
            stages.add(new StoryStage(stories));
        }
        return Pipeline.of(stages, options.budget());
    }

    public static List<Stage> stages(WartaOptions options) {
        return stages(options, null);
    }

    /** The standard stages; with a template stage when {@code templates} is not null. */
    public static List<Stage> stages(WartaOptions options, TemplateLines templates) {
        // the two largest things to load, side by side: the knowledge base on another thread while the language
        // models load on this one (a one-article run spends most of its time loading)
        CompletableFuture<KnowledgeBase> knowledgeBase = CompletableFuture.supplyAsync(KnowledgeBase::standard);
        List<Stage> stages = new ArrayList<>();
        stages.add(new ExtractStage(extractors()));
        stages.add(new CleanStage());
        if (templates != null) {
            stages.add(new TemplateStage(templates));
        }
        stages.add(new TitleStage());
        stages.add(new LanguageStage());
        stages.add(new DatelineStage());
        stages.add(new TextStage());
        stages.add(new SentenceStage());
        stages.add(new TokenStage());
        EntityRecognizer recognizer = new EntityRecognizer(loaded(knowledgeBase));
        stages.add(new EntityStage(recognizer));
        stages.add(new TimeStage(options.referenceDate()));
        // keep events last: they use the entity layer and, when the pipeline has one, the time layer
        if (stages.stream().anyMatch(s -> s.adds().contains(Layer.ENTITIES))) {
            stages.add(new EventStage(options.referenceDate(), (caption, language) -> recognizer.recognise(caption,
                    Sentences.split(caption, language).stream().map(r -> new Sentence(r[0], r[1], 0)).toList(),
                    language)));
        }
        return stages;
    }

    private static KnowledgeBase loaded(CompletableFuture<KnowledgeBase> knowledgeBase) {
        try {
            return knowledgeBase.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static Map<String, Extractor> extractors() {
        return Map.of(RawDocument.TEXT, new PlainTextExtractor(), RawDocument.HTML, new HtmlExtractor());
    }
}
