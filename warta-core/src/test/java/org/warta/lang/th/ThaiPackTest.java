package org.warta.lang.th;

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
 * The Thai pack through the whole pipeline, on a news item written for the test: a prime minister named after her
 * role, a ministry with the country after it, a date with its year in the Buddhist era (7 พฤษภาคม 2568), a clock
 * time and relative days (เวลา 17.00 น. พรุ่งนี้, เมื่อวานนี้), and a page's leftovers (caption with its credit,
 * related link, share button, comment counter, source line, the text-to-speech button).
 */
class ThaiPackTest {
    private static Article article;

    @BeforeAll
    static void process() throws IOException {
        try (InputStream in = ThaiPackTest.class.getResourceAsStream("article.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            article = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 5, 8))).process(RawDocument.ofText(text));
        }
    }

    @Test
    void theArticleIsReadAsThai() {
        assertEquals("th", article.language().code());
    }

    @Test
    void pageLeftoversAreRemovedWithTheirReasons() {
        assertEquals(List.of(
                new Removal("นายกรัฐมนตรีตรวจพื้นที่ชายแดน (ภาพ: รอยเตอร์ส)", "caption"),
                new Removal("ข่าวที่เกี่ยวข้อง: นายกฯ ลงพื้นที่ตรวจค่ายทหาร", "related-link"),
                new Removal("แชร์", "share-prompt"),
                new Removal("ความคิดเห็น (5)", "comment-counter"),
                new Removal("ที่มา: สำนักข่าวไทย", "source-line"),
                new Removal("อ่านให้ฟัง", "reader-prompt")), article.removed());
        assertTrue(article.text().contains("กระทรวงการต่างประเทศ กัมพูชา"), article.text());
    }

    @Test
    void theCaptionKeepsItsCreditAndTheSourceLineNamesTheOutlet() {
        Caption caption = article.captions().get(0);
        assertEquals("นายกรัฐมนตรีตรวจพื้นที่ชายแดน", caption.text());
        assertEquals("รอยเตอร์ส", caption.credit());
        assertEquals("สำนักข่าวไทย", article.attribution().sourceOutlet());
    }

    @Test
    void aPersonNamedAfterHerRoleHasTheRole() {
        Entity person = entity("แพทองธาร ชินวัตร");
        assertEquals(Entity.Type.PERSON, person.type());
        assertEquals("prime minister", person.role());
        assertTrue(article.entities().stream().noneMatch(e -> e.type() == Entity.Type.PERSON
                && e.text().contains("กล่าว")), article.entities().toString());
    }

    @Test
    void aMinistryTakesTheCountryWrittenAfterIt() {
        Entity ministry = entity("กระทรวงการต่างประเทศ กัมพูชา");
        assertEquals(Entity.Type.ORG, ministry.type());
        assertEquals("KHM", ministry.country());
    }

    @Test
    void buddhistEraYearsClockTimesAndRelativeDaysAreNormalised() {
        Map<String, String> times = new LinkedHashMap<>();
        for (TimeExpression t : article.times()) {
            times.put(article.text().substring(t.start(), t.end()), t.value());
        }
        assertEquals("2025-05-07", times.get("วันที่ 7 พฤษภาคม 2568"), times.toString());
        assertEquals("2025-05-07", times.get("เมื่อวานนี้"), times.toString());
        assertEquals("2025-05-09T17:00", times.get("เวลา 17.00 น. พรุ่งนี้"), times.toString());
        assertEquals("PT3H", times.get("3 ชั่วโมง"), times.toString());
    }

    private static Entity entity(String text) {
        return article.entities().stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text + " in " + article.entities()));
    }
}
