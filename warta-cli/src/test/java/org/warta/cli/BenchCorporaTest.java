package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RawDocument;
import org.warta.testing.Fixtures;

/**
 * The measuring side of {@code warta bench}: named corpora (and what happens without the shared data sets), the
 * table per language, articles by size, and ingest into a new index; all on the examples of the repository.
 */
class BenchCorporaTest {
    private static final Pattern ARTICLES = Pattern.compile("(?m)^articles\\s+(\\d+) ");
    private static final Pattern ALL_ROW = Pattern.compile("(?m)^all\\s+(\\d+)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+");

    @TempDir
    Path tmp;

    /** Runs with the examples as home and a shared folder that is not there. */
    private <T> T withoutShared(Supplier<T> run) {
        String home = System.getProperty("warta.home");
        String shared = System.getProperty("warta.shared");
        System.setProperty("warta.home", Fixtures.projectRoot().toString());
        System.setProperty("warta.shared", tmp.resolve("no-shared-here").toString());
        try {
            return run.get();
        } finally {
            restore("warta.home", home);
            restore("warta.shared", shared);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void theMixWithoutTheSharedSetsSaysSoAndTimesTheExamplesPerLanguage() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(180),
                () -> withoutShared(() -> CliRun.of("bench", "--corpus", "mix", "--warmup", "10")));
        assertEquals(0, run.status(), run.err() + run.out());
        assertTrue(run.err().contains("the shared data sets are absent"), run.err());
        assertTrue(run.err().contains("running over " + Fixtures.examples()), run.err());
        Matcher articles = ARTICLES.matcher(run.out());
        assertTrue(articles.find(), run.out());
        Matcher all = ALL_ROW.matcher(run.out());
        assertTrue(all.find(), run.out());
        assertEquals(articles.group(1), all.group(1), "every article is in the table: " + run.out());
        for (String language : List.of("vi", "id", "ms", "ru", "zh", "ar")) {
            assertTrue(Pattern.compile("(?m)^" + language + "\\s+\\d+\\s+[\\d.]+").matcher(run.out()).find(),
                    language + " has a row: " + run.out());
        }
        assertTrue(run.out().contains("costliest stage"), run.out());
    }

    @Test
    void anUnknownCorpusIsAUsageError() {
        CliRun run = CliRun.of("bench", "--corpus", "klingon");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no corpus named 'klingon'"), run.err());
        assertEquals(2, CliRun.of("bench", "--sizes", "--ingest").status());
    }

    @Test
    void sizesTimeEachStageOnArticlesOfEachSize() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> CliRun.of("bench", "--sizes",
                "--size-steps", "1KB,4KB", "--size-text", "8KB", "--size-languages", "vi,id", "--warmup", "5",
                Fixtures.examples().toString()));
        assertEquals(0, run.status(), run.err() + run.out());
        for (String language : List.of("vi", "id")) {
            Matcher table = Pattern.compile("(?s)sizes, language " + language + " \\((\\d+) texts.*?\\nstage\\s+1KB\\s+"
                    + "4KB\\n(.*?)\\narticles\\s+8\\s+3\\n").matcher(run.out());
            assertTrue(table.find(), language + ": " + run.out());
            assertTrue(Integer.parseInt(table.group(1)) >= 2, "the examples hold two articles of " + language);
            for (String stage : List.of("extract", "clean", "language", "entities", "times", "events",
                    "all stages", "ms/article")) {
                assertTrue(Pattern.compile("(?m)^" + stage + "\\s+[\\d.]+\\s+[\\d.]+$").matcher(table.group(2)).find(),
                        stage + " in " + table.group(2));
            }
        }
        assertFalse(run.out().contains("sizes, language en"), "only the languages asked for");
        assertTrue(run.out().contains("every stage is flat") || run.out().contains("not flat"), run.out());
    }

    @Test
    void articlesOfASizeAreRealTextsPutTogetherAndCutNearTheSize() {
        List<String> texts = List.of("Hà Nội mưa lớn.\nNgập nhiều tuyến phố trung tâm.",
                "Bão số 3 đổ bộ vào Quảng Ninh với sức gió mạnh cấp 12.", "Giá xăng giảm nhẹ từ chiều nay.");
        List<RawDocument> docs = SizeBench.articles("vi", texts, 200, 3);
        assertEquals(3, docs.size());
        for (RawDocument d : docs) {
            long bytes = SizeBench.utf8Length(d.content());
            assertTrue(bytes <= 200 && bytes >= 100, bytes + ": " + d.content());
            assertFalse(d.content().endsWith(" "), d.content());
        }
        assertTrue(docs.get(0).content().startsWith(texts.get(0)), docs.get(0).content());
        assertTrue(docs.get(1).content().startsWith(texts.get(1)), "each article starts at another text");
        assertEquals(SizeBench.utf8Length("aé€𝄞"), "aé€𝄞".getBytes(StandardCharsets.UTF_8).length);
        assertEquals("Hà Nội", SizeBench.cut("Hà Nội mưa", 9), "never inside a character");
        assertEquals("Hà", SizeBench.cut("Hà Nội mưa", 5), "at a word break when one is near");
    }

    @Test
    void aStageWhoseCostPerKbGrowsWithTheSizeIsNamedButNotNoiseOnACheapStage() {
        List<SizeBench.Cell> cells = List.of(cell(1_000, 10_000, 50_000, 1_000),
                cell(100_000, 1_000_000, 5_000_000, 100_000), cell(1_000_000, 10_000_000, 500_000_000, 5_000_000));
        List<SizeBench.NotFlat> found = SizeBench.notFlat("vi", cells);
        assertEquals(1, found.size(), found.toString());
        assertEquals("quadratic", found.get(0).stage());
        assertEquals(List.of(50.0, 50.0, 500.0), found.get(0).microsPerKb());
        assertTrue(found.get(0).describe().contains("1KB 50.0 100KB 50.0 1MB 500.0 µs/KB"), found.get(0).describe());
    }

    /**
     * A cell of articles of one size: "linear" costs 10 µs/KB at every size, "quadratic" grows with the size, and
     * "cheap" goes from 1 to 5 µs/KB, a jump too small beside the whole to be more than noise.
     */
    private static SizeBench.Cell cell(long size, long linearNanos, long quadraticNanos, long cheapNanos) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("linear", linearNanos);
        stages.put("quadratic", quadraticNanos);
        stages.put("cheap", cheapNanos);
        return new SizeBench.Cell(size, 1, size, linearNanos + quadraticNanos + cheapNanos, stages, 0);
    }

    @Test
    void theStorySetGivesEachDistinctTextOnceAndAtMostSoManyOfALanguage() throws IOException {
        Path pairs = tmp.resolve("pairs.jsonl");
        Files.writeString(pairs, String.join("\n",
                "{\"lang1\":\"es\",\"lang2\":\"es\",\"url1\":\"u1\",\"url2\":\"u2\",\"title1\":\"Uno\","
                        + "\"text1\":\"Texto uno.\",\"title2\":\"Dos\",\"text2\":\"Texto dos.\"}",
                "{\"lang1\":\"es\",\"lang2\":\"es\",\"url1\":\"u1\",\"url2\":\"u3\",\"title1\":\"Uno\","
                        + "\"text1\":\"Texto uno.\",\"title2\":\"Tres\",\"text2\":\"Texto tres.\"}",
                "{\"lang1\":\"tr\",\"lang2\":\"tr\",\"url1\":\"u4\",\"url2\":\"u5\",\"title1\":\"Bir\","
                        + "\"text1\":\"Metin bir.\",\"title2\":\"Iki\",\"text2\":\"\"}"), StandardCharsets.UTF_8);
        List<RawDocument> docs = BenchCorpus.semevalTexts(pairs, 2);
        assertEquals(List.of("Texto uno.", "Texto dos.", "Metin bir."), docs.stream().map(RawDocument::content).toList());
        assertEquals("Dos", docs.get(1).hints().title());
        assertEquals("u2", docs.get(1).source().url());
    }

    @Test
    void ingestIsTimedAloneAndWithThePipeline() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> CliRun.of("bench", "--ingest",
                "--threads", "2", "--warmup", "3", Fixtures.examples().toString()));
        assertEquals(0, run.status(), run.err() + run.out());
        Matcher articles = Pattern.compile("(?m)^articles\\s+(\\d+) \\(").matcher(run.out());
        assertTrue(articles.find(), run.out());
        String n = articles.group(1);
        for (String line : List.of("pipeline alone", "storing alone", "ingest, full pipeline")) {
            assertTrue(Pattern.compile("(?m)^" + line + "\\s+\\d+ articles/s \\(" + n + " in ").matcher(run.out()).find(),
                    line + ": " + run.out());
        }
        assertTrue(Pattern.compile("(?m)^index\\s+" + n + " articles").matcher(run.out()).find(), run.out());
        assertEquals(2, CliRun.of("bench", "--ingest", "--threads", "0", Fixtures.examples().toString()).status());
    }
}
