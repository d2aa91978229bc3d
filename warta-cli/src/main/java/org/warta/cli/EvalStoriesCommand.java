package org.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.warta.pipeline.Pipeline;
import org.warta.story.Fingerprint;
import org.warta.story.StoryMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
                "How well Warta groups articles into stories, on one of two kinds of data set:",
                "a news set (gold.jsonl with a `story` per article and texts/<id>.txt, default ../shared/news-dev): "
                        + "the articles go through the pipeline as `warta process` would take them, are grouped "
                        + "online in an order unrelated to their stories, and scored by pairwise precision, recall and "
                        + "F1 of \"in the same story\", with the distractors (no gold story) that joined one;",
                "a pair set (pairs.jsonl as in ../shared/stories/semeval2022-task8-train: two texts and a human "
                        + "score, 1 = same story .. 4 = unrelated): Pearson's r between Warta's story similarity and "
                        + "the gold score (negated, so that higher is better), overall and per language pair, beside "
                        + "the figures published for the task.",
                "Exit codes: 0 scored, 2 no such data set."
        })
final class EvalStoriesCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DIR", description = "The data set's folder (default ../shared/news-dev).")
    Path dataset;

    @Option(names = "--list", description = "For a news set, list each found story's articles with their gold stories "
            + "(in the first order).")
    boolean list;

    @Option(names = "--orders", paramLabel = "N", description = "For a news set, group the articles in N arrival orders "
            + "and report the mean (default ${DEFAULT-VALUE}).")
    int orders = 5;

    @Override
    public Integer call() throws IOException {
        Path dir = dataset != null ? dataset : Home.shared("news-dev");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (Files.isRegularFile(dir.resolve("gold.jsonl"))) {
            news(dir, out);
            return ExitCodes.OK;
        }
        if (Files.isRegularFile(dir.resolve("pairs.jsonl"))) {
            pairs(dir.resolve("pairs.jsonl"), out);
            return ExitCodes.OK;
        }
        System.err.println("warta eval stories: neither gold.jsonl nor pairs.jsonl in " + dir);
        return ExitCodes.USAGE;
    }

    private void news(Path dir, PrintStream out) throws IOException {
        Pipeline pipeline = StoryEval.pipeline();
        Map<String, Fingerprint> prints = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (NewsGold g : NewsGold.read(dir.resolve("gold.jsonl"))) {
            Path text = dir.resolve("texts").resolve(g.id() + ".txt");
            if (!Files.isRegularFile(text)) {
                System.err.println("warta eval stories: skipped " + g.id() + ": no " + text);
                continue;
            }
            prints.put(g.id(), StoryEval.fingerprint(pipeline, g.id(), Files.readString(text, StandardCharsets.UTF_8),
                    g.url(), null, text.toString()));
            gold.put(g.id(), g.story());
        }
        StoryEval.Grouping result = StoryEval.group(prints, gold, StoryMemory.Options.defaults(), 0);
        if (list) {
            Map<String, StringBuilder> byFound = new TreeMap<>();
            result.found().forEach((id, story) -> byFound.computeIfAbsent(story, k -> new StringBuilder())
                    .append(' ').append(id).append('[').append(prints.get(id).language()).append("]=")
                    .append(gold.get(id) == null ? "-" : gold.get(id)));
            byFound.values().forEach(b -> out.println("story:" + b));
        }
        double[] p = StoryEval.meanOverOrders(prints, gold, StoryMemory.Options.defaults(), Math.max(1, orders));
        long stories = result.gold().values().stream().filter(s -> !s.startsWith("=")).distinct().count();
        out.printf(Locale.ROOT, "stories: pairwise precision %s, recall %s, F1 %s over %d articles (%d stories, %d "
                        + "distractors; %.1f distractors joined a story), mean of %d arrival orders%n",
                fmt(p[0]), fmt(p[1]), fmt(p[2]), result.gold().size(), stories, result.distractors(), p[3],
                Math.max(1, orders));
    }

    private static void pairs(Path file, PrintStream out) throws IOException {
        List<StoryEval.Pair> pairs = StoryEval.pairs(file, StoryEval.pipeline());
        Map<String, List<StoryEval.Pair>> byLanguages = new TreeMap<>();
        for (StoryEval.Pair p : pairs) {
            byLanguages.computeIfAbsent(p.languages(), k -> new java.util.ArrayList<>()).add(p);
        }
        Map<String, String> published = Map.of("all", "0.818 (feature-based about 0.70)", "en-en", "0.872",
                "es-es", "0.866", "tr-tr", "0.835", "ar-ar", "0.794", "fr-fr", "0.865");
        out.printf("%-7s %5s %7s  %s%n", "pair", "n", "r", "published, task's winner on its test set");
        row(out, "all", pairs, published.get("all"));
        byLanguages.forEach((k, v) -> row(out, k, v, published.getOrDefault(k, "-")));
    }

    private static void row(PrintStream out, String name, List<StoryEval.Pair> pairs, String published) {
        double[] gold = pairs.stream().mapToDouble(p -> -p.gold()).toArray();
        double[] found = pairs.stream().mapToDouble(StoryEval.Pair::similarity).toArray();
        out.printf(Locale.ROOT, "%-7s %5d %7s  %s%n", name, pairs.size(), fmt(StoryEval.pearson(found, gold)),
                published);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
