package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No stage decides anything by a language's code: what a language needs is in its pack. The check reads the main
 * sources of the modules that process text (warta-core, warta-io, warta-index) and looks for every string literal
 * that is the code of a language with a folder ({@code "fr"}, {@code "vi"}...), whatever the code around it does
 * with it: {@code case "fr"}, {@code equals("vi")}, {@code Set.of("fr")}, {@code Map.of("zh_Hant", "zh")}. The few
 * literals that are not a language decision (an HTML tag named {@code th}, a JSON field named {@code id}) or that sit
 * at the edge where codes are normalised are listed below, each with its reason; a listed literal that is no longer
 * there fails the check too, so the list cannot grow stale.
 */
class NoLanguageSwitchTest {
    private static final List<String> MODULES = List.of("warta-core", "warta-io", "warta-index");

    /** "file name: literal" → why the literal is not a decision taken on a language's code. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("LanguageIdentifier.java: id", "the edge: ISO 639-2/3 and Java's old codes (ind, in) normalised"),
            Map.entry("LanguageIdentifier.java: ms", "the edge: ISO 639-2/3 codes (msa, zsm) normalised"),
            Map.entry("LanguageIdentifier.java: he", "the edge: Java's old code iw normalised"),
            Map.entry("SlotValues.java: mi", "the built-in word class mi (minutes) of time.tsv"),
            Map.entry("TimeRuleCompiler.java: mi", "the built-in word class mi (minutes) of time.tsv"),
            Map.entry("KbEntity.java: en", "the language of the knowledge base's canonical names"),
            Map.entry("PageDates.java: en", "the month names tried on a page of unknown language"),
            Map.entry("ContentFinder.java: th", "the HTML element <th>"),
            Map.entry("BlockWriter.java: th", "the HTML element <th>"),
            Map.entry("BlockWriter.java: tr", "the HTML element <tr>"),
            Map.entry("PageStats.java: th", "the HTML element <th>"),
            Map.entry("PageStats.java: tr", "the HTML element <tr>"),
            Map.entry("PageStats.java: hr", "the HTML element <hr>"),
            Map.entry("PageLines.java: th", "the HTML element <th>"),
            Map.entry("PageLines.java: tr", "the HTML element <tr>"),
            Map.entry("PageLines.java: hr", "the HTML element <hr>"),
            Map.entry("BrowserLines.java: th", "the HTML element <th>"),
            Map.entry("BrowserLines.java: tr", "the HTML element <tr>"),
            Map.entry("BrowserLines.java: hr", "the HTML element <hr>"),
            Map.entry("HtmlCues.java: id", "the HTML attribute id"),
            Map.entry("Deadline.java: ms", "milliseconds, as a duration is written"),
            Map.entry("WikidataImporter.java: id", "the JSON field id of a Wikidata item"),
            Map.entry("ArticleJson.java: id", "the JSON field id of an article"),
            Map.entry("JsonLinesReader.java: id", "the JSON field id of an input record"),
            Map.entry("ArticleDocuments.java: id", "the JSON field id of an article"),
            Map.entry("ArticleSearcher.java: id", "the JSON field id of an article"),
            Map.entry("StorySearcher.java: id", "the JSON field id of an article and of a story"),
            Map.entry("WartaQueryParser.java: id", "the query field id: (an article's id)"));

    @Test
    void noMainClassDecidesByALanguageCode() throws IOException {
        Set<String> codes = languageCodes();
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : sources()) {
            for (Literal literal : literals(Files.readString(file))) {
                if (codes.contains(literal.text())) {
                    found.computeIfAbsent(file.getFileName() + ": " + literal.text(), k -> new ArrayList<>())
                            .add(file + ":" + literal.line());
                }
            }
        }
        List<String> unexplained = new ArrayList<>();
        found.forEach((key, places) -> {
            if (!ALLOWED.containsKey(key)) {
                unexplained.addAll(places);
            }
        });
        assertEquals(List.of(), unexplained, "language codes in main code: move the decision into the packs");
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(found.keySet());
        assertEquals(Set.of(), stale, "allowed literals no longer in the sources: take them off the list");
    }

    @Test
    void theScanFindsLiteralsInCodeAndNotInComments() {
        List<Literal> found = literals("""
                // case "fr" in a comment
                /* Set.of("vi") */ String s = "a // b";
                switch (x) { case "fr" -> y(); }
                String t = \"""
                    text block "de"
                    \""";
                char c = '"'; boolean b = lang.equals("vi\\"");
                String blank = "\\n\\n";
                """);
        assertEquals(List.of(new Literal("a // b", 2), new Literal("fr", 3),
                new Literal("\n    text block \"de\"\n    ", 4), new Literal("vi\"", 7), new Literal("\n\n", 8)), found);
    }

    @Test
    void theCodesScannedForIncludeEveryPackAndEveryLanguageIdentified() throws IOException {
        Set<String> codes = languageCodes();
        assertTrue(codes.containsAll(LanguageData.languages()));
        assertTrue(codes.containsAll(List.of("bs", "hr", "nb", "nn", "da", "th", "ja", "ko", "sw")), codes.toString());
    }

    /**
     * The codes of every pack, of every folder under the packs' root, and of every language the identifier knows,
     * so that a decision on a language that has no pack yet is caught too.
     */
    private static Set<String> languageCodes() throws IOException {
        Set<String> codes = new TreeSet<>(LanguageData.languages());
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                codes.add(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
            }
        }
        Path root = repository().resolve("warta-core/src/main/resources/org/warta/lang");
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(LanguageData::isFolderName).filter(c -> !c.equals(LanguageData.COMMON)).forEach(codes::add);
        }
        return codes;
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> walk = Files.walk(repository().resolve(module).resolve("src/main/java"))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "the sources were not found: " + files.size());
        return files;
    }

    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("warta-core")) ? here : here.getParent();
    }

    record Literal(String text, int line) {
    }

    /** The string literals of Java source, comments skipped, escapes of quotes and backslashes undone. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = src.indexOf('\n', i) + 1;
                int end = src.indexOf("\"\"\"", start);
                out.add(new Literal(src.substring(i + 3, end), line));
                line += count(src, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\') {
                        j++;
                        b.append(unescaped(src.charAt(j)));
                    } else {
                        b.append(src.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    out.add(new Literal(b.toString(), line));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The character an escape such as {@code \n} stands for: {@code "\n\n"} is a blank line, not the code nn. */
    private static char unescaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 's' -> ' ';
            default -> c;
        };
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
