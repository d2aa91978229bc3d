package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RawDocument;

class InputReaderTest {
    @TempDir
    Path dir;

    /** Collects what a reader found. */
    static final class Collected implements RecordSink {
        final List<RawDocument> docs = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        final List<Failure> skipped = new ArrayList<>();

        @Override
        public void accept(RawDocument document) {
            docs.add(document);
        }

        @Override
        public void fail(Failure failure) {
            failures.add(failure);
        }

        @Override
        public void skip(Failure s) {
            skipped.add(s);
        }

        Failure failure(String reason) {
            return failures.stream().filter(f -> f.reason().equals(reason)).findFirst().orElse(null);
        }
    }

    private Collected read(String... names) {
        Collected c = new Collected();
        InputReader.standard().read(List.of(names), c);
        return c;
    }

    @Test
    void plainTextFileIsOneArticle() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Jakarta - Presiden berpidato hari ini.\nParagraf kedua.");
        Collected c = read(f.toString());
        assertEquals(1, c.docs.size());
        assertEquals("text", c.docs.get(0).source().format());
        assertEquals(f.toString(), c.docs.get(0).source().path());
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("bom.txt");
        byte[] body = "Teks dengan BOM.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        assertEquals("Teks dengan BOM.", read(f.toString()).docs.get(0).content());
    }

    @Test
    void latin1FallsBackAndSaysSo() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Le président a parlé à Genève.".getBytes(StandardCharsets.ISO_8859_1));
        Collected c = read(f.toString());
        RawDocument d = c.docs.get(0);
        assertEquals("Le président a parlé à Genève.", d.content());
        assertTrue(d.hints().notes().get(0).contains("Windows-1252"), d.hints().notes().toString());
    }

    @Test
    void emptyBinaryAndMissingFilesFailWithReasons() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(dir.resolve("good.txt"), "Artikel yang baik.");
        Collected c = read(dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, c.docs.size());
        assertEquals(4, c.failures.size(), c.failures.toString());
        assertEquals(2, c.failures.stream().filter(f -> f.reason().equals("empty")).count());
        assertNotNull(c.failure("binary"));
        assertNotNull(c.failure("not-found"));
    }

    @Test
    void unreadableFileInsideADirectoryIsReportedAndTheRestIsRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama.");
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("gone.txt"));
        Files.writeString(dir.resolve("c.txt"), "Artikel ketiga.");
        Collected c = read(dir.toString());
        assertEquals(2, c.docs.size());
        Failure f = c.failure("unreadable");
        assertNotNull(f, c.failures.toString());
        assertTrue(f.source().path().endsWith("b.txt"));
    }

    @Test
    void documentationInsideADirectoryIsSkippedAndCounted() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Articles\nThis folder holds articles.");
        Files.writeString(dir.resolve("LICENSE"), "Apache License");
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama.");
        Collected c = read(dir.toString());
        assertEquals(1, c.docs.size());
        assertEquals(2, c.skipped.size());
        assertEquals("documentation", c.skipped.get(0).reason());
        assertEquals(1, read(dir.resolve("README.md").toString()).docs.size(), "named on its own it is read");
    }

    @Test
    void oversizedTextFileIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "Kalimat yang diulang-ulang untuk membuat berkas besar sekali. ".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Collected c = read(big.toString());
        assertEquals(0, c.docs.size());
        Failure f = c.failure("too-large");
        assertNotNull(f);
        assertTrue(f.message().contains("limit"), f.message());
    }

    @Test
    void jsonLinesCarryFieldsAndReportBadLines() throws IOException {
        Path f = dir.resolve("news.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Presiden tiba di Hanoi.\",\"url\":\"https://x.id/a\",\"title\":\"Tiba\",\"published\":\"2025-02-12\",\"language\":\"id\"}",
                "{\"text\": broken",
                "",
                "{\"title\":\"no text here\"}",
                "[1,2]",
                "{\"text\":\"Second article.\"}"));
        Collected c = read(f.toString());
        assertEquals(2, c.docs.size());
        RawDocument first = c.docs.get(0);
        assertEquals("a1", first.hints().id());
        assertEquals("https://x.id/a", first.source().url());
        assertEquals("2025-02-12", first.hints().published());
        assertEquals("line 1", first.source().record());
        assertEquals(3, c.failures.size());
        assertEquals("line 2", c.failure("bad-json").source().record());
        assertEquals("line 4", c.failure("missing-text").source().record());
    }

    @Test
    void standardInputIsRead() {
        Collected c = new Collected();
        new InputReader(ReadLimits.DEFAULT, new ByteArrayInputStream("Berita dari stdin.".getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), c);
        assertEquals(1, c.docs.size());
        assertEquals("stdin", c.docs.get(0).source().format());
    }

    @Test
    void formatIsSniffedFromContentNotName() {
        assertEquals("jsonl", FormatSniffer.sniff("data.txt", "{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", FormatSniffer.sniff("page.txt", "<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("warc", FormatSniffer.sniff("crawl.bin", "WARC/1.0\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", FormatSniffer.sniff("x", "<?xml version=\"1.0\"?><rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text", FormatSniffer.sniff("notes.html.txt", "Just words.".getBytes(StandardCharsets.UTF_8)));
    }
}
