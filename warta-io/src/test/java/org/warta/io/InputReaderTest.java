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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RawDocument;

class InputReaderTest {
    @TempDir
    Path dir;

    private CollectingSink read(String... names) {
        CollectingSink c = new CollectingSink();
        InputReader.standard().read(List.of(names), c);
        return c;
    }

    @Test
    void plainTextFileIsOneArticle() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Jakarta - Presiden berpidato hari ini.\nParagraf kedua.");
        CollectingSink c = read(f.toString());
        assertEquals(1, c.accepted.size());
        assertEquals("text", c.accepted.get(0).source().format());
        assertEquals(f.toString(), c.accepted.get(0).source().path());
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
        assertEquals("Teks dengan BOM.", read(f.toString()).accepted.get(0).content());
    }

    @Test
    void latin1FallsBackAndSaysSo() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Le président a parlé à Genève.".getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink c = read(f.toString());
        RawDocument d = c.accepted.get(0);
        assertEquals("Le président a parlé à Genève.", d.content());
        assertTrue(d.hints().notes().get(0).contains("Windows-1252"), d.hints().notes().toString());
    }

    @Test
    void emptyBinaryAndMissingFilesFailWithReasons() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(dir.resolve("good.txt"), "Artikel yang baik.");
        CollectingSink c = read(dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, c.accepted.size());
        assertEquals(4, c.failed.size(), c.failed.toString());
        assertEquals(2, c.failed.stream().filter(f -> f.reason().equals("empty")).count());
        assertNotNull(c.failure("binary"));
        assertNotNull(c.failure("not-found"));
    }

    @Test
    void unreadableFileInsideADirectoryIsReportedAndTheRestIsRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama.");
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("gone.txt"));
        Files.writeString(dir.resolve("c.txt"), "Artikel ketiga.");
        CollectingSink c = read(dir.toString());
        assertEquals(2, c.accepted.size());
        Failure f = c.failure("unreadable");
        assertNotNull(f, c.failed.toString());
        assertTrue(f.source().path().endsWith("b.txt"));
    }

    @Test
    void documentationInsideADirectoryIsSkippedAndCounted() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Articles\nThis folder holds articles.");
        Files.writeString(dir.resolve("LICENSE"), "Apache License");
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama.");
        CollectingSink c = read(dir.toString());
        assertEquals(1, c.accepted.size());
        assertEquals(2, c.skipped.size());
        assertEquals("documentation", c.skipped.get(0).reason());
        assertEquals(1, read(dir.resolve("README.md").toString()).accepted.size(), "named on its own it is read");
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
        CollectingSink c = read(big.toString());
        assertEquals(0, c.accepted.size());
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
        CollectingSink c = read(f.toString());
        assertEquals(2, c.accepted.size());
        RawDocument first = c.accepted.get(0);
        assertEquals("a1", first.hints().id());
        assertEquals("https://x.id/a", first.source().url());
        assertEquals("2025-02-12", first.hints().published());
        assertEquals("line 1", first.source().record());
        assertEquals(3, c.failed.size());
        assertEquals("line 2", c.failure("bad-json").source().record());
        assertEquals("line 4", c.failure("missing-text").source().record());
    }

    @Test
    void standardInputIsRead() {
        CollectingSink c = new CollectingSink();
        new InputReader(ReadLimits.DEFAULT, new ByteArrayInputStream("Berita dari stdin.".getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), c);
        assertEquals(1, c.accepted.size());
        assertEquals("stdin", c.accepted.get(0).source().format());
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
