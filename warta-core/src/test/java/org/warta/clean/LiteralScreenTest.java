package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.warta.extract.html.HtmlExtractor;
import org.warta.model.Block;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The screen may only pass over a rule that cannot match: checked rule by rule against the regular expressions
 * themselves, on case tricks, on the project's own texts and on real text from the shared data.
 */
class LiteralScreenTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    @Test
    void aRuleWhoseLiteralIsAbsentIsPassedOver() {
        LiteralScreen screen = LiteralScreen.of(List.of("(?:comments?|replies)\\s*[\\(\\[]\\s*\\d+\\s*[\\)\\]]"));
        assertFalse(screen.scan("Responses (4)").mayMatch(0));
        assertFalse(screen.scan("Comments 4").mayMatch(0), "no bracket");
        assertTrue(screen.scan("COMMENTS (4)").mayMatch(0));
        assertTrue(screen.scan("Replies [12]").mayMatch(0));
    }

    @Test
    void aPatternWithNothingRequiredAlwaysRuns() {
        LiteralScreen screen = LiteralScreen.of(List.of("\\d+", "(?x) a b"));
        assertTrue(screen.scan("").mayMatch(0));
        assertTrue(screen.scan("zzz").mayMatch(1));
    }

    @Test
    void caseVariantsTheRegexEngineAcceptsAreNeverRuledOut() {
        // ſ (long s) and the Kelvin sign match s and k case-insensitively; Turkish İ and ı match i.
        List<String> patterns = List.of("(?:source|sources)\\s*[:：]\\s*(?<source>.+)",
                "(?:komentar|tanggapan)\\s*[\\(\\[]\\s*\\d+\\s*[\\)\\]]", "iklan", "(?:ΣΧΟΛΙΑ)\\s*\\d+");
        LiteralScreen screen = LiteralScreen.of(patterns);
        List<String> texts = List.of("ſource: Reuters", "SOURCE: AP", "\u212Aomentar (3)", "İKLAN", "ıklan",
                "σχολια 4", "ςχολια 4", "Komentar (2)");
        for (String text : texts) {
            for (int k = 0; k < patterns.size(); k++) {
                if (Pattern.compile(patterns.get(k), FLAGS).matcher(text).matches()) {
                    assertTrue(screen.scan(text).mayMatch(k), patterns.get(k) + " on " + text);
                }
            }
        }
        assertTrue(Pattern.compile("iklan", FLAGS).matcher("İKLAN").matches(), "the case the test is about");
    }

    @Test
    void everyCharacterTheEngineMatchesToARuleLiteralSharesItsCaseClass() {
        Set<Character> literalChars = new TreeSet<>();
        for (CleanRule rule : CleanRules.defaults().lineRules()) {
            for (Set<String> anyOf : RequiredLiterals.of(rule.pattern().pattern())) {
                anyOf.forEach(s -> s.chars().forEach(c -> literalChars.add((char) c)));
            }
        }
        char[] all = new char[0x10000];
        for (int c = 0; c < all.length; c++) {
            all[c] = (char) c;
        }
        String folded = LiteralScreen.fold(new String(all));
        for (char x : literalChars) {
            // Only characters the engine could possibly relate are worth a regex: same fold under Character's
            // mappings, or any that are cased at all.
            Matcher m = Pattern.compile(Pattern.quote(String.valueOf(x)), FLAGS).matcher("");
            Matcher inClass = Pattern.compile("[" + Pattern.quote(String.valueOf(x)) + "]", FLAGS).matcher("");
            for (int c = 0; c < all.length; c++) {
                if (Character.isSurrogate(all[c]) || folded.charAt(c) == folded.charAt(x)) {
                    continue;
                }
                String one = String.valueOf(all[c]);
                assertFalse(m.reset(one).matches() || inClass.reset(one).matches(),
                        "U+" + Integer.toHexString(c) + " matches " + x + " but is in another case class");
            }
        }
    }

    @Test
    void noCaseMappingCrossesTheBmpBoundary() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean bmp = cp < 0x10000;
            for (int mapped : new int[] {Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp)}) {
                assertEquals(bmp, mapped < 0x10000, "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void onTheProjectsOwnTextTheScreenPassesOverNoRuleThatMatches() throws IOException {
        assertScreenPassesOverNoRuleThatMatches(ownBlocks(), 400, 300);
    }

    @Test
    @SharedData
    void onRealTextTheScreenPassesOverNoRuleThatMatches() throws IOException {
        List<String> blocks = ownBlocks();
        blocks.addAll(sharedBlocks());
        assertScreenPassesOverNoRuleThatMatches(blocks, 5000, 100);
    }

    private static void assertScreenPassesOverNoRuleThatMatches(List<String> realBlocks, int minBlocks, int minMatches) {
        CleanRules rules = CleanRules.defaults();
        List<CleanRule> lineRules = rules.lineRules();
        int blocks = 0;
        int matched = 0;
        for (String block : realBlocks) {
            String t = block.strip();
            if (t.isEmpty() || t.length() > CleanStage.MAX_CAPTION_LENGTH) {
                continue;
            }
            blocks++;
            LiteralScreen.Presence present = rules.screenLine(t);
            for (int k = 0; k < lineRules.size(); k++) {
                if (!present.mayMatch(k)) {
                    assertFalse(lineRules.get(k).pattern().matcher(t).matches(),
                            lineRules.get(k).where() + " matches but was screened out: " + t);
                } else if (lineRules.get(k).pattern().matcher(t).matches()) {
                    matched++;
                }
            }
        }
        assertTrue(blocks > minBlocks, "blocks checked: " + blocks);
        assertTrue(matched > minMatches, "rule matches seen: " + matched);
    }

    /** The "text" string of a JSON line, unescaped enough for the purpose (line breaks, quotes). */
    private static String textField(String json) {
        int start = json.indexOf("\"text\": \"");
        if (start < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = start + 9; i < json.length() && json.charAt(i) != '"'; i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char e = json.charAt(++i);
                text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * Blocks from the project's own texts: the bundled examples, the test article, and the planted boilerplate of
     * the cleaning tests in several cases.
     */
    private static List<String> ownBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.examples())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                blocks.addAll(List.of(Files.readString(p).split("\\R")));
            }
        }
        blocks.addAll(List.of(Fixtures.text(Fixtures.ARTICLE_ID).split("\\R")));
        Set<String> planted = new LinkedHashSet<>();
        BoilerplateByLanguageTest.cases().forEach(c -> {
            planted.add(c.captionLine());
            planted.add(c.sourceLine());
            c.planted().forEach(p -> planted.add(p.line()));
        });
        for (String line : planted) {
            blocks.add(line);
            blocks.add(line.toUpperCase(Locale.ROOT));
            blocks.add(line.toLowerCase(Locale.ROOT));
            blocks.add(line.toUpperCase(Locale.forLanguageTag("tr")));
        }
        return blocks;
    }

    /**
     * Short blocks from real articles in the shared data: every twentieth Vietnamese corpus file, the seed,
     * Indonesian and Malaysian news, every third page of the extraction benchmark.
     */
    private static List<String> sharedBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Path shared = Shared.root();
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("corpus/vi-news-baomoi"))) {
            List<Path> sorted = files.sorted().toList();
            for (int i = 0; i < sorted.size(); i += 20) {
                texts.add(sorted.get(i));
            }
        }
        texts.add(shared.resolve("seed/lavrov-rubio-id.txt"));
        for (Path p : texts) {
            blocks.addAll(List.of(Files.readString(p).split("\\R")));
        }
        for (String news : List.of("langid/id-ms-news/id.jsonl", "langid/id-ms-news/ms.jsonl")) {
            List<String> lines = Files.readAllLines(shared.resolve(news));
            for (String line : lines.subList(0, Math.min(150, lines.size()))) {
                blocks.addAll(List.of(textField(line).split("\n")));
            }
        }
        HtmlExtractor html = new HtmlExtractor();
        try (Stream<Path> files = Files.list(shared.resolve("extraction/article-extraction-benchmark/html"))) {
            List<Path> sorted = files.sorted().toList();
            for (int i = 0; i < sorted.size(); i += 3) {
                String page;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(sorted.get(i)))) {
                    page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                html.extract(new RawDocument(page, RawDocument.HTML, new Source(sorted.get(i).toString(), null, "html", null), Hints.NONE)).blocks().stream()
                        .map(Block::text).forEach(blocks::add);
            }
        }
        return blocks;
    }
}
