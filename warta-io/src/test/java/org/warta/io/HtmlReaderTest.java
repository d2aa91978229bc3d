package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;

class HtmlReaderTest {
    @TempDir
    Path dir;

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void charsetDeclaredInAMetaTagIsHonoured() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<title>Новости</title></head><body><p>Министр иностранных дел России Сергей Лавров провёл "
                + "телефонный разговор с государственным секретарём США.</p></body></html>";
        Path file = dir.resolve("ru.html");
        Files.write(file, page.getBytes(Charset.forName("windows-1251")));
        CollectingSink sink = CollectingSink.read(file);
        assertEquals(1, sink.accepted.size());
        assertTrue(sink.accepted.get(0).content().contains("Сергей Лавров"));
        assertTrue(sink.accepted.get(0).hints().notes().isEmpty());
    }

    @Test
    void gzippedPageIsReadByContentAndATruncatedOneKeepsWhatCameBeforeTheCut() throws IOException {
        StringBuilder page = new StringBuilder("<!doctype html><html><body><article>");
        for (int i = 0; i < 400; i++) {
            page.append("<p>Paragraf ").append(i).append(" berisi kalimat yang cukup panjang untuk dibaca.</p>");
        }
        page.append("</article></body></html>");
        byte[] gz = gzip(page.toString().getBytes(StandardCharsets.UTF_8));
        Path whole = dir.resolve("page.html.gz");
        Files.write(whole, gz);
        assertEquals(1, CollectingSink.read(whole).accepted.size());
        Path cut = dir.resolve("cut.html.gz");
        Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
        CollectingSink sink = CollectingSink.read(cut);
        assertEquals(1, sink.accepted.size());
        assertTrue(sink.accepted.get(0).hints().notes().stream().anyMatch(n -> n.contains("damaged")));
        Article a = Warta.process(sink.accepted.get(0));
        assertTrue(a.text().startsWith("Paragraf 0 berisi"), a.text());
    }

    @Test
    void twentyMegabytePageIsProcessed() throws IOException {
        // Where real pages get this big: inline application state, inlined images, and long menus.
        StringBuilder page = new StringBuilder(21 << 20).append("<!doctype html><html><head><script>window.state = [");
        while (page.length() < 15 << 20) {
            page.append("{\"id\": 12345, \"headline\": \"Judul berita lain\", \"teaser\": \"Ringkasan singkat\"},");
        }
        page.append("0];</script></head><body><img alt=\"\" src=\"data:image/png;base64,");
        while (page.length() < 19 << 20) {
            page.append("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk");
        }
        page.append("\"><nav><ul>");
        while (page.length() < 20 << 20) {
            page.append("<li><a href=\"/kanal\">Kanal berita</a></li>");
        }
        page.append("</ul></nav><article><p>Inti berita ada di sini, satu paragraf panjang yang menjelaskan apa yang "
                + "terjadi, siapa yang terlibat, dan mengapa hal itu penting bagi pembaca.</p></article></body></html>");
        Path file = dir.resolve("big.html");
        Files.writeString(file, page);
        CollectingSink sink = CollectingSink.read(file);
        assertEquals(1, sink.accepted.size(), sink.failed.toString());
        Article a = Warta.process(sink.accepted.get(0));
        assertTrue(a.text().startsWith("Inti berita ada di sini"), a.text().substring(0, Math.min(200, a.text().length())));
        assertFalse(a.text().contains("Kanal berita"));
        assertFalse(a.warnings().stream().anyMatch(w -> w.code().equals("stage-failed")), a.warnings().toString());
    }

    @Test
    void binaryContentNamedHtmlIsAFailureWithAReason() throws IOException {
        Path file = dir.resolve("image.html");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3});
        CollectingSink sink = CollectingSink.read(file);
        assertTrue(sink.accepted.isEmpty());
        assertEquals(1, sink.failed.size());
        assertEquals("binary", sink.failed.get(0).reason());
    }
}
