package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search over articles. Values within one filter are alternatives (OR); filters combine with AND.
 *
 * @param query     a query in the syntax of docs/search.md; blank matches every article
 * @param languages ISO 639-1 codes
 * @param countries ISO 3166-1 alpha-3 codes of the countries an article is about
 * @param entities  entity keys (kb ids, or "name:" and a folded name)
 * @param events    CAMEO root or full event codes
 * @param outlets   outlet names or hosts
 * @param from      first publication day, inclusive, or null
 * @param to        last publication day, inclusive, or null
 * @param limit     hits per page
 * @param cursor    the next-page cursor of the previous page, or null for the first page
 * @param order     relevance or newest first; null chooses relevance for a query and date without one
 * @param facets    whether to count facet values over all matches
 * @param snippets  whether to add a text passage that shows the matched words
 */
public record SearchRequest(String query, List<String> languages, List<String> countries, List<String> entities,
                            List<String> events, List<String> outlets, LocalDate from, LocalDate to, int limit,
                            String cursor, Order order, boolean facets, boolean snippets) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_QUERY_CHARS = 2000;

    public enum Order { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        languages = clean(languages);
        countries = clean(countries);
        entities = clean(entities);
        events = clean(events);
        outlets = clean(outlets);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("the query has " + query.length() + " characters; at most "
                    + MAX_QUERY_CHARS + " are allowed");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, 10, null, null, true, false);
    }

    public SearchRequest withCursor(String next) {
        return new SearchRequest(query, languages, countries, entities, events, outlets, from, to, limit, next, order,
                facets, snippets);
    }

    public Order effectiveOrder() {
        return order != null ? order : query.isEmpty() ? Order.DATE : Order.RELEVANCE;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
