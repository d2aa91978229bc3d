package org.warta.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.index.EventRequest;
import org.warta.index.SearchRequest;

/**
 * What a set of query parameters asks of the index, read as {@code /api/articles} and {@code /api/events} read
 * them: the search's words and filters, and the events query (actors, both directions, CAMEO roots). Kept apart from
 * a request so that a watchlist can store them and run them again.
 */
final class QueryParams {
    /** The parameters of a search over articles. */
    static final List<String> SEARCH = List.of("q", "lang", "country", "entity", "event", "outlet", "from", "to");
    /** The parameters of an events query. */
    static final List<String> EVENTS = List.of("actor1", "actor2", "actor", "both", "root");
    private static final Set<String> SINGLE = Set.of("q", "from", "to", "actor1", "actor2", "actor", "both");
    private static final int MAX_VALUES = 100;

    private QueryParams() {
    }

    /**
     * The search and event parameters among {@code raw}, each value stripped, comma-separated lists split, blanks
     * left out; throws {@link IllegalArgumentException} on a parameter given too many values.
     */
    static Map<String, List<String>> clean(Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : concat(SEARCH, EVENTS)) {
            List<String> values = new ArrayList<>();
            for (String v : raw.getOrDefault(name, List.of())) {
                if (v == null) {
                    continue;
                }
                if (SINGLE.contains(name)) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                } else {
                    Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
                }
            }
            if (values.size() > MAX_VALUES || (SINGLE.contains(name) && values.size() > 1)) {
                throw new IllegalArgumentException("too many values for '" + name + "'");
            }
            if (!values.isEmpty()) {
                out.put(name, List.copyOf(values));
            }
        }
        return out;
    }

    /** Whether the parameters hold an events query. */
    static boolean hasEvents(Map<String, List<String>> p) {
        return p.containsKey("actor1") || p.containsKey("actor2") || p.containsKey("actor") || p.containsKey("root");
    }

    /**
     * The search the parameters describe; with {@code datesToEvents} the day range is left to the events query.
     */
    static SearchRequest search(Map<String, List<String>> p, int limit, SearchRequest.Order order,
                                boolean datesToEvents) {
        return new SearchRequest(one(p, "q"), many(p, "lang"), many(p, "country"), many(p, "entity"),
                many(p, "event"), many(p, "outlet"), datesToEvents ? null : WartaServer.from(one(p, "from")),
                datesToEvents ? null : WartaServer.to(one(p, "to")), limit, null, order, false, false);
    }

    /** The events query the parameters describe, one page of it. */
    static EventRequest events(Map<String, List<String>> p, int limit, String cursor) {
        return new EventRequest(one(p, "actor1"), one(p, "actor2"), one(p, "actor"), many(p, "root"),
                WartaServer.from(one(p, "from")), WartaServer.to(one(p, "to")), "true".equals(one(p, "both")), limit,
                cursor);
    }

    /** The parameters as a query string, for a link to the same search. */
    static String queryString(Map<String, List<String>> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((name, values) -> values.forEach(v -> {
            sb.append(sb.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        }));
        return sb.toString();
    }

    static String one(Map<String, List<String>> p, String name) {
        List<String> v = p.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static List<String> many(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
