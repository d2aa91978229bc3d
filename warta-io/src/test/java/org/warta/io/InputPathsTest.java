package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not plain regular files: FIFOs and pipes, special files and link loops in folders, gzip. */
class InputPathsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String ARTICLE = "Jakarta - Menteri Luar Negeri bertemu mitranya di Riyadh pada Selasa.\n"
            + "Keduanya membahas perdagangan dan keamanan kawasan.\n";

    @TempDir
    Path dir;

    private static CollectingSink read(String... names) {
        CollectingSink c = new CollectingSink();
        InputReader.standard().read(List.of(names), c);
        return c;
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
    }

    /** Writes to a FIFO once, as a shell pipeline or process substitution does, then closes it. */
    private static CompletableFuture<Void> writeOnce(Path fifo, byte[] content) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content);
            } catch (IOException e) {
                // The reader went away early: the assertions on what it read will say so.
            }
        });
    }

    @Test
    void aFifoNamedOnTheCommandLineIsReadOnceAsAStream() throws Exception {
        Path fifo = dir.resolve("news.fifo");
        mkfifo(fifo);
        // Longer than the sniffer's look-ahead, so a second opening would lose or wait for the rest.
        String text = ARTICLE.repeat(200);
        CompletableFuture<Void> writer = writeOnce(fifo, text.getBytes(StandardCharsets.UTF_8));
        CollectingSink c = assertTimeoutPreemptively(HANG_GUARD, () -> read(fifo.toString()));
        writer.get();
        assertEquals(List.of(), c.failed);
        assertEquals(1, c.accepted.size());
        assertEquals(text.strip(), c.accepted.get(0).content().strip());
    }

    @Test
    void jsonLinesThroughAFifoKeepEveryRecord() throws Exception {
        Path fifo = dir.resolve("feed.fifo");
        mkfifo(fifo);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"Berita nomor ").append(i).append(".\"}\n");
        }
        CompletableFuture<Void> writer = writeOnce(fifo, lines.toString().getBytes(StandardCharsets.UTF_8));
        CollectingSink c = assertTimeoutPreemptively(HANG_GUARD, () -> read(fifo.toString()));
        writer.get();
        assertEquals(300, c.accepted.size());
        assertEquals("r299", c.accepted.get(299).hints().id());
    }

    @Test
    void aFifoInsideAFolderIsPassedOverWithAReasonAndTheFolderIsRead() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama tentang pemilu.");
        mkfifo(dir.resolve("b.fifo"));
        Files.writeString(dir.resolve("c.txt"), "Artikel ketiga tentang banjir.");
        CollectingSink c = assertTimeoutPreemptively(HANG_GUARD, () -> read(dir.toString()));
        assertEquals(2, c.accepted.size());
        assertEquals(1, c.skippedFor("not-a-file"), c.skipped.toString());
        assertTrue(c.skipped.get(0).source().path().endsWith("b.fifo"));
    }

    @Test
    void aSymlinkLoopSkipsTheLoopingLinkAndKeepsEveryOtherFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama tentang pemilu.");
        Files.writeString(sub.resolve("b.txt"), "Artikel kedua tentang banjir.");
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.writeString(sub.resolve("c.txt"), "Artikel ketiga tentang gempa.");
        CollectingSink c = assertTimeoutPreemptively(HANG_GUARD, () -> read(dir.toString()));
        assertEquals(3, c.accepted.size(), c.failed + " " + c.skipped);
        assertEquals(1, c.skippedFor("symlink-loop"), c.skipped.toString());
        assertTrue(c.skipped.get(0).source().path().endsWith("loop"));
        assertEquals(List.of(), c.failed);
    }

    @Test
    void hiddenFilesInAFolderAreCountedNotLostSilently() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Artikel pertama tentang pemilu.");
        Files.writeString(dir.resolve(".notes.txt"), "catatan pribadi");
        CollectingSink c = read(dir.toString());
        assertEquals(1, c.accepted.size());
        assertEquals(1, c.skippedFor("hidden"));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void gzippedPlainTextIsReadThrough() throws IOException {
        Path f = dir.resolve("berita.txt.gz");
        Files.write(f, gzip(ARTICLE));
        CollectingSink c = read(f.toString());
        assertEquals(List.of(), c.failed);
        assertEquals(ARTICLE.strip(), c.accepted.get(0).content().strip());
        assertEquals("text", c.accepted.get(0).source().format());
    }

    @Test
    void gzippedJsonLinesAreReadThrough() throws IOException {
        Path f = dir.resolve("news.jsonl.gz");
        Files.write(f, gzip("{\"id\":\"a\",\"text\":\"Berita pertama.\"}\n{\"id\":\"b\",\"text\":\"Berita kedua.\"}\n"));
        CollectingSink c = read(f.toString());
        assertEquals(List.of(), c.failed);
        assertEquals(List.of("a", "b"), c.accepted.stream().map(d -> d.hints().id()).toList());
    }

    @Test
    void gzippedTextOnStandardInputIsReadThrough() throws IOException {
        CollectingSink c = new CollectingSink();
        new InputReader(ReadLimits.DEFAULT, new ByteArrayInputStream(gzip(ARTICLE))).read(List.of("-"), c);
        assertEquals(ARTICLE.strip(), c.accepted.get(0).content().strip());
    }

    @Test
    void aTruncatedGzippedTextKeepsWhatCouldBeReadAndSaysSo() throws IOException {
        byte[] whole = gzip(ARTICLE.repeat(400));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        Path f = dir.resolve("cut.txt.gz");
        Files.write(f, cut);
        CollectingSink c = read(f.toString());
        assertEquals(1, c.accepted.size(), c.failed.toString());
        assertTrue(c.accepted.get(0).content().startsWith("Jakarta - Menteri"));
        assertTrue(c.accepted.get(0).hints().notes().stream().anyMatch(n -> n.contains("damaged")),
                c.accepted.get(0).hints().notes().toString());
    }

    @Test
    void aGzipBombIsRefusedAtTheRecordLimitNotInflatedWhole() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            byte[] block = "Kalimat yang sama berulang kali. ".repeat(2000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 40L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        Path f = dir.resolve("bomb.txt.gz");
        Files.write(f, bytes.toByteArray());
        CollectingSink c = read(f.toString());
        assertEquals(0, c.accepted.size());
        assertNotNull(c.failure("too-large"), c.failed.toString());
    }

    @Test
    void withoutASizeLimitEveryFormatIsStillRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.write(dir.resolve("b.txt.gz"), gzip(ARTICLE));
        Files.writeString(dir.resolve("c.html"), "<html><body><article><p>" + ARTICLE + "</p></article></body></html>");
        Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"Berita pertama.\"}\n");
        CollectingSink c = new CollectingSink();
        new InputReader(new ReadLimits(Long.MAX_VALUE), InputStream.nullInputStream()).read(List.of(dir.toString()), c);
        assertEquals(List.of(), c.failed);
        assertEquals(4, c.accepted.size());
    }
}
