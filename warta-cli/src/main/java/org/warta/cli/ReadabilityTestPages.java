package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.warta.extract.html.BrowserLines;

/**
 * Mozilla Readability's test pages: one folder a page, with {@code source.html}, the main content Readability is
 * expected to extract ({@code expected.html}) and the metadata it is expected to find
 * ({@code expected-metadata.json}: title, byline, publishedTime and more).
 */
final class ReadabilityTestPages {
    /** The address Readability's own tests give every page; relative links in expected.html resolve against it. */
    static final String URL = "http://fakehost/test/page.html";

    /** What a page's expected-metadata.json holds, each possibly null. */
    record Expected(String title, String byline, String publishedTime) {
    }

    private ReadabilityTestPages() {
    }

    static boolean isTestPages(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(c -> Files.isRegularFile(c.resolve("source.html"))
                    && Files.isRegularFile(c.resolve("expected.html")));
        }
    }

    /** The pages under {@code dir} in name order; a folder without source.html or expected.html is reported. */
    static List<EvalExtractionCommand.Page> load(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<EvalExtractionCommand.Page> pages = new ArrayList<>();
        for (Path folder : folders) {
            Path source = folder.resolve("source.html");
            Path expected = folder.resolve("expected.html");
            if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) {
                System.err.println("warta eval extraction: no source.html or expected.html in " + folder);
                continue;
            }
            Path metadata = folder.resolve("expected-metadata.json");
            Expected meta = Files.isRegularFile(metadata) ? expected(json.readTree(metadata.toFile())) : null;
            pages.add(new EvalExtractionCommand.Page(folder.getFileName().toString(), URL,
                    render(Files.readString(expected)), Files.readAllBytes(source), false, meta));
        }
        return pages;
    }

    private static Expected expected(JsonNode node) {
        return new Expected(text(node, "title"), text(node, "byline"), text(node, "publishedTime"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** The text a browser shows for an HTML fragment: one line per block element, runs of spaces folded. */
    static String render(String html) {
        return String.join("\n", BrowserLines.of(Jsoup.parseBodyFragment(html).body()));
    }
}
