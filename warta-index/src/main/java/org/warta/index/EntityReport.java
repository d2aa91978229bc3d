package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One entity across the index.
 *
 * @param key        its kb id (or "name:" and a folded name when it is not linked)
 * @param name       canonical name, as its newest mention gives it
 * @param articles   articles that mention it
 * @param undated    of those, articles with no publication date (not in the timeline)
 * @param timeline   articles mentioning it per publication day
 * @param cooccurring entities mentioned in the same articles, most frequent first, with the articles they share
 * @param recent     the newest articles that mention it
 */
public record EntityReport(String key, String name, String type, String role, String country, long articles,
                           long undated, List<DayCount> timeline, List<SearchResult.FacetValue> cooccurring,
                           List<SearchResult.Hit> recent) {
    public record DayCount(LocalDate day, long articles) {
    }
}
