package org.warta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.language.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "langid", mixinStandardHelpOptions = true,
        description = {
                "Language identification accuracy, with the identifier the pipeline uses.",
                "lingua-testdata: accuracy per language on sentences, word pairs and single words beside Lingua's "
                        + "published figures (high-accuracy mode), the mean sentence accuracy, and the languages "
                        + "more than 0.5 points below Lingua.",
                "id-ms-news: Indonesian and Malay accuracy on whole articles and on first paragraphs (the text up "
                        + "to the first line break)."
        })
final class EvalLangidCommand implements Callable<Integer> {
    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared data folder (default: ../shared beside the checkout).")
    Path shared;

    @Option(names = "--limit", paramLabel = "N",
            description = "Read at most N lines of each test file and N articles of each news file.")
    Integer limit;

    @Option(names = "--misses", description = "Also list every wrong answer: expected, got, text.")
    boolean misses;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads identifying texts (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        Path root = (shared != null ? shared : Home.shared()).resolve("langid");
        Path testdata = root.resolve("lingua-testdata");
        Path reports = root.resolve("lingua-accuracy-reports/aggregated-accuracy-values.csv");
        Path news = root.resolve("id-ms-news");
        for (Path p : List.of(testdata, reports, news)) {
            if (!Files.exists(p)) {
                System.err.println("warta eval langid: missing " + p + " (give the shared data folder with --shared)");
                return ExitCodes.USAGE;
            }
        }
        int max = limit == null ? Integer.MAX_VALUE : Math.max(1, limit);
        long t0 = System.nanoTime();
        LanguageIdentifier identifier = LanguageIdentifier.shared();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "warta eval langid: identifier ready in %.2f s%n", loadSeconds);

        PrintStream out = System.out;
        List<LangidEval.Miss> wrong = new ArrayList<>();
        long t1 = System.nanoTime();
        LangidEval eval = new LangidEval(identifier, Math.max(1, threads));
        LangidEval.TestdataResult testResult = eval.testdata(testdata, LinguaReport.read(reports), max, wrong);
        LangidEval.NewsResult newsResult = eval.news(news, max, wrong);
        double seconds = (System.nanoTime() - t1) / 1e9;

        LangidReport.testdata(testResult, out);
        out.println();
        LangidReport.news(newsResult, out);
        if (misses) {
            out.println();
            LangidReport.misses(wrong, out);
        }
        int texts = testResult.texts() + newsResult.texts();
        System.err.printf(Locale.ROOT, "warta eval langid: %d texts in %.1f s (%.0f/s, %d threads); load %.2f s%n",
                texts, seconds, texts / seconds, threads, loadSeconds);
        return ExitCodes.OK;
    }

    /** Lingua's published accuracy per language (by English name) and kind, from its aggregated report. */
    record LinguaReport(Map<String, Map<String, Double>> byLanguage) {
        static LinguaReport read(Path csv) throws IOException {
            return new LinguaReport(LangidEval.readReport(csv));
        }

        Double figure(String language, String kind) {
            Map<String, Double> row = byLanguage.get(language);
            return row == null ? null : row.get(kind);
        }
    }
}
