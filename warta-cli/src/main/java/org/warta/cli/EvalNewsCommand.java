package org.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "news", mixinStandardHelpOptions = true,
        description = {
                "How Warta does on real news in many languages: a news evaluation set (default ../shared/news-dev: "
                        + "gold.jsonl and texts/<id>.txt) scored overall and per language.",
                "Each text goes through the same pipeline as `warta process`, as plain text with its URL and no "
                        + "declared language or date. Columns: articles; language identified right; gold boilerplate "
                        + "lines taken out of the clean text; other lines (captions aside) wrongly taken out; gold "
                        + "date expressions found (a found expression overlaps the gold text) and with the gold "
                        + "value (an XXXX year matches any year; a date whose line was taken out counts when the "
                        + "publication date read has its value); F1 of persons (folded surnames), countries (sets) "
                        + "and events ((actor1, actor2, CAMEO root), a mutual event either way). Stories: pairwise F1 "
                        + "over articles put in one story.",
                "Exit codes: 0 scored, 2 no such data set."
        })
final class EvalNewsCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DIR", description = "The data set's folder (default ../shared/news-dev).")
    Path dataset;

    @Option(names = "--lang", paramLabel = "CODE", split = ",",
            description = "Score only these gold languages (comma-separated or repeated).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--misses", description = "Before the table, list for each article every miss, extra fact and wrong removal.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        Path dir = dataset != null ? dataset : Home.shared("news-dev");
        Path goldFile = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(goldFile)) {
            System.err.println("warta eval news: no gold.jsonl in " + dir);
            return ExitCodes.USAGE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        NewsEval.Result result = NewsEval.run(dir, languages, (gold, notes) -> {
            if (misses && !notes.isEmpty()) {
                out.println("— " + gold.id() + " [" + gold.lang() + "] " + gold.url());
                notes.forEach(n -> out.println("    " + n));
            }
        });
        NewsTally all = result.all();
        Map<String, NewsTally> byLanguage = result.byLanguage();
        double[] stories = result.stories();
        print(out, all, byLanguage);
        out.printf(Locale.ROOT, "stories: pairwise precision %s, recall %s, F1 %s over %d articles%n",
                fmt(stories[0]), fmt(stories[1]), fmt(stories[2]), all.articles);
        return ExitCodes.OK;
    }

    private static void print(PrintStream out, NewsTally all, Map<String, NewsTally> byLanguage) {
        out.printf("%-5s %4s %6s %7s %6s %6s %6s %8s %9s %7s%n", "lang", "n", "langid", "boiler", "wrong",
                "dates", "values", "persons", "countries", "events");
        row(out, "all", all);
        byLanguage.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, NewsTally> e) -> -e.getValue().articles)
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> row(out, e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, "article lines wrongly taken out: %d of %d; boilerplate lines out: %d of %d%n",
                all.articleOut, all.articleLines, all.boilerplateOut, all.boilerplateLines);
        List<String> noNames = new ArrayList<>();
        List<String> noEvents = new ArrayList<>();
        int withNames = 0;
        int withEvents = 0;
        for (Map.Entry<String, NewsTally> e : byLanguage.entrySet()) {
            NewsTally t = e.getValue();
            if (t.persons.gold() > 0) {
                withNames++;
                if (t.personsFound == 0) {
                    noNames.add(e.getKey());
                }
            }
            if (t.events.gold() > 0) {
                withEvents++;
                if (t.eventsCoded == 0) {
                    noEvents.add(e.getKey());
                }
            }
        }
        out.printf("languages with gold persons where none is found: %d of %d %s%n", noNames.size(), withNames, noNames);
        out.printf("languages with gold events where none is coded: %d of %d %s%n", noEvents.size(), withEvents, noEvents);
    }

    private static void row(PrintStream out, String name, NewsTally t) {
        out.printf(Locale.ROOT, "%-5s %4d %6s %7s %6s %6s %6s %8s %9s %7s%n", name, t.articles,
                fmt(NewsTally.share(t.langRight, t.articles)),
                fmt(NewsTally.share(t.boilerplateOut, t.boilerplateLines)),
                fmt(NewsTally.share(t.articleOut, t.articleLines)),
                fmt(NewsTally.share(t.datesFound, t.dates)), fmt(NewsTally.share(t.datesRight, t.dates)),
                fmt(t.persons.f1()), fmt(t.countries.f1()), fmt(t.events.f1()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
