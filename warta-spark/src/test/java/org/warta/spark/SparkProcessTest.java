package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.io.ArticleJson;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.gdelt.GdeltColumn;
import org.warta.io.gdelt.GdeltExport;
import org.warta.io.RecordSink;
import org.warta.model.RawDocument;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.clean.TemplateLines;
import org.warta.pipeline.Pipeline;
import org.warta.story.StoryMemory;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The job in a local Spark session of two threads, on the bundled examples (text files and JSON Lines) and on a
 * compressed web archive: its articles are those the same pipeline writes reading the same input in one process,
 * record for record, in the same order.
 */
class SparkProcessTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("warta-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theExamplesComeOutAsOneProcessWritesThem(@TempDir Path dir) throws Exception {
        SparkProcess.Summary summary = sameAsOneProcess(List.of(Fixtures.examples().toString()), dir,
                SparkProcess.Options.defaults());
        assertTrue(summary.processed() >= 20, summary.toString());
        assertEquals(Map.of("documentation", 1L), summary.skippedByReason(), "the folder's README is passed over");
        List<String> written = lines(dir.resolve("out/articles"));
        long inStories = written.stream().filter(l -> !l.contains("\"story\":null")).count();
        assertEquals(written.size(), inStories, "every article is in a story");
        assertTrue(written.stream().anyMatch(l -> l.contains("\"related\":[{")), "articles of one story are tied");
        assertTrue(summary.stageMillis().keySet().containsAll(List.of("extract", "clean", "entities", "events",
                "stories")), summary.stageMillis().toString());
        String json = Files.readString(dir.resolve("out/summary.json"));
        assertTrue(json.contains("\"stage_ms\":{"), json);
    }

    @Test
    void withoutTemplatesAndStoriesTheExamplesAreAsOneProcessWithoutThem(@TempDir Path dir) throws Exception {
        sameAsOneProcess(List.of(Fixtures.examples().toString()), dir, new SparkProcess.Options(null, false, false,
                false, false, false, SparkProcess.Options.SPLIT_BYTES));
        assertTrue(lines(dir.resolve("out/articles")).stream().allMatch(l -> l.contains("\"story\":null")));
    }

    @Test
    void gdeltRowsParquetAndIndexShardsComeBesideTheLines(@TempDir Path dir) throws Exception {
        String input = Fixtures.examples().toString();
        SparkProcess.Summary summary = SparkProcess.run(spark, List.of(input), dir.resolve("out").toString(),
                new SparkProcess.Options(null, true, true, true, true, true,
                        SparkProcess.Options.SPLIT_BYTES));
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> parquet = spark.read()
                .parquet(dir.resolve("out/parquet").toString());
        assertEquals(summary.processed(), parquet.count());
        assertEquals(0, parquet.where("story IS NULL").count(), "every article is in its story");
        try (org.warta.index.ArticleIndex index = org.warta.index.ArticleIndex.openReadOnly(dir.resolve("out/index"))) {
            assertEquals(summary.processed(), index.count(), "the shards open as one index of every article");
        }
        assertEquals(lines(dir.resolve("out/articles")).stream().filter(l -> l.contains("\"language\":\"vi\"")).count(),
                parquet.where("language = 'vi'").count());
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults(), new TemplateLines(), new StoryMemory());
        GdeltExport export = GdeltExport.now();
        List<String> expected = new ArrayList<>();
        new InputReader(ReadLimits.of(pipeline.budget()), java.io.InputStream.nullInputStream())
                .read(List.of(input), new CollectingSink(d -> export.rows(pipeline.process(d))
                        .forEach(r -> expected.add(withoutDateAdded(r.toLine())))));
        List<String> written = lines(dir.resolve("out/gdelt")).stream().map(SparkProcessTest::withoutDateAdded).toList();
        assertTrue(expected.size() >= 10, "the examples hold events: " + expected.size());
        assertEquals(expected, written);
    }

    /** A GDELT row without its DATEADDED column, which says when the rows were made. */
    private static String withoutDateAdded(String row) {
        String[] columns = row.split("\t", -1);
        columns[GdeltColumn.DATEADDED.ordinal()] = "";
        return String.join("\t", columns);
    }

    /** Hands each document read on, and fails on a record that cannot be read. */
    private record CollectingSink(java.util.function.Consumer<RawDocument> documents) implements RecordSink {
        @Override
        public void accept(RawDocument document) {
            documents.accept(document);
        }

        @Override
        public void fail(Failure failure) {
            throw new AssertionError(failure.toString());
        }

        @Override
        public void skip(Failure skipped) {
        }
    }

    @Test
    void aCompressedWebArchiveIsReadRecordByRecord(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        writeArchive(warc, "kabar.example", 1, 3, List.of());
        SparkProcess.Summary summary = sameAsOneProcess(List.of(warc.toString()), dir, SparkProcess.Options.defaults());
        assertEquals(3, summary.processed(), summary.toString());
    }

    @Test
    void anArchiveReadInPartsComesOutAsOneProcessReadsItWhole(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("large.warc.gz");
        writeArchive(warc, "kabar.example", 1, 40, List.of("Nasional Internasional Ekonomi Olahraga Hiburan"));
        long parts = Files.size(warc) / 4096 + 1;
        assertTrue(parts >= 5, "the archive is cut into several parts: " + parts);
        SparkProcess.Summary summary = sameAsOneProcess(List.of(warc.toString()), dir,
                new SparkProcess.Options(null, true, true, false, false, false, 4096));
        assertEquals(40, summary.processed(), summary.toString());
        try (Stream<Path> written = Files.list(dir.resolve("out/articles"))) {
            assertTrue(written.filter(p -> p.getFileName().toString().startsWith("part-")).count() >= 4,
                    "the parts were read by tasks of their own");
        }
    }

    @Test
    void anOutletsTemplateIsLearntAcrossFilesInInputOrder(@TempDir Path dir) throws Exception {
        List<String> template = List.of("Nasional Internasional Ekonomi Olahraga Hiburan",
                "Redaksi Kabar Nusantara, Jalan Merdeka 17, Jakarta Pusat");
        List<String> inputs = new ArrayList<>();
        for (int file = 0; file < 4; file++) {
            Path warc = dir.resolve("crawl-" + file + ".warc.gz");
            writeArchive(warc, file % 2 == 0 ? "kabar.example" : "warta.example", 1 + 3 * file, 3, template);
            inputs.add(warc.toString());
        }
        SparkProcess.Summary summary = sameAsOneProcess(inputs, dir, SparkProcess.Options.defaults());
        assertEquals(12, summary.processed(), summary.toString());
        List<String> written = lines(dir.resolve("out/articles"));
        assertFalse(written.get(0).contains("\"reason\":\"template\""), "the first page of an outlet has no template");
        assertTrue(written.get(written.size() - 1).contains("\"reason\":\"template\""), written.get(written.size() - 1));
    }

    private static final List<String> CITIES = List.of("Jakarta", "Surabaya", "Medan", "Makassar", "Bandung",
            "Semarang", "Palembang", "Denpasar", "Pontianak", "Manado", "Ambon", "Kupang", "Jayapura");

    @Test
    @SharedData("web/warc/cc-main-2020-34-sample.warc.gz")
    void aRealCommonCrawlArchiveComesOutAsOneProcessWritesIt(@TempDir Path dir) throws Exception {
        SparkProcess.Summary summary = sameAsOneProcess(List.of(Shared.path("web/warc/cc-main-2020-34-sample.warc.gz")
                .toString()), dir, SparkProcess.Options.defaults());
        assertTrue(summary.processed() > 0, summary.toString());
        assertTrue(summary.skippedByReason().containsKey("warc-request"), summary.toString());
    }

    @Test
    @SharedData("corpus/vi-news-baomoi")
    void fiveThousandArticlesComeOutAsOneProcessWritesThem(@TempDir Path dir) throws Exception {
        SparkProcess.Summary summary = sameAsOneProcess(List.of(Shared.path("corpus/vi-news-baomoi").toString()), dir,
                SparkProcess.Options.defaults());
        assertEquals(5000, summary.processed(), summary.toString());
        assertTrue(lines(dir.resolve("out/articles")).stream().filter(l -> l.contains("\"related\":[{")).count() > 100,
                "stories tie articles together");
    }

    /** Writes {@code count} news pages of {@code host}, numbered from {@code first}, each with the template lines. */
    private static void writeArchive(Path warc, String host, int first, int count, List<String> template)
            throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = first; i < first + count; i++) {
                String city = CITIES.get(i % CITIES.size());
                StringBuilder page = new StringBuilder("<html><head><title>Berita dari " + city + "</title></head><body>"
                        + "<article><h1>Berita dari " + city + "</h1><p>Menteri luar negeri kedua negara bertemu di "
                        + city + " dan sepakat untuk memelihara saluran komunikasi serta menyiapkan pertemuan tingkat "
                        + "ahli dalam waktu dekat, kata juru bicara pada hari Kamis.</p><p>Kedua pihak juga sepakat "
                        + "menjaga kontak rutin menjelang pertemuan puncak di " + city + ".</p>");
                template.forEach(line -> page.append("<p>").append(line).append("</p>"));
                page.append("</article></body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        page.toString().getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://" + host + "/2025/02/13/berita-" + i))
                        .date(Instant.parse("2025-02-13T08:00:00Z")).body(http).build());
            }
        }
    }

    /**
     * Runs the job over {@code inputs} and checks that its articles are what the same pipeline writes reading the
     * same input in one process, one record after the other (as {@code warta process} does whatever its threads),
     * line for line and in order, and that it passed over what that reading passes over.
     */
    static SparkProcess.Summary sameAsOneProcess(List<String> inputs, Path dir, SparkProcess.Options options)
            throws IOException {
        SparkProcess.Summary summary = SparkProcess.run(spark, inputs, dir.resolve("out").toString(), options);
        List<String> expected = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults(), options.templates() ? new TemplateLines() : null,
                options.stories() ? new StoryMemory() : null);
        new InputReader(ReadLimits.of(pipeline.budget()), java.io.InputStream.nullInputStream())
                .read(inputs, new RecordSink() {
                    @Override
                    public void accept(RawDocument document) {
                        expected.add(ArticleJson.write(pipeline.process(document), false));
                    }

                    @Override
                    public void fail(Failure failure) {
                        throw new AssertionError(failure.toString());
                    }

                    @Override
                    public void skip(Failure failure) {
                        skipped.add(failure.reason());
                    }
                });
        List<String> written = lines(dir.resolve("out/articles"));
        assertEquals(expected.size(), written.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), written.get(i), "record " + i);
        }
        assertEquals(expected.size(), summary.processed());
        assertEquals(0, summary.failed());
        assertEquals(skipped.size(), summary.skippedByReason().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(skipped.size(), lines(dir.resolve("out/failed")).size());
        String json = Files.readString(dir.resolve("out/summary.json"));
        assertTrue(json.contains("\"processed\":" + expected.size()), json);
        return summary;
    }

    /** The lines of a folder of part files, in the order of the parts. */
    static List<String> lines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
