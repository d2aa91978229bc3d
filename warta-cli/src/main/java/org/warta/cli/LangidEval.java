package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.warta.language.LanguageIdentifier;

/** Runs the identifier over the language identification data sets and counts right answers. */
final class LangidEval {
    static final List<String> KINDS = List.of("sentences", "word-pairs", "single-words");
    static final List<String> NEWS_LANGUAGES = List.of("id", "ms");
    private static final int BATCH = 250;

    private final LanguageIdentifier identifier;
    private final int threads;

    LangidEval(LanguageIdentifier identifier, int threads) {
        this.identifier = identifier;
        this.threads = threads;
    }

    /** Correct answers out of all. */
    record Score(int correct, int total) {
        double percent() {
            return total == 0 ? Double.NaN : 100.0 * correct / total;
        }

        Score plus(Score other) {
            return new Score(correct + other.correct, total + other.total);
        }
    }

    /** One wrong answer. */
    record Miss(String set, String expected, String got, String text) {
    }

    /**
     * One language of the test data: its score on each kind and Lingua's published figure (null when Lingua
     * publishes none).
     */
    record LanguageRow(String code, String name, Map<String, Score> scores, Map<String, Double> published) {
    }

    /** Test files whose language Lingua has no model for are listed apart. */
    record TestdataResult(List<LanguageRow> rows, List<String> unsupported, int texts) {
    }

    /** Per language: whole articles, first paragraphs, and first paragraphs with at least one word. */
    record NewsResult(Map<String, Score> whole, Map<String, Score> first, Map<String, Score> firstWithWords,
                      int texts) {
    }

    TestdataResult testdata(Path dir, EvalLangidCommand.LinguaReport report, int max, List<Miss> misses)
            throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        for (String kind : KINDS) {
            try (Stream<Path> files = Files.list(dir.resolve(kind))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .forEach(n -> codes.add(n.substring(0, n.length() - 4)));
            }
        }
        List<String> supported = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (String code : codes) {
            (identifier.name(code) != null ? supported : unsupported).add(code);
        }
        Map<String, Map<String, List<Future<Batch>>>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int texts = 0;
        try {
            for (String code : supported) {
                Map<String, List<Future<Batch>>> byKind = new LinkedHashMap<>();
                for (String kind : KINDS) {
                    Path file = dir.resolve(kind).resolve(code + ".txt");
                    List<String> lines = Files.exists(file) ? lines(file, max) : List.of();
                    texts += lines.size();
                    byKind.put(kind, submit(pool, kind, code, lines));
                }
                pending.put(code, byKind);
            }
            List<LanguageRow> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, List<Future<Batch>>>> e : pending.entrySet()) {
                String code = e.getKey();
                String name = identifier.name(code);
                Map<String, Score> scores = new LinkedHashMap<>();
                Map<String, Double> published = new HashMap<>();
                for (String kind : KINDS) {
                    scores.put(kind, total(collect(e.getValue().get(kind), misses), false));
                    published.put(kind, report.figure(name, kind));
                }
                rows.add(new LanguageRow(code, name, scores, published));
            }
            return new TestdataResult(rows, unsupported, texts);
        } finally {
            pool.shutdownNow();
        }
    }

    NewsResult news(Path dir, int max, List<Miss> misses) throws IOException {
        Map<String, Score> whole = new LinkedHashMap<>();
        Map<String, Score> first = new LinkedHashMap<>();
        Map<String, Score> firstWithWords = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int texts = 0;
        try {
            for (String lang : NEWS_LANGUAGES) {
                List<String> articles = articles(dir.resolve(lang + ".jsonl"), max);
                List<String> firsts = articles.stream().map(LangidEval::firstParagraph).toList();
                texts += articles.size() + firsts.size();
                List<Batch> w = collect(submit(pool, "news whole", lang, articles), misses);
                List<Batch> f = collect(submit(pool, "news first paragraph", lang, firsts), misses);
                whole.put(lang, total(w, false));
                first.put(lang, total(f, false));
                firstWithWords.put(lang, total(f, true));
            }
        } finally {
            pool.shutdownNow();
        }
        return new NewsResult(whole, first, firstWithWords, texts);
    }

    /** The text up to the first line break. */
    static String firstParagraph(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Whether the text has a word of two letters or more (a font-size widget's "A+ A-" has none). */
    static boolean hasWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A batch's score, its score on texts with a word of two letters, and its wrong answers. */
    private record Batch(Score score, Score worded, List<Miss> misses) {
    }

    private List<Future<Batch>> submit(ExecutorService pool, String set, String expected, List<String> texts) {
        List<Future<Batch>> futures = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            futures.add(pool.submit(() -> identify(set, expected, batch)));
        }
        return futures;
    }

    private Batch identify(String set, String expected, List<String> texts) {
        int correct = 0;
        int worded = 0;
        int wordedCorrect = 0;
        List<Miss> wrong = new ArrayList<>();
        for (String text : texts) {
            String got = identifier.identify(text).code();
            boolean right = got.equals(expected);
            boolean hasWord = hasWord(text);
            correct += right ? 1 : 0;
            worded += hasWord ? 1 : 0;
            wordedCorrect += right && hasWord ? 1 : 0;
            if (!right) {
                wrong.add(new Miss(set, expected, got, text));
            }
        }
        return new Batch(new Score(correct, texts.size()), new Score(wordedCorrect, worded), wrong);
    }

    private static List<Batch> collect(List<Future<Batch>> futures, List<Miss> misses) {
        List<Batch> batches = new ArrayList<>();
        for (Future<Batch> f : futures) {
            Batch b = get(f);
            batches.add(b);
            misses.addAll(b.misses);
        }
        return batches;
    }

    private static Score total(List<Batch> batches, boolean wordedOnly) {
        Score score = new Score(0, 0);
        for (Batch b : batches) {
            score = score.plus(wordedOnly ? b.worded : b.score);
        }
        return score;
    }

    private static Batch get(Future<Batch> f) {
        return Futures.await(f);
    }

    private static List<String> lines(Path file, int max) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).limit(max).toList();
        }
    }

    /** The {@code text} of each JSON Lines record. */
    private static List<String> articles(Path file, int max) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : lines(file, max)) {
            JsonNode node = json.readTree(line);
            JsonNode text = node.get("text");
            if (text != null && text.isTextual()) {
                texts.add(text.asText());
            }
        }
        return texts;
    }

    /** Lingua's aggregated report: a header {@code language,<measure>-<tool>,...}, then one row per language. */
    static Map<String, Map<String, Double>> readReport(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Map.of();
        }
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, Double> row = new HashMap<>();
            for (int i = 1; i < Math.min(cells.length, header.length); i++) {
                String measure = header[i];
                if (measure.endsWith("-lingua-high") && !cells[i].isBlank()) {
                    try {
                        row.put(measure.substring(0, measure.length() - "-lingua-high".length()),
                                Double.parseDouble(cells[i]));
                    } catch (NumberFormatException e) {
                        throw new UncheckedIOException(new IOException(csv + ": not a number: " + cells[i], e));
                    }
                }
            }
            out.put(cells[0], Collections.unmodifiableMap(row));
        }
        return out;
    }
}
