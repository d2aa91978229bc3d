package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryMemory;

/**
 * Runs a news evaluation set (gold.jsonl and texts/&lt;id&gt;.txt) through the pipeline and scores every article:
 * each text as plain text with its URL, no declared language and no date, as a crawler would hand it on.
 */
final class NewsEval {
    /** The counts overall and per gold language, and the stories' pairwise {precision, recall, F1}. */
    record Result(NewsTally all, Map<String, NewsTally> byLanguage, double[] stories) {
    }

    private NewsEval() {
    }

    /**
     * @param languages only the articles of these gold languages; all when empty
     * @param notes     receives each article's gold and the notes on its misses
     */
    static Result run(Path dir, List<String> languages, BiConsumer<NewsGold, List<String>> notes) throws IOException {
        Pipeline pipeline = Pipeline.of(Pipelines.stages(WartaOptions.defaults()));
        Map<String, NewsTally> byLanguage = new TreeMap<>();
        NewsTally all = new NewsTally();
        Map<String, String> goldStory = new LinkedHashMap<>();
        Map<String, Fingerprint> prints = new LinkedHashMap<>();
        for (NewsGold gold : NewsGold.read(dir.resolve("gold.jsonl"))) {
            if (!languages.isEmpty() && !languages.contains(gold.lang())) {
                continue;
            }
            Path textFile = dir.resolve("texts").resolve(gold.id() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                System.err.println("warta eval news: skipped " + gold.id() + ": no " + textFile);
                continue;
            }
            String input = Files.readString(textFile, StandardCharsets.UTF_8);
            Article a = pipeline.process(new RawDocument(input, RawDocument.TEXT,
                    new Source(textFile.toString(), gold.url(), "text", null), Hints.NONE));
            List<String> found = new ArrayList<>();
            NewsTally t = NewsScore.score(gold, input, a, found);
            byLanguage.computeIfAbsent(gold.lang(), k -> new NewsTally()).add(t);
            all.add(t);
            goldStory.put(gold.id(), gold.story());
            prints.put(gold.id(), Fingerprints.of(a));
            notes.accept(gold, found);
        }
        double[] stories = StoryEval.meanOverOrders(prints, goldStory, StoryMemory.Options.defaults(), 5);
        return new Result(all, byLanguage, stories);
    }
}
