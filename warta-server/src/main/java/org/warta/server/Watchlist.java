package org.warta.server;

import java.util.List;
import java.util.Map;

/**
 * A saved search that an analyst follows: its name and the query parameters of {@code /api/articles} and
 * {@code /api/events} it runs (see {@link QueryParams}).
 *
 * @param id      short and random, used in its addresses
 * @param created when it was made, ISO-8601 UTC
 * @param params  the search and event parameters, cleaned
 */
record Watchlist(String id, String name, String created, Map<String, List<String>> params) {
    Watchlist {
        params = params == null ? null : Map.copyOf(params);
    }
}
