package org.warta.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The index at a glance over one period, against the period of equal length just before it.
 *
 * @param from           first day of the period (null when no article is dated)
 * @param to             last day of the period
 * @param previousFrom   first day of the period before
 * @param previousTo     last day of the period before
 * @param bucket         what one volume bar counts: "day", "month" or "year"
 * @param articles       articles published in the period
 * @param undated        articles with no publication date at all (in no period; counted apart, not dropped)
 * @param languages      the languages of the period's articles, most articles first
 * @param volume         articles per bucket and language, every bucket of the period in order, empty ones too
 * @param largest        the stories with the most articles in the period
 * @param growing        the stories that gained the most articles over the period before
 * @param people         the people most mentioned in the period
 * @param organisations  the organisations most mentioned in the period
 * @param countries      the countries the most articles of the period are about
 * @param countryMentions articles of the period about each country (alpha-3), for the map
 * @param countryEvents  events of the period with an actor of each country
 * @param tookMs         time taken
 */
public record OverviewResult(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                             String bucket, long articles, long undated, List<LanguageCount> languages,
                             List<Bucket> volume, List<StoryTrend> largest, List<StoryTrend> growing,
                             List<Trend> people, List<Trend> organisations, List<Trend> countries,
                             Map<String, Long> countryMentions, Map<String, Long> countryEvents, double tookMs) {
    public record LanguageCount(String language, long articles) {
    }

    /**
     * The articles of one bar of the volume chart.
     *
     * @param start  its first day
     * @param label  the day, month (yyyy-MM) or year it covers
     * @param counts articles per language
     */
    public record Bucket(LocalDate start, String label, long total, Map<String, Long> counts) {
    }

    /**
     * A story in the period.
     *
     * @param size      its articles in the whole index
     * @param articles  its articles published in the period
     * @param before    its articles published in the period before
     * @param languages its articles' languages, most frequent first
     */
    public record StoryTrend(String id, String title, int size, long articles, long before, List<String> languages,
                             LocalDate lastSeen) {
    }

    /**
     * An entity or a country, with the articles of the period and of the period before that mention it.
     *
     * @param key  the entity key (kb id, or "name:" and a folded name) or the country's alpha-3 code
     * @param type the entity type (PERSON, ORG), or COUNTRY
     */
    public record Trend(String key, String name, String type, long articles, long before) {
    }
}
