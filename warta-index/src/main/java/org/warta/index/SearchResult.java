package org.warta.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total      every article that matches
 * @param hits       this page, best first
 * @param facets     per dimension, the most frequent values among all matches
 * @param nextCursor pass it back for the next page; null on the last page
 * @param tookMillis time the search took
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor,
                           double tookMillis) {

    /**
     * One matching article, summarised.
     *
     * @param score   the hit's relevance (BM25) to the query, whatever the order; null, and left out of JSON,
     *                when there is no query to score against
     * @param snippet a passage of the text as pieces, the matched words marked; empty when not asked for
     * @param story   its story now, or null for an article stored before stories were
     * @param similar with hits collapsed by story, the story's other matches; null (left out) otherwise
     * @param day      the day the article counts by in charts and date filters: its publication day, else a day its
     *                 text states in full; null when neither is known
     * @param dateFrom where {@code day} came from: "published" or "text"; null (left out) with no day
     */
    public record Hit(String id, @JsonInclude(JsonInclude.Include.NON_NULL) Float score, String title, String language, String published, String outlet,
                      String url, String preview, List<Piece> snippet, StoryBadge story,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Similar similar, String day,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("date_from") String dateFrom) {
    }

    /**
     * The story of a hit as it stands now (merges resolved).
     *
     * @param languages its articles' languages, most frequent first
     */
    public record StoryBadge(String id, int size, List<String> languages) {
    }

    /**
     * With hits collapsed by story: the other matches of the hit's story, "and 11 similar articles in 6 languages".
     *
     * @param languages their languages, most frequent first
     */
    public record Similar(int count, List<String> languages) {
    }

    /** A piece of a snippet: text, and whether it is a matched word. */
    public record Piece(String text, boolean match) {
    }

    /**
     * A facet value and the number of matching articles that have it.
     *
     * @param value what to filter by
     * @param label what to show (an entity's name; else the value)
     * @param type  an entity's type (PERSON, ORG, GPE, LOC), else null
     */
    public record FacetValue(String value, String label, String type, long count) {
    }
}
