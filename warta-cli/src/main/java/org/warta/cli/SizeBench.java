package org.warta.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.RunSummary;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import picocli.CommandLine.Option;

/**
 * {@code warta bench --sizes}: what an article costs by its size. Real texts of one language are put together into
 * articles of about each size asked for (1 KB, 10 KB, 100 KB, 1 MB by default), which run through the whole
 * pipeline; a table per language gives the microseconds (of CPU time) per KB of each stage at each size. A stage
 * whose work is linear in its input keeps about the same figure at every size; one whose figure grows with the size
 * is named at the end as not flat.
 */
final class SizeBench {
    /** A stage is named as not flat when its µs/KB at the largest size is this many times its lowest... */
    static final double NOT_FLAT_RATIO = 1.5;
    /**
     * ...and higher by at least this share of the whole pipeline's µs/KB at that size (below it, the difference is
     * noise on a cheap stage: a collection, or a wait for a core, during one of a few large articles).
     */
    static final double NOT_FLAT_MIN_SHARE = 0.02;
    private static final int MAX_PER_STEP = 200;
    private static final int MIN_PER_STEP = 3;

    @Option(names = "--sizes", description = "Time articles of growing size instead (--size-steps), per stage: "
            + "µs per KB at each size, and the stages whose cost per KB grows with the size.")
    boolean enabled;

    @Option(names = "--size-steps", paramLabel = "SIZE", split = ",", converter = BudgetOptions.SizeConverter.class,
            defaultValue = "1KB,10KB,100KB,1MB",
            description = "With --sizes: the article sizes, as text (default: ${DEFAULT-VALUE}).")
    List<Long> steps = new ArrayList<>();

    @Option(names = "--size-languages", paramLabel = "LANG", split = ",",
            description = "With --sizes: the languages to build articles of (default: the four with the most text).")
    List<String> languages;

    @Option(names = "--size-text", paramLabel = "SIZE", converter = BudgetOptions.SizeConverter.class,
            defaultValue = "2MB", description = "With --sizes: text timed at each size and language: that much "
            + "divided by the size articles, between " + MIN_PER_STEP + " and " + MAX_PER_STEP
            + " (default: ${DEFAULT-VALUE}).")
    long textPerStep;

    /**
     * What one language at one size (in UTF-8 bytes, as asked) cost: {@code bytes} of all its articles, the CPU time
     * of the whole pipeline and of each stage.
     */
    record Cell(long size, int articles, long bytes, long nanos, Map<String, Long> stageNanos, long overBudget) {
        double microsPerKb(long nanosSpent) {
            return bytes == 0 ? 0 : nanosSpent / 1e3 / (bytes / 1e3);
        }

        double msPerArticle() {
            return articles == 0 ? 0 : nanos / 1e6 / articles;
        }
    }

    /** A stage whose cost per KB grows with the size: its figure at each size, in the order of the sizes. */
    record NotFlat(String language, String stage, List<Long> sizes, List<Double> microsPerKb) {
        String describe() {
            StringBuilder b = new StringBuilder(String.format("  %-4s %-12s", language, stage));
            for (int i = 0; i < sizes.size(); i++) {
                b.append(String.format(" %s %.1f", label(sizes.get(i)), microsPerKb.get(i)));
            }
            return b.append(" µs/KB").toString();
        }
    }

    int run(List<String> inputs, String corpus, BudgetOptions budget, int warmup) {
        if (steps.isEmpty() || steps.stream().anyMatch(s -> s <= 0) || textPerStep <= 0) {
            System.err.println("warta bench --sizes: sizes must be positive");
            return ExitCodes.USAGE;
        }
        List<Stage> stages = Pipelines.stages(WartaOptions.defaults());
        BenchCorpus.Loaded loaded = BenchCorpus.load(inputs, corpus == null ? BenchCorpus.MIX : corpus,
                budget.reader());
        Map<String, List<String>> texts = textsByLanguage(loaded.documents(), upToLanguage(stages));
        List<String> chosen = choose(texts);
        if (chosen.isEmpty()) {
            System.err.println("warta bench --sizes: no plain-text articles in " + loaded.description());
            return ExitCodes.USAGE;
        }
        System.err.println("warta bench --sizes: corpus " + loaded.description() + "; languages " + chosen
                + "; sizes " + steps.stream().map(SizeBench::label).toList());
        Pipeline warm = Pipeline.of(stages, budget.budget());
        BenchCommand.warmUp(warm, loaded.documents(), warmup);
        List<NotFlat> notFlat = new ArrayList<>();
        for (String language : chosen) {
            List<String> of = texts.get(language);
            List<Cell> cells = new ArrayList<>();
            for (long size : steps) {
                List<RawDocument> articles = articles(language, of, size, perStep(size));
                cells.add(time(Pipeline.of(stages, budget.budget()), size, articles));
            }
            System.out.println(table(language, of, cells));
            notFlat.addAll(notFlat(language, cells));
        }
        System.out.println(notFlat.isEmpty() ? "every stage is flat: no stage's µs/KB grows with the size"
                : "not flat (µs/KB at the largest size over " + NOT_FLAT_RATIO + " times the lowest):");
        notFlat.forEach(f -> System.out.println(f.describe()));
        System.out.printf("peak heap %d MB (max %d MB)%n", BenchCommand.peakHeapBytes() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return ExitCodes.OK;
    }

    private int perStep(long size) {
        return (int) Math.max(MIN_PER_STEP, Math.min(MAX_PER_STEP, textPerStep / size));
    }

    private static Pipeline upToLanguage(List<Stage> stages) {
        List<Stage> first = new ArrayList<>();
        for (Stage s : stages) {
            first.add(s);
            if (s.name().equals("language")) {
                break;
            }
        }
        return Pipeline.of(first);
    }

    /** The plain-text inputs by the language the pipeline identifies, in corpus order. */
    private static Map<String, List<String>> textsByLanguage(List<RawDocument> docs, Pipeline identify) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RawDocument d : docs) {
            if (d.isHtml() || d.content().isBlank()) {
                continue;
            }
            Article a = identify.process(d);
            String code = a.language() == null ? null : a.language().code();
            if (code != null && !code.equals("und")) {
                out.computeIfAbsent(code, c -> new ArrayList<>()).add(d.content().strip());
            }
        }
        return out;
    }

    private List<String> choose(Map<String, List<String>> texts) {
        if (languages != null && !languages.isEmpty()) {
            List<String> missing = languages.stream().filter(l -> !texts.containsKey(l)).toList();
            if (!missing.isEmpty()) {
                System.err.println("warta bench --sizes: no text found in " + missing);
            }
            return languages.stream().filter(texts::containsKey).toList();
        }
        return texts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<String>> e) -> utf8(e.getValue()))
                        .reversed())
                .limit(4).map(Map.Entry::getKey).toList();
    }

    private static long utf8(List<String> texts) {
        return texts.stream().mapToLong(SizeBench::utf8Length).sum();
    }

    /**
     * {@code n} articles of about {@code size} bytes, each the texts of the language from its own starting point
     * (spread over the list), joined by blank lines and cut at a line or word break; the list is gone round again
     * when it holds less text than an article needs.
     */
    static List<RawDocument> articles(String language, List<String> texts, long size, int n) {
        List<RawDocument> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            StringBuilder b = new StringBuilder();
            long bytes = 0;
            int start = (int) ((long) k * texts.size() / n);
            for (int i = start; bytes < size; i++) {
                String t = texts.get(i % texts.size());
                if (b.length() > 0) {
                    b.append("\n\n");
                    bytes += 2;
                }
                b.append(t);
                bytes += utf8Length(t);
            }
            out.add(new RawDocument(cut(b.toString(), size), RawDocument.TEXT,
                    new Source(null, null, "text", "sizes " + language + " " + label(size) + " #" + k), Hints.NONE));
        }
        return out;
    }

    /** The longest start of the text of at most {@code maxBytes} in UTF-8, ending at a line or word break if near. */
    static String cut(String text, long maxBytes) {
        long bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            end += Character.charCount(cp);
        }
        if (end == text.length()) {
            return text;
        }
        int floor = (int) (end * 0.7);
        int line = text.lastIndexOf('\n', end - 1);
        if (line >= floor && line > 0) {
            return text.substring(0, line).strip();
        }
        int space = text.lastIndexOf(' ', end - 1);
        return (space >= floor && space > 0 ? text.substring(0, space) : text.substring(0, end)).strip();
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Runs the articles and adds up, for each stage, the CPU time of this thread on each article shared out among
     * the stages by their wall-clock time on it: on a loaded machine the wall-clock time of a stage also counts the
     * time the thread waited for a core, which varies from minute to minute; the CPU time does not.
     */
    private static Cell time(Pipeline pipeline, long size, List<RawDocument> docs) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        RunSummary over = new RunSummary();
        List<String> names = pipeline.stageNames();
        double[] stageCpu = new double[names.size()];
        long bytes = 0;
        long cpuTotal = 0;
        long[] before = stageNanos(pipeline);
        for (RawDocument d : docs) {
            bytes += utf8Length(d.content());
            long c = threads.getCurrentThreadCpuTime();
            BenchCommand.process(pipeline, d, over);
            long cpu = threads.getCurrentThreadCpuTime() - c;
            long[] after = stageNanos(pipeline);
            long wall = 0;
            for (int i = 0; i < after.length; i++) {
                wall += after[i] - before[i];
            }
            for (int i = 0; i < after.length; i++) {
                stageCpu[i] += wall == 0 ? 0 : (double) cpu * (after[i] - before[i]) / wall;
            }
            cpuTotal += cpu;
            before = after;
        }
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byStage.put(names.get(i), Math.round(stageCpu[i]));
        }
        return new Cell(size, docs.size(), bytes, cpuTotal, byStage, over.failedCount());
    }

    private static long[] stageNanos(Pipeline pipeline) {
        return pipeline.timings().values().stream().mapToLong(Long::longValue).toArray();
    }

    static String table(String language, List<String> texts, List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("sizes, language %s (%d texts, %.1f MB, put together): µs per KB of text (CPU time)%n",
                language, texts.size(), utf8(texts) / 1e6));
        b.append(String.format("%-14s", "stage"));
        cells.forEach(c -> b.append(String.format("%10s", label(c.size()))));
        b.append('\n');
        for (String stage : cells.get(0).stageNanos().keySet()) {
            b.append(String.format("%-14s", stage));
            cells.forEach(c -> b.append(String.format("%10.1f", c.microsPerKb(c.stageNanos().get(stage)))));
            b.append('\n');
        }
        b.append(String.format("%-14s", "all stages"));
        cells.forEach(c -> b.append(String.format("%10.1f", c.microsPerKb(c.nanos()))));
        b.append(String.format("%n%-14s", "ms/article"));
        cells.forEach(c -> b.append(String.format("%10.2f", c.msPerArticle())));
        b.append(String.format("%n%-14s", "articles"));
        cells.forEach(c -> b.append(String.format("%10d", c.articles())));
        if (cells.stream().anyMatch(c -> c.overBudget() > 0)) {
            b.append(String.format("%n%-14s", "over budget"));
            cells.forEach(c -> b.append(String.format("%10d", c.overBudget())));
            b.append(String.format("%n(stopped at the time limit: those figures are too low; "
                    + "--max-record-time 0 lifts it)"));
        }
        return b.append('\n').toString();
    }

    /** The stages whose µs/KB at the largest size is well above their lowest at any size. */
    static List<NotFlat> notFlat(String language, List<Cell> cells) {
        List<NotFlat> out = new ArrayList<>();
        if (cells.size() < 2) {
            return out;
        }
        Cell largest = cells.get(cells.size() - 1);
        double floor = NOT_FLAT_MIN_SHARE * largest.microsPerKb(largest.nanos());
        for (String stage : largest.stageNanos().keySet()) {
            List<Double> perKb = cells.stream().map(c -> c.microsPerKb(c.stageNanos().get(stage))).toList();
            double last = perKb.get(perKb.size() - 1);
            double lowest = perKb.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            if (last > NOT_FLAT_RATIO * lowest && last - lowest >= floor) {
                out.add(new NotFlat(language, stage, cells.stream().map(Cell::size).toList(), perKb));
            }
        }
        return out;
    }

    /** 1000 → "1KB", 1000000 → "1MB", 1500 → "1500B". */
    static String label(long bytes) {
        if (bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + "MB";
        }
        return bytes % 1_000 == 0 ? bytes / 1_000 + "KB" : bytes + "B";
    }
}
