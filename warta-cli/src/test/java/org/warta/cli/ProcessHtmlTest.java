package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * A news page around an article (its lines as the page's paragraphs, the article's footer included, with site
 * navigation, share bar, related list, comments, sidebar and footer around it) must clean to exactly what the
 * plain text does: same text, same removals, same captions, same attribution. Checked on the Indonesian test
 * article, and on the seed article where the shared data is present.
 */
class ProcessHtmlTest {
    private static final String SEED = "seed/lavrov-rubio-id.txt";
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @TempDir
    Path dir;

    private static JsonNode process(Path input) throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = Main.run("process", "--quiet", input.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(ExitCodes.OK, status);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length, "one article");
        return new ObjectMapper().readTree(lines[0]);
    }

    /** The page: each line of the article a paragraph, URLs as links. */
    private Path page(Path article) throws IOException {
        String template;
        try (InputStream in = ProcessHtmlTest.class.getResourceAsStream("seed-page.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(article)) {
            if (line.isBlank()) {
                continue;
            }
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;");
            Matcher m = URL.matcher(escaped);
            body.append("        <p>").append(m.replaceAll(r -> "<a href=\"" + r.group() + "\">" + r.group() + "</a>"))
                    .append("</p>\n");
        }
        Path html = dir.resolve("lavrov-rubio.html");
        Files.writeString(html, template.replace("<!--ARTICLE-->", body));
        return html;
    }

    @Test
    void aPageAroundAnArticleCleansExactlyLikeThePlainText() throws IOException {
        assertPageCleansLikeThePlainText(Fixtures.copy(Fixtures.ARTICLE_ID, dir), "Kementerian Luar Negeri Rusia menyatakan");
    }

    @Test
    @SharedData(SEED)
    void aPageAroundTheSeedCleansExactlyLikeThePlainText() throws IOException {
        assertPageCleansLikeThePlainText(Shared.path(SEED), "Menurut Kementerian Luar Negeri Rusia");
    }

    private void assertPageCleansLikeThePlainText(Path article, String start) throws IOException {
        JsonNode plain = process(article);
        JsonNode html = process(page(article));
        for (String field : new String[] {"text", "removed", "captions", "attribution"}) {
            assertEquals(plain.get(field), html.get(field), field);
        }
        assertEquals("html", html.path("input").path("format").asText());
        assertEquals("Rusia dan AS bersiap menggelar KTT bilateral", html.path("title").asText());
        assertEquals("2025-02-13T10:15", html.path("published").asText(), "from the byline, in Indonesian");
        assertEquals("id", html.path("language").asText());
        String text = html.path("text").asText();
        assertTrue(text.startsWith(start), text);
        for (String chrome : new String[] {"cookie", "Olahraga", "Facebook", "Berita Terkait", "Semoga pertemuan",
                "Terpopuler", "Hak cipta", "Oleh Redaksi"}) {
            assertFalse(text.contains(chrome), chrome);
        }
    }
}
