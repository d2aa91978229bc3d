package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;

/**
 * The overview on the hand-annotated sample articles (14, 18 and 20 February 2025), an older English article about
 * Lavrov (10 January, in the period before the default one) and two undated Vietnamese articles.
 */
class OverviewTest {
    static final String ORG = "Q1575519";
    @TempDir
    static Path dir;
    static ArticleIndex index;
    static Overview overview;

    static Article older() {
        String text = "Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Friday that talks with "
                + "Washington could resume soon.\n\nLavrov did not say when or where such talks could take place.";
        Article a = Warta.process(SampleArticles.raw("en-lavrov-january", text, "Lavrov on talks", "2025-01-10",
                "https://news.example.com/world/lavrov-january", null));
        return new SampleArticles.Annotator(a).person("Sergei Lavrov", SampleArticles.LAVROV, "foreign minister", "RUS")
                .place("Moscow", "Q649", "RUS").build();
    }

    @BeforeAll
    static void open() {
        index = ArticleIndex.open(dir.resolve("data"));
        index.put(older());
        index.put(SampleArticles.seed());
        index.put(SampleArticles.english());
        index.put(SampleArticles.hostile());
        SampleArticles.vietnamese(2).forEach(index::put);
        index.commit();
        overview = new Overview(new ArticleSearcher(index, null));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static OverviewRequest request(LocalDate from, LocalDate to, int days, boolean all, String... langs) {
        return new OverviewRequest(from, to, days, all, List.of(langs), 10);
    }

    static Map<String, OverviewResult.Trend> byKey(List<OverviewResult.Trend> trends) {
        return trends.stream().collect(Collectors.toMap(OverviewResult.Trend::key, t -> t));
    }

    @Test
    void theDefaultPeriodIsTheThirtyDaysEndingAtTheNewestArticleAgainstTheThirtyBefore() {
        OverviewResult r = overview.of(OverviewRequest.recent());
        assertEquals(LocalDate.parse("2025-01-22"), r.from());
        assertEquals(LocalDate.parse("2025-02-20"), r.to());
        assertEquals(LocalDate.parse("2024-12-23"), r.previousFrom());
        assertEquals(LocalDate.parse("2025-01-21"), r.previousTo());
        assertEquals(3, r.articles());
        assertEquals(2, r.undated(), "the undated Vietnamese articles are counted apart");
    }

    @Test
    void volumeHasEveryDayOfThePeriodWithItsArticlesPerLanguage() {
        OverviewResult r = overview.of(OverviewRequest.recent());
        assertEquals("day", r.bucket());
        assertEquals(30, r.volume().size());
        assertEquals("2025-01-22", r.volume().get(0).label());
        Map<String, OverviewResult.Bucket> byDay = r.volume().stream()
                .collect(Collectors.toMap(OverviewResult.Bucket::label, b -> b));
        assertEquals(Map.of("id", 1L), byDay.get("2025-02-14").counts());
        assertEquals(Map.of("en", 1L), byDay.get("2025-02-18").counts());
        assertEquals(0, byDay.get("2025-02-15").total());
        assertEquals(3, r.volume().stream().mapToLong(OverviewResult.Bucket::total).sum());
        assertEquals(List.of("en", "id"), r.languages().stream().map(OverviewResult.LanguageCount::language).toList());
        assertEquals(2, r.languages().get(0).articles());
    }

    @Test
    void peopleOrganisationsAndCountriesCountThePeriodAndThePeriodBefore() {
        OverviewResult r = overview.of(OverviewRequest.recent());
        OverviewResult.Trend lavrov = r.people().get(0);
        assertEquals(SampleArticles.LAVROV, lavrov.key());
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals(3, lavrov.articles());
        assertEquals(1, lavrov.before(), "the January article is in the period before");
        OverviewResult.Trend rubio = byKey(r.people()).get(SampleArticles.RUBIO);
        assertEquals(2, rubio.articles());
        assertEquals(0, rubio.before());
        assertTrue(r.people().stream().allMatch(t -> t.type().equals("PERSON")));
        assertEquals(List.of(ORG), r.organisations().stream().map(OverviewResult.Trend::key).toList());
        OverviewResult.Trend russia = r.countries().get(0);
        assertEquals("RUS", russia.key());
        assertEquals("Russia", russia.name());
        assertEquals(3, russia.articles());
        assertEquals(1, russia.before());
        assertEquals(3L, r.countryMentions().get("RUS"));
        assertEquals(2L, r.countryMentions().get("USA"));
        assertEquals(1L, r.countryMentions().get("SAU"));
    }

    @Test
    void eventsCountPerActorCountryByTheEventsOwnDay() {
        // Two events of 12 February and one of 18 February in the period; the one of 19 March is after it.
        OverviewResult r = overview.of(OverviewRequest.recent());
        assertEquals(Map.of("RUS", 3L, "USA", 3L), r.countryEvents());
        OverviewResult wider = overview.of(request(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-03-31"), 30,
                false));
        assertEquals(Map.of("RUS", 4L, "USA", 4L), wider.countryEvents());
    }

    @Test
    void aLanguageFilterCountsOnlyItsArticlesAndTheirEvents() {
        OverviewResult r = overview.of(request(null, null, 30, false, "en"));
        assertEquals(2, r.articles());
        assertEquals(Map.of("RUS", 1L, "USA", 1L), r.countryEvents());
        assertEquals(2, byKey(r.people()).get(SampleArticles.LAVROV).articles());
        assertEquals(0, r.undated());
        assertTrue(r.volume().stream().allMatch(b -> !b.counts().containsKey("id")));
        OverviewResult vi = overview.of(request(null, null, 30, false, "vi"));
        assertNull(vi.from(), "no Vietnamese article is dated");
        assertEquals(2, vi.undated());
        assertTrue(vi.volume().isEmpty());
    }

    @Test
    void storiesAreRankedBySizeInThePeriodAndByGrowthOverThePeriodBefore() {
        OverviewResult r = overview.of(new OverviewRequest(null, null, 30, false, List.of(), 100));
        assertFalse(r.largest().isEmpty());
        assertEquals(3, r.largest().stream().mapToLong(OverviewResult.StoryTrend::articles).sum(),
                "every article of the period is in one story");
        for (int i = 1; i < r.largest().size(); i++) {
            assertTrue(r.largest().get(i - 1).articles() >= r.largest().get(i).articles());
        }
        assertTrue(r.largest().stream().allMatch(s -> s.title() != null && s.size() >= s.articles()));
        assertFalse(r.growing().isEmpty());
        for (int i = 0; i < r.growing().size(); i++) {
            OverviewResult.StoryTrend s = r.growing().get(i);
            assertTrue(s.articles() > s.before(), s.toString());
            if (i > 0) {
                OverviewResult.StoryTrend p = r.growing().get(i - 1);
                assertTrue(p.articles() - p.before() >= s.articles() - s.before());
            }
        }
        OverviewResult before = overview.of(request(LocalDate.parse("2024-12-23"), LocalDate.parse("2025-01-21"),
                30, false));
        assertEquals(1, before.largest().size());
        assertEquals(1, before.largest().get(0).articles());
    }

    @Test
    void allCoversEveryDatedArticleAndALongPeriodIsCountedPerMonth() {
        OverviewResult all = overview.of(request(null, null, 30, true));
        assertEquals(LocalDate.parse("2025-01-10"), all.from());
        assertEquals(LocalDate.parse("2025-02-20"), all.to());
        assertEquals(4, all.articles());
        OverviewResult year = overview.of(request(LocalDate.parse("2024-03-01"), LocalDate.parse("2025-02-20"), 30,
                false));
        assertEquals("month", year.bucket());
        assertEquals(12, year.volume().size());
        assertEquals("2024-03", year.volume().get(0).label());
        assertEquals(Map.of("en", 2L, "id", 1L), year.volume().get(11).counts());
        assertEquals(Map.of("en", 1L), year.volume().get(10).counts());
    }
}
