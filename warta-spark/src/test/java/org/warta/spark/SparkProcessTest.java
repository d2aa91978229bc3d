package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.warta.io.RecordSink;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;
import org.warta.testing.Fixtures;

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
        SparkProcess.Summary summary = sameAsOneProcess(Fixtures.examples().toString(), dir);
        assertTrue(summary.processed() >= 20, summary.toString());
        assertEquals(Map.of("documentation", 1L), summary.skippedByReason(), "the folder's README is passed over");
    }

    @Test
    void aCompressedWebArchiveIsReadRecordByRecord(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 1; i <= 3; i++) {
                String page = "<html><head><title>Berita nomor " + i + "</title></head><body><article><h1>Berita nomor "
                        + i + "</h1><p>Menteri luar negeri kedua negara sepakat untuk memelihara saluran komunikasi "
                        + "dan menyiapkan pertemuan tingkat ahli dalam waktu dekat, kata juru bicara pada hari Kamis."
                        + "</p><p>Kedua pihak juga sepakat menjaga kontak rutin menjelang pertemuan puncak.</p>"
                        + "</article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://kabar.example/2025/02/13/berita-" + i))
                        .date(Instant.parse("2025-02-13T08:00:00Z")).body(http).build());
            }
        }
        SparkProcess.Summary summary = sameAsOneProcess(warc.toString(), dir);
        assertEquals(3, summary.processed(), summary.toString());
    }

    /**
     * Runs the job over {@code input} and checks that its articles are what the same pipeline writes reading the
     * same input in one process, line for line and in order, and that it passed over what that reading passes over.
     */
    static SparkProcess.Summary sameAsOneProcess(String input, Path dir) throws IOException {
        SparkProcess.Summary summary = SparkProcess.run(spark, List.of(input), dir.resolve("out").toString());
        List<String> expected = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Pipeline pipeline = FileProcessing.pipeline();
        new InputReader(ReadLimits.of(pipeline.budget()), java.io.InputStream.nullInputStream())
                .read(List.of(input), new RecordSink() {
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
