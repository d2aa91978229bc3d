package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quote;
import org.warta.model.TimeExpression;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The seed article's four events, with entity and time layers made by hand as the entities and times stages give
 * them, so the event coder is tested on its own.
 */
@SharedData("seed/lavrov-rubio-id.txt")
class SeedEventsTest {
    private static Article article;

    @BeforeAll
    static void codeSeed() throws IOException {
        Path seed = Shared.path("seed/lavrov-rubio-id.txt");
        Article a = EventTestSupport.prepared(Files.readString(seed, StandardCharsets.UTF_8), "id");
        List<Entity> e = new ArrayList<>();
        e.addAll(EventTestSupport.everywhere(a, "Sergei Lavrov", Entity.Type.PERSON, "Sergei Lavrov", "foreign minister", "RUS"));
        e.addAll(EventTestSupport.everywhere(a, "Marco Rubio", Entity.Type.PERSON, "Marco Rubio", "secretary of state", "USA"));
        e.addAll(EventTestSupport.everywhere(a, "Vladimir Putin", Entity.Type.PERSON, "Vladimir Putin", "president", "RUS"));
        e.addAll(EventTestSupport.everywhere(a, "Donald Trump", Entity.Type.PERSON, "Donald Trump", "president", "USA"));
        e.add(EventTestSupport.entity(a, "Putin menyebutkan", Entity.Type.PERSON, "Vladimir Putin", "president", "RUS"));
        e.add(EventTestSupport.entity(a, "Trump bahwa", Entity.Type.PERSON, "Donald Trump", "president", "USA"));
        e.add(EventTestSupport.entity(a, "Obama", Entity.Type.PERSON, "Barack Obama", null, "USA"));
        e.add(EventTestSupport.entity(a, "Kementerian Luar Negeri Rusia", Entity.Type.ORG, "Ministry of Foreign Affairs of Russia", null, "RUS"));
        e.add(EventTestSupport.entity(a, "Kremlin", Entity.Type.ORG, "Kremlin", null, "RUS"));
        e.add(EventTestSupport.entity(a, "Truth Social", Entity.Type.ORG, "Truth Social", null, "USA"));
        e.add(EventTestSupport.entity(a, "Moskow", Entity.Type.GPE, "Moscow", null, "RUS"));
        e.add(EventTestSupport.entity(a, "Washington", Entity.Type.GPE, "Washington", null, "USA"));
        e.add(EventTestSupport.entity(a, "Amerika Serikat", Entity.Type.GPE, "United States", null, "USA"));
        e.addAll(EventTestSupport.everywhere(a, "Ukraina", Entity.Type.GPE, "Ukraine", null, "UKR"));
        e.add(EventTestSupport.entity(a, "Palestina", Entity.Type.GPE, "Palestine", null, "PSE"));
        e.sort(java.util.Comparator.comparingInt(Entity::start));
        List<TimeExpression> times = List.of(
                EventTestSupport.time(a, "12 Februari", "2025-02-12"),
                new TimeExpression(a.text().indexOf("12 Februari", a.text().indexOf("Sebelumnya")),
                        a.text().indexOf("12 Februari", a.text().indexOf("Sebelumnya")) + 11, "12 Februari", "2025-02-12", "DATE"),
                EventTestSupport.time(a, "tahun 2016", "2016"),
                EventTestSupport.time(a, "dalam waktu dekat", "FUTURE_REF"));
        article = EventTestSupport.code(a, e, times.stream().sorted(java.util.Comparator.comparingInt(TimeExpression::start)).toList(),
                LocalDate.of(2025, 2, 14));
    }

    private static Optional<Event> find(String code, String actor1, String actor2, java.util.function.Predicate<Event> also) {
        return article.events().stream().filter(e -> e.code().equals(code)
                && actor1.equals(EventTestSupport.code(e.actor1())) && actor2.equals(EventTestSupport.code(e.actor2()))
                && also.test(e)).findFirst();
    }

    @Test
    void captionPhoneCallIsCodedWithTheCaptionAsEvidence() {
        Event call = find("041", "RUSGOV", "USAGOV", Event::fromCaption).orElseThrow(
                () -> new AssertionError("no 041 from the caption in " + EventTestSupport.described(article)));
        assertEquals(0, call.caption());
        assertEquals("Menteri Luar Negeri Rusia Sergei Lavrov (kiri) dan mitranya dari AS, Marco Rubio, berbincang melalui telepon.",
                call.evidence(article));
        assertEquals("04", call.rootCode());
        assertEquals(Event.Status.ASSERTED, call.status());
    }

    @Test
    void putinTrumpCallIsDatedTwelveFebruary() {
        Event call = find("041", "RUSGOV", "USAGOV", e -> !e.fromCaption() && "2025-02-12".equals(e.date()))
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(article).toString()));
        assertTrue(call.evidence(article).contains("panggilan telepon"), call.evidence(article));
        assertEquals(1, call.quadClass());
        assertEquals(1.0, call.goldstein());
    }

    @Test
    void ministersSupportAnExpertMeeting() {
        // the ministers' intents to cooperate (to meet, to work together) are one event of root 03 between them,
        // told by its best-supported mention
        Event meet = article.events().stream().filter(e -> e.rootCode().equals("03")
                        && e.actor1() != null && "Sergei Lavrov".equals(e.actor1().name())).findFirst()
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(article).toString()));
        assertEquals("03", meet.rootCode());
        assertEquals(Event.Status.ASSERTED, meet.status());
        assertEquals("2025-02-14", meet.date(), "the meeting is soon; the support is dated by the reference date");
    }

    @Test
    void obamaAdministrationSanctionsAreDated2016() {
        Event sanction = find("172", "USAGOV", "RUSGOV", e -> true)
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(article).toString()));
        assertEquals("2016", sanction.date());
        assertEquals(Event.Status.ASSERTED, sanction.status());
        assertEquals(4, sanction.quadClass());
        assertTrue(sanction.evidence(article).startsWith("Kedua menteri membahas"), sanction.evidence(article));
        assertEquals("Barack Obama", sanction.actor1().name());
        assertEquals("misi diplomatik Rusia", sanction.actor2().name());
    }

    @Test
    void theTwoMinistersAreLavrovAndRubio() {
        // "Kedua menteri membahas ..." is the ministers' conversation the caption tells: one event, not the presidents'
        assertTrue(article.events().stream().noneMatch(e -> e.evidence(article).startsWith("Kedua menteri membahas")
                && "Vladimir Putin".equals(e.actor1().name())), EventTestSupport.described(article).toString());
        Event discussion = find("041", "RUSGOV", "USAGOV", e -> "Sergei Lavrov".equals(e.actor1().name()))
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(article).toString()));
        assertEquals("Marco Rubio", discussion.actor2().name());
    }

    @Test
    void reportedSourcesAreKept() {
        assertTrue(article.events().stream().anyMatch(e -> "Kremlin".equals(e.reportedBy())),
                "an event of 'Menurut Kremlin, ...' is reported by the Kremlin");
        Event first = find("041", "RUSGOV", "USAGOV", e -> "2025-02-12".equals(e.date())).orElseThrow();
        assertEquals("Ministry of Foreign Affairs of Russia", first.reportedBy());
    }

    @Test
    void futureNegotiationsAreNotCodedAsDone() {
        Event talks = find("046", "RUS", "USA", e -> true)
                .orElseThrow(() -> new AssertionError(EventTestSupport.described(article).toString()));
        assertEquals(Event.Status.FUTURE, talks.status(), "'akan segera memulai negosiasi' has not happened yet");
    }

    @Test
    void trumpsPostIsAnIndirectQuote() {
        Quote q = article.quotes().stream().filter(x -> x.text().startsWith("Moskow dan Washington")).findFirst()
                .orElseThrow(() -> new AssertionError(article.quotes().toString()));
        assertFalse(q.direct());
        assertTrue(q.speaker().contains("pemimpin"), q.speaker());
        assertEquals(q.text(), article.text().substring(q.start(), q.end()));
    }
}
