package org.warta.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.TimeExpression;

/**
 * The Japanese pack through the whole pipeline, on a news item written for the test: a ministry with its country,
 * dates written 2025年5月7日 and 7日, relative words (来週, 昨年), and a page's leftovers (related link, comment
 * counter, share button, source line, copyright line, a photo caption with its credit in brackets).
 */
class JapanesePackTest {
    private static Article article;

    @BeforeAll
    static void process() throws IOException {
        try (InputStream in = JapanesePackTest.class.getResourceAsStream("article.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            article = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 5, 8))).process(RawDocument.ofText(text));
        }
    }

    @Test
    void theArticleIsReadAsJapanese() {
        assertEquals("ja", article.language().code());
    }

    @Test
    void pageLeftoversAreRemovedWithTheirReasons() {
        assertEquals(List.of(
                new Removal("会談に臨む両国の外相（写真：共同）", "caption"),
                new Removal("関連記事：日米首脳が電話会談", "related-link"),
                new Removal("コメント(3)", "comment-counter"),
                new Removal("シェア", "share-prompt"),
                new Removal("出典：共同通信", "source-line"),
                new Removal("無断転載・複製を禁じます", "copyright")), article.removed());
        assertTrue(article.text().contains("日本政府は2025年5月7日"), article.text());
    }

    @Test
    void theCaptionKeepsItsCreditAndTheSourceLineNamesTheOutlet() {
        Caption caption = article.captions().get(0);
        assertEquals("会談に臨む両国の外相", caption.text());
        assertEquals("共同", caption.credit());
        assertEquals("共同通信", article.attribution().sourceOutlet());
    }

    @Test
    void aMinistryTakesTheCountryWrittenBeforeIt() {
        Entity ministry = entity("中国外務省");
        assertEquals(Entity.Type.ORG, ministry.type());
        assertEquals("CHN", ministry.country());
        assertEquals("JPN", entity("日本政府").country());
    }

    @Test
    void datesAndRelativeWordsAreNormalised() {
        Map<String, String> times = new LinkedHashMap<>();
        for (TimeExpression t : article.times()) {
            times.put(article.text().substring(t.start(), t.end()), t.value());
        }
        assertEquals("2025-05-07", times.get("7日"), times.toString());
        assertEquals("2025-W20", times.get("来週"), times.toString());
        assertEquals("2025-05-07", times.get("2025年5月7日"), times.toString());
        assertEquals("2024", times.get("昨年"), times.toString());
        assertEquals("P3M", times.get("3か月"), times.toString());
    }

    private static Entity entity(String text) {
        return article.entities().stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text + " in " + article.entities()));
    }
}
