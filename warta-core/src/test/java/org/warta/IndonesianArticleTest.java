package org.warta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Hints;
import org.warta.model.Quote;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.model.Source;
import org.warta.model.TimeExpression;
import org.warta.testing.Fixtures;

/**
 * The whole pipeline on an Indonesian article written for the tests with the traits of the seed article and of
 * re-published news: a photo caption with its credit, an ad placeholder, a source line naming the outlet it was
 * translated from, a comment counter, spacing slips, a full date and a year, ministers and presidents named with
 * their office, reported and mutual events. The seed itself is checked by the evaluation tests (SeedArticleTest,
 * SeedEntitiesTest, SeedTimesTest, SeedEventsTest) where the shared data is present.
 */
class IndonesianArticleTest {
    private static final String CAPTION = "Menteri Luar Negeri Rusia Sergei Lavrov (kanan) berbicara melalui telepon "
            + "dengan Menteri Luar Negeri AS Marco Rubio dari kantornya di Moskow.";
    private static final String SOURCE_URL =
            "https://www.baotinmau.vn/the-gioi/nga-my-noi-lai-kenh-lien-lac-20250213.html";
    private static String text;
    private static Article article;
    private static Article referenced;

    @BeforeAll
    static void process() {
        text = Fixtures.text(Fixtures.ARTICLE_ID);
        article = Warta.process(new RawDocument(text, RawDocument.TEXT, Source.ofText(Fixtures.ARTICLE_ID), Hints.NONE));
        referenced = Warta.pipeline(new WartaOptions(LocalDate.of(2025, 2, 14))).process(RawDocument.ofText(text));
    }

    @Test
    void languageIsIndonesianAndNoStageFailed() {
        assertEquals("id", article.language().code());
        assertTrue(article.warnings().stream().noneMatch(w -> w.code().equals("stage-failed")), article.warnings().toString());
    }

    @Test
    void theAdPlaceholderAndTheCommentCounterAreTheBoilerplate() {
        List<Removal> boilerplate = article.removed().stream()
                .filter(r -> !List.of("caption", "source-line").contains(r.reason())).toList();
        assertEquals(List.of(new Removal("[iklan_1]", "ad-placeholder"), new Removal("Komentar (0)", "comment-counter")),
                boilerplate);
    }

    @Test
    void captionTextAndCredit() {
        assertEquals(List.of(new Caption(CAPTION, "Kementerian Luar Negeri Rusia")), article.captions());
        assertFalse(article.text().contains("(Foto:"));
    }

    @Test
    void theSourceLineBecomesTheAttribution() {
        assertEquals(SOURCE_URL, article.attribution().sourceUrl());
        assertEquals("baotinmau.vn", article.attribution().sourceOutlet());
        assertFalse(article.text().contains("Sumber:"));
    }

    @Test
    void slipsAreRepairedAndTheBodyIsKept() {
        assertEquals(7, article.paragraphSpans().size());
        assertTrue(article.text().startsWith("Kementerian Luar Negeri Rusia menyatakan"), article.text());
        assertTrue(article.text().contains("perdagangan, energi, dan penerbangan"), article.text());
        assertTrue(article.text().endsWith("belum terselesaikan."), article.text());
        for (String gone : List.of("perdagangan ,", "terselesaikan .", "[iklan_1]", "Komentar (0)")) {
            assertFalse(article.text().contains(gone), "still there: " + gone);
        }
    }

    @Test
    void personsWithTheirRoleAndCountry() {
        assertPerson("Sergei Lavrov", List.of("foreign minister"), "RUS");
        assertPerson("Marco Rubio", List.of("foreign minister", "secretary of state"), "USA");
        assertPerson("Vladimir Putin", List.of("president"), "RUS");
        assertPerson("Donald Trump", List.of("president"), "USA");
        assertPerson("Barack Obama", List.of(), "USA");
        assertEquals("Sergei Lavrov", find("Lavrov", Entity.Type.PERSON).canonical(), "a short mention links to the full name");
        for (Entity e : article.entities()) {
            assertEquals(e.text(), article.text().substring(e.start(), e.end()), e.toString());
        }
    }

    @Test
    void organisationsAndPlacesWithTheirCountry() {
        Entity mfa = find("Kementerian Luar Negeri Rusia", Entity.Type.ORG);
        assertEquals("Ministry of Foreign Affairs of Russia", mfa.canonical());
        assertEquals("RUS", mfa.country());
        assertEquals("RUS", find("Kremlin", Entity.Type.ORG).country());
        String[][] places = {{"Rusia", "RUS"}, {"AS", "USA"}, {"Amerika Serikat", "USA"}, {"Moskow", "RUS"},
                {"Washington", "USA"}, {"Ukraina", "UKR"}, {"Jakarta", "IDN"}};
        for (String[] p : places) {
            Entity e = find(p[0], Entity.Type.GPE);
            assertEquals(p[1], e.country(), e.toString());
        }
    }

    @Test
    void timesWithoutAReferenceDate() {
        List<String> times = pairs(article);
        assertTrue(times.contains("12 Februari 2025=2025-02-12"), "a full date needs no reference: " + times);
        assertTrue(times.contains("tahun 2016=2016"), times.toString());
    }

    @Test
    void timesWithTheReferenceDate() {
        List<String> times = pairs(referenced);
        assertTrue(times.contains("12 Februari 2025=2025-02-12"), times.toString());
        assertTrue(times.contains("tahun 2016=2016"), times.toString());
        assertTrue(times.contains("beberapa minggu ke depan=FUTURE_REF"), times.toString());
        for (TimeExpression t : referenced.times()) {
            assertEquals(t.text(), referenced.text().substring(t.start(), t.end()), "offsets index into the clean text");
        }
    }

    @Test
    void theCaptionsPhoneCallIsAnEventWithTheCaptionAsEvidence() {
        Event call = find("041", "RUSGOV", "USAGOV", Event::fromCaption);
        assertEquals(0, call.caption());
        assertEquals(CAPTION, call.evidence(referenced));
        assertEquals("Sergei Lavrov", call.actor1().name());
        assertEquals("Marco Rubio", call.actor2().name());
        assertEquals(Event.Status.ASSERTED, call.status());
    }

    @Test
    void thePresidentsCallIsDatedAndTheMinistersCallIsReported() {
        Event presidents = find("041", "RUSGOV", "USAGOV", e -> "Vladimir Putin".equals(e.actor1().name()));
        assertEquals("2025-02-12", presidents.date());
        assertEquals("Donald Trump", presidents.actor2().name());
        assertTrue(presidents.evidence(referenced).contains("melakukan panggilan telepon"));
        assertEquals(1, presidents.quadClass());
        // the caption and the text tell the ministers' call: one event, with the source the text names
        Event ministers = find("041", "RUSGOV", "USAGOV", e -> "Sergei Lavrov".equals(e.actor1().name()));
        assertEquals("Ministry of Foreign Affairs of Russia", ministers.reportedBy());
        assertTrue(ministers.mutual(), "a phone call is between the two");
    }

    @Test
    void theMinistersAgreeToReopenTheirChannel() {
        Event agree = find("036", "RUSGOV", "USAGOV", e -> e.evidence(referenced).contains("sepakat untuk membuka kembali"));
        assertEquals("03", agree.rootCode());
        assertEquals("Sergei Lavrov", agree.actor1().name(), "'kedua menteri' are the ministers, not the presidents");
        assertEquals("Marco Rubio", agree.actor2().name());
        assertEquals(Event.Status.ASSERTED, agree.status());
    }

    @Test
    void whatTheKremlinSaysIsAnIndirectQuote() {
        Quote q = referenced.quotes().stream().filter(x -> "Kremlin".equals(x.speaker())).findFirst()
                .orElseThrow(() -> new AssertionError(referenced.quotes().toString()));
        assertFalse(q.direct());
        assertTrue(q.text().startsWith("tim ahli dari kedua pihak"), q.text());
        assertEquals(q.text(), referenced.text().substring(q.start(), q.end()));
    }

    private static void assertPerson(String name, List<String> roles, String country) {
        List<Entity> mentions = article.entities().stream()
                .filter(e -> e.type() == Entity.Type.PERSON && name.equals(e.canonical())).toList();
        assertFalse(mentions.isEmpty(), "no mention of " + name + " in\n" + seen());
        for (Entity e : mentions) {
            assertEquals(country, e.country(), e.toString());
            if (!roles.isEmpty()) {
                assertTrue(roles.contains(e.role()), e + " should have a role among " + roles);
            }
        }
    }

    private static Entity find(String surface, Entity.Type type) {
        return article.entities().stream().filter(e -> e.text().equals(surface) && e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + surface + " in\n" + seen()));
    }

    private static Event find(String code, String actor1, String actor2, Predicate<Event> also) {
        Optional<Event> found = referenced.events().stream().filter(e -> e.code().equals(code)
                && e.actor1() != null && actor1.equals(e.actor1().code())
                && e.actor2() != null && actor2.equals(e.actor2().code()) && also.test(e)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + code + " " + actor1 + " " + actor2 + " in "
                + referenced.events()));
    }

    private static List<String> pairs(Article a) {
        return a.times().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.toList());
    }

    private static String seen() {
        return article.entities().stream().map(Entity::toString).collect(Collectors.joining("\n"));
    }
}
