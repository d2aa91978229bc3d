package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search for stories: the stories of the articles that match. Values within one filter are alternatives (OR);
 * filters combine with AND.
 *
 * @param query     words to find in the articles, as a search (docs/search.md); blank matches every article
 * @param languages ISO 639-1 codes of the matching articles
 * @param countries ISO 3166-1 alpha-3 codes of the countries the matching articles are about
 * @param entities  entity keys (kb ids, or "name:" and a folded name)
 * @param from      first publication day of a matching article, inclusive, or null
 * @param to        last publication day of a matching article, inclusive, or null
 * @param order     newest (latest article first) or largest (most articles first)
 * @param limit     stories per page
 * @param cursor    the next-page cursor of the previous page, or null
 */
public record StoryRequest(String query, List<String> languages, List<String> countries, List<String> entities,
                           LocalDate from, LocalDate to, Order order, int limit, String cursor) {
    public static final int MAX_LIMIT = 200;

    public enum Order { NEWEST, LARGEST }

    public StoryRequest {
        order = order == null ? Order.NEWEST : order;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The article search whose matches' stories are wanted. */
    SearchRequest articles() {
        return new SearchRequest(query, languages, countries, entities, null, null, from, to, 1, null, null, false,
                false);
    }
}
