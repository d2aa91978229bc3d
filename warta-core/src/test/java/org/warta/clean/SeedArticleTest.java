package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.Source;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** The seed article through the whole pipeline, checked against the facts in its expected.json. */
@SharedData({"seed/lavrov-rubio-id.txt", "seed/lavrov-rubio-id.expected.json"})
class SeedArticleTest {
    private static JsonNode expected;
    private static Article article;

    @BeforeAll
    static void process() throws IOException {
        Path seed = Shared.path("seed");
        Path text = seed.resolve("lavrov-rubio-id.txt");
        expected = new ObjectMapper().readTree(seed.resolve("lavrov-rubio-id.expected.json").toFile());
        article = Warta.process(new RawDocument(Files.readString(text, StandardCharsets.UTF_8), RawDocument.TEXT,
                Source.ofText(text.toString()), Hints.NONE));
    }

    @Test
    void language() {
        assertEquals(expected.path("language").asText(), article.language().code());
    }

    @Test
    void theAdPlaceholderAndTheCommentCounterAreTheBoilerplate() {
        List<Removal> wanted = new ArrayList<>();
        for (JsonNode r : expected.path("boilerplate_removed")) {
            wanted.add(new Removal(r.path("line").asText(), r.path("reason").asText()));
        }
        assertEquals(2, wanted.size(), "expected.json lists the two removals");
        List<Removal> boilerplate = article.removed().stream()
                .filter(r -> !Set.of("caption", "source-line").contains(r.reason())).toList();
        assertEquals(wanted, boilerplate);
    }

    @Test
    void captionTextAndCredit() {
        JsonNode c = expected.path("caption");
        assertEquals(List.of(new Caption(c.path("text").asText(), c.path("credit").asText())), article.captions());
    }

    @Test
    void attribution() {
        JsonNode a = expected.path("attribution");
        assertEquals(a.path("source_url").asText(), article.attribution().sourceUrl());
        assertEquals(a.path("source_outlet").asText(), article.attribution().sourceOutlet());
    }

    @Test
    void paragraphs() {
        assertEquals(expected.path("paragraphs").asInt(), article.paragraphSpans().size());
        assertEquals(9, article.paragraphSpans().size());
    }

    @Test
    void textMustContain() {
        assertTrue(expected.path("text_must_contain").size() > 0);
        for (JsonNode item : expected.path("text_must_contain")) {
            assertTrue(article.text().contains(item.asText()), "missing: " + item.asText());
        }
    }

    @Test
    void textMustNotContain() {
        assertTrue(expected.path("text_must_not_contain").size() > 0);
        for (JsonNode item : expected.path("text_must_not_contain")) {
            assertFalse(article.text().contains(item.asText()), "still there: " + item.asText());
        }
    }

    @Test
    void noStageFailed() {
        assertTrue(article.warnings().stream().noneMatch(w -> w.code().equals("stage-failed")), article.warnings().toString());
    }
}
