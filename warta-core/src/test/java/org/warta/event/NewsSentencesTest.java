package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.lang.LanguageData;
import org.warta.model.Article;
import org.warta.model.Event;

/**
 * News sentences as a wire or a paper writes them, one at least for every CAMEO root a language's events.tsv
 * covers, in {@code org/warta/event/news/<language>.tsv}: the root and the source's country, then the sentence. Each
 * is coded as a whole article with no entity layer (actors from the language's words and CLDR's country names), so
 * the article's conventions apply: "India struck" is India's armed forces.
 */
class NewsSentencesTest {
    /** The languages with a sentence file. */
    private static final List<String> LANGUAGES = List.of("bs", "da", "el", "fa", "he", "hi", "hr", "it", "ja", "ko",
            "nb", "ne", "nl", "nn", "pl", "pt", "sv", "sw", "th", "tl", "tr", "uk", "zh");

    record Line(String language, String root, String source, String sentence) {
    }

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (Line l : lines(language)) {
                out.add(Arguments.of(l.language(), l.root(), l.source(), l.sentence()));
            }
        }
        return out.stream();
    }

    static Stream<String> languages() {
        return LANGUAGES.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("sentences")
    void theSentencesEventIsCoded(String language, String root, String source, String sentence) {
        Article a = EventTestSupport.codedAs(sentence, language);
        List<Event> events = a.events();
        assertTrue(events.stream().anyMatch(e -> e.rootCode().equals(root) && e.actor1() != null
                        && e.actor1().code() != null && e.actor1().code().startsWith(source)),
                language + ": expected root " + root + " by " + source + " in " + EventTestSupport.described(a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyRootTheLanguageCoversHasASentence(String language) throws IOException {
        Set<String> covered = new TreeSet<>();
        for (LanguageData.Row row : LanguageData.rows(language, "events.tsv")) {
            covered.add(row.cell(0).substring(0, 2));
        }
        assertFalse(covered.isEmpty(), language + " has no events.tsv");
        Set<String> tested = new TreeSet<>();
        lines(language).forEach(l -> tested.add(l.root()));
        covered.removeAll(tested);
        assertEquals(Set.of(), covered, language + ": roots with patterns but no news sentence");
    }

    private static List<Line> lines(String language) throws IOException {
        String resource = "org/warta/event/news/" + language + ".tsv";
        List<Line> out = new ArrayList<>();
        try (InputStream in = NewsSentencesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.add(new Line(language, cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        }
        return out;
    }
}
