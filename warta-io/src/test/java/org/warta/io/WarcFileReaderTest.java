package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class WarcFileReaderTest {
    private static final Instant CAPTURED = Instant.parse("2025-02-13T04:05:06Z");
    private static final String CC_SAMPLE = "web/warc/cc-main-2020-34-sample.warc.gz";

    @TempDir
    Path dir;

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"id\"><head><title>" + title + " | Kabar</title></head><body>"
                + "<nav><a href=\"/\">Beranda</a> <a href=\"/dunia\">Dunia</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><footer>Hak cipta Kabar</footer></body></html>";
    }

    private static final String PROSE = "<p>Menteri luar negeri kedua negara sepakat untuk memelihara saluran "
            + "komunikasi, membahas hambatan perdagangan, dan menyiapkan pertemuan tingkat ahli dalam waktu dekat.</p>"
            + "<p>Kedua pihak juga sepakat menjaga kontak rutin, termasuk persiapan pertemuan puncak kedua presiden.</p>";

    /** Writes request/response pairs: three HTML pages, a PNG, and an HTML page the crawler truncated. */
    private Path writeArchive() throws IOException {
        Path warc = dir.resolve("small.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 1; i <= 3; i++) {
                String url = "https://kabar.example/2025/02/13/berita-" + i;
                w.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED)
                        .body(new HttpRequest.Builder("GET", "/2025/02/13/berita-" + i).build()).build());
                w.write(response(url, "text/html; charset=utf-8", page("Berita nomor " + i, PROSE)
                        .getBytes(StandardCharsets.UTF_8), false));
            }
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
            w.write(response("https://kabar.example/foto.png", "image/png", png, false));
            String cut = page("Berita terpotong", PROSE);
            w.write(response("https://kabar.example/terpotong", "text/html",
                    cut.substring(0, cut.length() - 60).getBytes(StandardCharsets.UTF_8), true));
        }
        return warc;
    }

    private static WarcResponse response(String url, String type, byte[] body, boolean truncated) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http);
        if (truncated) {
            b.truncated(WarcTruncationReason.LENGTH);
        }
        return b.build();
    }

    @Test
    void everyHtmlResponseIsAnArticleAndTheRestIsSkippedWithAReason() throws IOException {
        CollectingSink sink = CollectingSink.read(writeArchive());
        assertEquals(4, sink.accepted.size(), "three pages and the truncated one");
        assertEquals(3, sink.skippedFor("warc-request"));
        assertEquals(1, sink.skippedFor("not-html"));
        assertTrue(sink.failed.isEmpty(), sink.failed.toString());
        RawDocument first = sink.accepted.get(0);
        assertEquals("https://kabar.example/2025/02/13/berita-1", first.source().url());
        assertEquals("warc", first.source().format());
        assertTrue(first.source().record().startsWith("offset "));
        assertEquals(CAPTURED.toString(), first.hints().captured());
        assertTrue(first.isHtml());
        RawDocument truncated = sink.accepted.get(3);
        assertTrue(truncated.hints().notes().stream().anyMatch(n -> n.contains("truncated")), truncated.hints().notes().toString());
    }

    @Test
    void anArticleFromTheArchiveCarriesItsUrlDateAndCleanText() throws IOException {
        RawDocument doc = CollectingSink.read(writeArchive()).accepted.get(1);
        Article a = Warta.process(doc);
        assertEquals("https://kabar.example/2025/02/13/berita-2", a.metadata().url());
        assertEquals("Berita nomor 2", a.metadata().title());
        assertEquals("2025-02-13", a.metadata().published(), "the date in the URL comes before the capture date");
        assertTrue(a.text().startsWith("Menteri luar negeri kedua negara"), a.text());
        assertFalse(a.text().contains("Beranda"), "navigation is dropped");
        assertFalse(a.text().contains("Hak cipta"), "the footer is dropped");
    }

    @Test
    void aCutArchiveKeepsTheRecordsBeforeTheDamageAndSaysWhere() throws IOException {
        byte[] whole = Files.readAllBytes(writeArchive());
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        CollectingSink sink = CollectingSink.read(cut);
        assertFalse(sink.accepted.isEmpty(), "records before the damage are kept");
        assertTrue(sink.accepted.size() < 4);
        assertEquals(1, sink.failed.size(), sink.failed.toString());
        Failure damage = sink.failed.get(0);
        assertEquals("damaged", damage.reason());
        assertTrue(damage.source().record().matches("offset \\d+"), damage.source().record());
        assertTrue(damage.message().contains("byte"), damage.message());
    }

    @Test
    void aCorruptArchiveIsReportedNotThrown() throws IOException {
        byte[] bytes = Files.readAllBytes(writeArchive());
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path bad = dir.resolve("corrupt.warc.gz");
        Files.write(bad, bytes);
        CollectingSink sink = CollectingSink.read(bad);
        assertFalse(sink.accepted.isEmpty());
        assertTrue(sink.failed.stream().anyMatch(f -> f.reason().equals("damaged")), sink.failed.toString());
    }

    /**
     * An archive written for the tests (warc/sample.warc, made with jwarc): warcinfo, request, response and
     * metadata records, a PNG, a redirect and a missing page beside two articles.
     */
    @Test
    void aSmallArchiveOfEveryKindOfRecordIsFullyAccountedFor() throws Exception {
        Path warc = Path.of(WarcFileReaderTest.class.getResource("warc/sample.warc").toURI());
        CollectingSink sink = assertFullyAccountedFor(warc, "2025-02-13T04:05:06Z");
        assertEquals(2, sink.accepted.size());
        assertEquals(1, sink.skippedFor("warc-warcinfo"));
        assertEquals(2, sink.skippedFor("warc-request"));
        assertEquals(1, sink.skippedFor("warc-metadata"));
        assertEquals(1, sink.skippedFor("not-html"));
        assertEquals(1, sink.skippedFor("http-redirect"));
        assertEquals(1, sink.skippedFor("http-error"));
        Article first = Warta.process(sink.accepted.get(0));
        assertEquals("https://berita.example/2025/02/12/pasar-ikan-baru", first.metadata().url());
        assertEquals("Pasar ikan baru dibuka di pelabuhan", first.metadata().title());
        assertEquals("2025-02-12", first.metadata().published(), "the date in the URL comes before the capture date");
        assertTrue(first.text().startsWith("Pemerintah kota membuka pasar ikan baru"), first.text());
        assertFalse(first.text().contains("Hak cipta"), "the footer is dropped");
    }

    @Test
    @SharedData(CC_SAMPLE)
    void commonCrawlExtractIsFullyAccountedFor() throws IOException {
        assertFullyAccountedFor(Shared.path(CC_SAMPLE), "2020-");
    }

    /** Every record of the archive is an article, skipped with its reason, or failed; the articles can be processed. */
    private static CollectingSink assertFullyAccountedFor(Path archive, String capturedPrefix) throws IOException {
        Map<String, Integer> byType = new HashMap<>();
        int htmlResponses = 0;
        try (WarcReader reader = new WarcReader(archive)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                byType.merge(r.get().type(), 1, Integer::sum);
                if (r.get() instanceof WarcResponse resp && resp.http().status() < 300
                        && resp.http().contentType().base().toString().equals("text/html")) {
                    htmlResponses++;
                }
            }
        }
        int records = byType.values().stream().mapToInt(Integer::intValue).sum();
        CollectingSink sink = CollectingSink.read(archive);
        assertEquals(records, sink.total(), "every record is processed, skipped or failed");
        assertEquals(htmlResponses, sink.accepted.size());
        assertEquals((long) byType.getOrDefault("request", 0), sink.skippedFor("warc-request"));
        assertEquals((long) byType.getOrDefault("metadata", 0), sink.skippedFor("warc-metadata"));
        assertEquals((long) byType.getOrDefault("warcinfo", 0), sink.skippedFor("warc-warcinfo"));
        assertTrue(sink.failed.isEmpty(), sink.failed.toString());
        for (RawDocument d : sink.accepted) {
            assertTrue(d.source().url().startsWith("http"), d.source().url());
            assertTrue(d.hints().captured().startsWith(capturedPrefix), d.hints().captured());
        }
        Article first = Warta.process(sink.accepted.get(0));
        assertFalse(first.text().isBlank());
        assertNull(first.warnings().stream().filter(w -> w.code().equals("stage-failed")).findFirst().orElse(null));
        return sink;
    }
}
