package org.warta.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time per article and per KB of input for each language the pipeline found, with the stage that costs it most, as
 * a table. Wall-clock time, and the CPU time of the thread that ran the articles (what one core gives when it has
 * it to itself, whatever else the machine runs).
 */
final class LanguageCosts {
    private final List<String> stages;
    private final Map<String, Totals> byLanguage = new TreeMap<>();

    /** One language's totals; {@code bytes} of UTF-8 input; {@code stageNanos} in the order of the stages. */
    record Row(String language, long articles, long nanos, long cpuNanos, long bytes, long[] stageNanos) {
        double msPerArticle() {
            return articles == 0 ? 0 : nanos / 1e6 / articles;
        }

        double cpuMsPerArticle() {
            return articles == 0 ? 0 : cpuNanos / 1e6 / articles;
        }

        double microsPerKb() {
            return bytes == 0 ? 0 : nanos / 1e3 / (bytes / 1e3);
        }
    }

    private static final class Totals {
        long articles;
        long nanos;
        long cpuNanos;
        long bytes;
        final long[] stageNanos;

        Totals(int stages) {
            stageNanos = new long[stages];
        }
    }

    LanguageCosts(List<String> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Adds one article: its wall-clock and CPU time, its size, and the time of each stage on it. */
    void add(String language, long nanos, long cpuNanos, long bytes, long[] stageNanos) {
        Totals t = byLanguage.computeIfAbsent(language == null ? "und" : language, l -> new Totals(stages.size()));
        t.articles++;
        t.nanos += nanos;
        t.cpuNanos += cpuNanos;
        t.bytes += bytes;
        for (int i = 0; i < stageNanos.length && i < t.stageNanos.length; i++) {
            t.stageNanos[i] += stageNanos[i];
        }
    }

    /** The languages, most articles first, then by name. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        byLanguage.forEach((l, t) -> rows.add(new Row(l, t.articles, t.nanos, t.cpuNanos, t.bytes,
                t.stageNanos.clone())));
        rows.sort(Comparator.comparingLong(Row::articles).reversed().thenComparing(Row::language));
        return rows;
    }

    Row total() {
        Totals all = new Totals(stages.size());
        for (Totals t : byLanguage.values()) {
            all.articles += t.articles;
            all.nanos += t.nanos;
            all.cpuNanos += t.cpuNanos;
            all.bytes += t.bytes;
            for (int i = 0; i < all.stageNanos.length; i++) {
                all.stageNanos[i] += t.stageNanos[i];
            }
        }
        return new Row("all", all.articles, all.nanos, all.cpuNanos, all.bytes, all.stageNanos);
    }

    String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-9s %9s %11s %8s %9s  %s%n", "language", "articles", "ms/article", "CPU ms",
                "µs/KB", "costliest stage"));
        for (Row r : rows()) {
            b.append(line(r));
        }
        return b.append(line(total())).toString();
    }

    private String line(Row r) {
        int top = 0;
        long sum = 0;
        for (int i = 0; i < r.stageNanos().length; i++) {
            sum += r.stageNanos()[i];
            if (r.stageNanos()[i] > r.stageNanos()[top]) {
                top = i;
            }
        }
        String costliest = stages.isEmpty() || sum == 0 ? ""
                : String.format("%s %.0f%%", stages.get(top), 100.0 * r.stageNanos()[top] / sum);
        return String.format("%-9s %9d %11.3f %8.3f %9.1f  %s%n", r.language(), r.articles(), r.msPerArticle(),
                r.cpuMsPerArticle(), r.microsPerKb(), costliest);
    }
}
