package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The country-pair view's data ({@code /api/events}) on the bundled examples, posted without publication dates: the
 * RUS↔USA events carry resolved days (their own, or the date their article's text states), the timeline holds them
 * with a Goldstein average per month, and the pages of the table add up to the total.
 */
class EventTimelinesApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PAIR = "api/events?actor1=RUS&actor2=USA&both=true";
    static final String CHINA_US = "api/events?actor1=CHN&actor2=USA&both=true";
    static final String CHINA_VIETNAM = "api/events?actor1=CHN&actor2=VNM&both=true";
    @TempDir
    static Path data;
    static PostedIndex served;

    @BeforeAll
    static void start() throws Exception {
        served = PostedIndex.start(data, BundledExamples.textsAndStory());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static JsonNode get(String path) throws Exception {
        return served.ok(path);
    }

    @Test
    void russiaUnitedStatesEventsHaveResolvedDays() throws Exception {
        JsonNode res = get(PAIR + "&limit=100");
        assertTrue(res.path("total").asLong() >= 1, res.toString());
        assertResolved(res);
        // the Russian report of the Riyadh talks gives no publication date, only "18 февраля 2025 года" in its lead
        assertTrue(hasEventOn(res, "example-ru-lavrov-rubio-riyadh", "2025-02-18"), res.path("events").toString());
    }

    /** Each event has a day or none at all: never a partial value such as "XXXX-02-07" or a bare year. */
    private static void assertResolved(JsonNode res) {
        for (JsonNode e : res.path("events")) {
            if (e.path("day").isNull()) {
                assertTrue(e.path("day_from").isNull(), e.toString());
                continue;
            }
            String day = e.path("day").asText("");
            assertTrue(day.matches("\\d{4}-\\d{2}-\\d{2}"), "a resolved day, not '" + day + "': " + e);
            assertTrue(Set.of("event", "event_month", "event_year_from_article", "article")
                    .contains(e.path("day_from").asText()), e.toString());
        }
    }

    @Test
    void eventsWithNoDayAnywhereAreCountedBesideTheTimeline() throws Exception {
        // the Chinese report's events say "12日" and "4月" but its text never gives a year
        JsonNode res = get(CHINA_US + "&limit=100");
        assertResolved(res);
        long charted = 0;
        for (JsonNode m : res.path("timeline")) {
            charted += m.path("total").asLong();
        }
        assertTrue(res.path("undated").asLong() >= 1, res.toString());
        assertTrue(charted >= 1, "the dated ones are charted: " + res);
        // the Malay report of 17 April 2025: the United States imposes tariffs (CAMEO 163, Goldstein -6.5)
        assertEquals(-6.5, monthOf(res, "2025-04").path("goldstein_average").asDouble(), 1e-9, res.toString());
        assertEquals(res.path("total").asLong(), charted + res.path("undated").asLong(), res.toString());
    }

    private static boolean hasEventOn(JsonNode res, String article, String day) {
        for (JsonNode e : res.path("events")) {
            if (e.path("article_id").asText().equals(article) && e.path("day").asText().equals(day)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theTimelineCountsEveryDatedEventWithAGoldsteinAveragePerMonth() throws Exception {
        JsonNode res = get(PAIR + "&limit=1");
        long charted = 0;
        for (JsonNode m : res.path("timeline")) {
            assertTrue(m.path("month").asText().matches("\\d{4}-\\d{2}"), m.toString());
            long quads = m.path("verbal_cooperation").asLong() + m.path("material_cooperation").asLong()
                    + m.path("verbal_conflict").asLong() + m.path("material_conflict").asLong();
            assertTrue(quads > 0 && quads <= m.path("total").asLong(), m.toString());
            double g = m.path("goldstein_average").asDouble(Double.NaN);
            assertTrue(g >= -10 && g <= 10, "a Goldstein average on the scale: " + m);
            charted += m.path("total").asLong();
        }
        assertTrue(res.path("timeline").size() > 0, res.toString());
        assertEquals(res.path("total").asLong(), charted + res.path("undated").asLong(), res.toString());
        assertEquals(0, res.path("undated").asLong(), "every RUS-USA example article has a date: " + res);
        JsonNode feb = monthOf(res, "2025-02");
        assertTrue(feb != null && feb.path("total").asLong() > 0, res.path("timeline").toString());
        // Lavrov and Rubio met (CAMEO 040, Goldstein 1.0)
        assertEquals(1.0, feb.path("goldstein_average").asDouble(), 1e-9, feb.toString());
    }

    private static JsonNode monthOf(JsonNode res, String month) {
        for (JsonNode m : res.path("timeline")) {
            if (m.path("month").asText().equals(month)) {
                return m;
            }
        }
        return null;
    }

    @Test
    void theTablePagesThroughEveryEventOnce() throws Exception {
        long total = get(CHINA_VIETNAM + "&limit=1").path("total").asLong();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(CHINA_VIETNAM + "&limit=4" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            for (JsonNode e : page.path("events")) {
                assertTrue(seen.add(e.path("article_id").asText() + "#" + e.path("index").asInt()), e.toString());
            }
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText(null);
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(total, seen.size());
        assertTrue(pages > 1);
    }

    @Test
    void aRootFilterKeepsItsEventsAndTheirMonths() throws Exception {
        JsonNode all = get(CHINA_VIETNAM + "&limit=100");
        String root = all.path("by_root").fieldNames().next();
        JsonNode one = get(CHINA_VIETNAM + "&limit=100&root=" + root);
        assertEquals(all.path("by_root").path(root).asLong(), one.path("total").asLong(), one.toString());
        for (JsonNode e : one.path("events")) {
            assertEquals(root, e.path("root").asText(), e.toString());
        }
        assertFalse(one.path("timeline").isEmpty());
        assertNull(one.get("error"));
    }
}
