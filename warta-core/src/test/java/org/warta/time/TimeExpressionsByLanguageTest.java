package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.lang.LanguageData;
import org.warta.model.TimeExpression;

/**
 * Every supported language's time expressions, in sentences, with the values they must get against a reference
 * date. The cases live in {@code org/warta/time/<lang>.tsv}: a {@code reference} line, then one case a line:
 * sentence, expression text, TIMEX3 value, and optionally the TIMEX3 type.
 */
class TimeExpressionsByLanguageTest {
    private static final int MINIMUM_CASES = 15;

    record Case(String language, LocalDate reference, String sentence, String text, String value, String type) {
        @Override
        public String toString() {
            return language + ": \"" + text + "\" = " + value;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String language : languages().toList()) {
            for (Case c : read(language)) {
                all.add(Arguments.of(c));
            }
        }
        return all.stream();
    }

    /** The packs with time rules: a pack may come without them. */
    static Stream<String> languages() {
        return LanguageData.languages().stream().filter(l -> LanguageData.exists(l, TimeGrammar.FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpressionWithItsValue(Case c) {
        List<TimeExpression> found = TimeTagger.shared().tag(c.sentence(), c.language(), c.reference());
        for (TimeExpression t : found) {
            if (t.text().equals(c.text())) {
                if (!t.value().equals(c.value()) || c.type() != null && !t.type().equals(c.type())) {
                    fail("\"" + c.text() + "\" got " + t.value() + " " + t.type() + ", want " + c.value()
                            + (c.type() == null ? "" : " " + c.type()) + "; in: " + c.sentence());
                }
                assertTrue(c.sentence().substring(t.start(), t.end()).equals(c.text()), "offsets point at the text");
                return;
            }
        }
        fail("\"" + c.text() + "\" not found in: " + c.sentence() + "; found " + found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasEnoughCases(String language) throws IOException {
        List<Case> cases = read(language);
        assertTrue(cases.size() >= MINIMUM_CASES, language + " has only " + cases.size() + " time cases");
        assertFalse(cases.stream().map(Case::text).distinct().count() < MINIMUM_CASES,
                language + " repeats its expressions");
    }

    static List<Case> read(String language) throws IOException {
        String resource = "org/warta/time/" + language + ".tsv";
        InputStream in = TimeExpressionsByLanguageTest.class.getClassLoader().getResourceAsStream(resource);
        assertNotNull(in, "no test cases for " + language + " (" + resource + ")");
        List<Case> cases = new ArrayList<>();
        LocalDate reference = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells[0].equals("reference")) {
                    reference = LocalDate.parse(cells[1]);
                    continue;
                }
                if (cells.length < 3) {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
                cases.add(new Case(language, reference, cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : null));
            }
        }
        return cases;
    }
}
