package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

class ArticleJsonSchemaTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ArticleJson.class.getResourceAsStream("article.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static void assertValid(Article article) throws Exception {
        JsonNode json = ArticleJson.MAPPER.readTree(ArticleJson.write(article, false));
        Set<ValidationMessage> errors = schema.validate(json);
        assertTrue(errors.isEmpty(), () -> "schema violations: " + errors + "\n" + json.toPrettyString());
    }

    @Test
    void anArticleWithEveryLayerMatchesTheSchema() throws Exception {
        String text = Fixtures.text(Fixtures.ARTICLE_ID);
        Article a = Warta.process(new RawDocument(text, RawDocument.TEXT, Source.ofText(Fixtures.ARTICLE_ID), null));
        assertValid(a);
    }

    @Test
    @SharedData("seed/lavrov-rubio-id.txt")
    void seedOutputMatchesTheSchema() throws Exception {
        String text = Files.readString(Shared.path("seed/lavrov-rubio-id.txt"));
        assertValid(Warta.process(new RawDocument(text, RawDocument.TEXT, Source.ofText("seed.txt"), null)));
    }

    @Test
    void oddInputsStillMatchTheSchema() throws Exception {
        for (String text : List.of("x", "12345 67890", "[iklan_1]\nKomentar (0)", "Привет, мир. Это короткий текст.",
                "中文新闻。今天北京天气很好。", "   \n\n  a  \n")) {
            assertValid(Warta.process(text));
        }
    }

    @Test
    void offsetsIndexIntoTheText() throws Exception {
        Article a = Warta.process(Fixtures.text(Fixtures.ARTICLE_ID));
        JsonNode json = ArticleJson.toJson(a);
        String text = json.get("text").asText();
        for (JsonNode s : json.get("sentences")) {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            assertTrue(start < end && end <= text.length());
            assertEquals(text.substring(start, end).strip(), text.substring(start, end));
        }
    }

    @Test
    void sameInputGivesSameId() throws Exception {
        String text = Fixtures.text(Fixtures.ARTICLE_ID);
        assertEquals(Warta.process(text).id(), Warta.process(text).id());
        assertTrue(!Warta.process(text).id().equals(Warta.process(text + " Tambahan.").id()));
    }
}
