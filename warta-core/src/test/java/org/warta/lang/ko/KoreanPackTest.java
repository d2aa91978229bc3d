package org.warta.lang.ko;

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
 * The Korean pack through the whole pipeline, on a news item written for the test: particles written onto nouns
 * (미국과의, 정부는), dates written 2025년 5월 7일, 7일 and 지난 6일, relative words (다음 주, 지난해, 두 달), and a
 * page's leftovers (a caption ending in its agency, related link, comment counter, share button, copyright notice,
 * the reporter's sign-off).
 */
class KoreanPackTest {
    private static Article article;

    @BeforeAll
    static void process() throws IOException {
        try (InputStream in = KoreanPackTest.class.getResourceAsStream("article.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            article = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 5, 8))).process(RawDocument.ofText(text));
        }
    }

    @Test
    void theArticleIsReadAsKorean() {
        assertEquals("ko", article.language().code());
    }

    @Test
    void pageLeftoversAreRemovedWithTheirReasons() {
        assertEquals(List.of(
                new Removal("서울에서 회담하는 양국 외교장관. AFP 연합뉴스", "caption"),
                new Removal("관련기사: 한미 정상 통화", "related-link"),
                new Removal("댓글 3", "comment-counter"),
                new Removal("공유하기", "share-prompt"),
                new Removal("※ 저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지", "copyright"),
                new Removal("김민수 기자 minsu@news1.kr", "byline")), article.removed());
        assertTrue(article.text().contains("네팔 정부는 지난 6일"), article.text());
    }

    @Test
    void anEnglishLineEndingInAnAgencyIsNoKoreanCaption() {
        String text = "Israel struck sites in Iran overnight, officials said.\n\n"
                + "Site of the Israeli attack in Iran. AFP\n\n"
                + "Iran said its air defences had intercepted several missiles over the capital.";
        Article english = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 6, 14))).process(RawDocument.ofText(text));
        assertEquals(List.of(), english.removed());
        assertTrue(english.text().contains("Site of the Israeli attack in Iran. AFP"), english.text());
    }

    @Test
    void organisationsEndBeforeTheirParticles() {
        assertTrue(article.entities().stream().noneMatch(e -> e.type() != Entity.Type.PERSON
                && (e.text().endsWith("정부는") || e.text().endsWith("과의"))), article.entities().toString());
    }

    @Test
    void theCaptionKeepsItsAgencyAsCredit() {
        Caption caption = article.captions().get(0);
        assertTrue(caption.text().startsWith("서울에서 회담하는 양국 외교장관"), caption.text());
        assertEquals("AFP 연합뉴스", caption.credit());
    }

    @Test
    void organisationsAndCountriesAreFoundThroughTheirParticles() {
        Entity ministry = entity("중국 외교부");
        assertEquals(Entity.Type.ORG, ministry.type());
        assertEquals("CHN", ministry.country());
        assertTrue(article.entities().stream().anyMatch(e -> "government/NPL".equals(e.kbId())),
                article.entities().toString());
        assertTrue(article.entities().stream().anyMatch(e -> "country/USA".equals(e.kbId())),
                article.entities().toString());
    }

    @Test
    void theWordsAfterARoleAreNoName() {
        // Korean writes the role after the name (대변인은 7일 ...): what follows a role is the rest of the clause
        assertTrue(article.entities().stream().noneMatch(e -> e.type() == Entity.Type.PERSON
                && e.text().chars().anyMatch(Character::isDigit)), article.entities().toString());
    }

    @Test
    void datesAndRelativeWordsAreNormalised() {
        Map<String, String> times = new LinkedHashMap<>();
        for (TimeExpression t : article.times()) {
            times.put(article.text().substring(t.start(), t.end()), t.value());
        }
        assertEquals("2025-05-07", times.get("7일"), times.toString());
        assertEquals("2025-05-07", times.get("2025년 5월 7일"), times.toString());
        assertEquals("2025-W20", times.get("다음 주"), times.toString());
        assertEquals("2024", times.get("지난해"), times.toString());
        assertEquals("P2M", times.get("두 달 동안"), times.toString());
        assertEquals("2025-05-06", times.get("지난 6일"), times.toString());
    }

    private static Entity entity(String text) {
        return article.entities().stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text + " in " + article.entities()));
    }
}
