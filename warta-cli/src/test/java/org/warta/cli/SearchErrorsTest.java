package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `warta search` refuses a bad query with exit status 2 and a sentence on stderr; scores are numbers or absent. */
class SearchErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        Path in = IndexCommandsTest.articles(dir);
        data = dir.resolve("data");
        CliRun.of("ingest", in.toString(), "--data", data.toString());
    }

    @Test
    void tooManyFuzzyTermsIsAUsageError() {
        String fuzzy = IntStream.rangeClosed(1, 20).mapToObj(i -> "ab" + i + "~2").collect(Collectors.joining(" "));
        CliRun run = CliRun.of("search", fuzzy, "--data", data.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("warta search: the query has too many terms after expanding `ab"), run.err());
        assertTrue(run.err().contains("fewer fuzzy or wildcard terms"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void syntaxErrorsSayWhereWithoutLuceneText() {
        CliRun run = CliRun.of("search", "Lavrov \"saluran", "--data", data.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("quote at character 8"), run.err());
        assertFalse(run.err().contains("Lexical") || run.err().contains("lexical state"), run.err());
    }

    @Test
    void jsonScoresAreNumbersOrAbsent() throws Exception {
        JsonNode byDate = JSON.readTree(CliRun.of("search", "Lavrov", "--sort", "date", "--json", "--data",
                data.toString()).out());
        assertTrue(byDate.get("hits").size() > 0);
        byDate.get("hits").forEach(h -> assertTrue(h.get("score").isNumber(), h.toString()));
        CliRun all = CliRun.of("search", "--json", "--data", data.toString());
        assertFalse(all.out().contains("NaN"), all.out());
        JsonNode everything = JSON.readTree(all.out());
        assertTrue(everything.get("hits").size() > 0);
        everything.get("hits").forEach(h -> assertFalse(h.has("score"), h.toString()));
    }
}
