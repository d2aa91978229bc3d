package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Mozilla Readability's test pages: one folder a page, with {@code source.html}, the main content Readability is
 * expected to extract ({@code expected.html}) and the metadata it is expected to find
 * ({@code expected-metadata.json}: title, byline, publishedTime and more).
 */
final class ReadabilityTestPages {
    /** The address Readability's own tests give every page; relative links in expected.html resolve against it. */
    static final String URL = "http://fakehost/test/page.html";

    /** Elements after which a browser starts a new line. */
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr");

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
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }
        }, body);
        flush(line, lines);
        return String.join("\n", lines);
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
