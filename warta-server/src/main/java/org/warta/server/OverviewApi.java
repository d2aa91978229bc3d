package org.warta.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.index.ArticleSearcher;
import org.warta.index.Overview;
import org.warta.index.OverviewRequest;

/**
 * {@code GET /api/overview}: the index at a glance over a period (docs/api.md): articles per day and language, the
 * largest and fastest-growing stories, the people, organisations and countries most mentioned against the period
 * before, and mentions and events per country for the map.
 */
final class OverviewApi {
    private final Overview overview;

    OverviewApi(ArticleSearcher searcher) {
        this.overview = new Overview(searcher);
    }

    void overview(Context ctx) {
        String days = param(ctx, "days");
        boolean all = "all".equals(days);
        OverviewRequest r = new OverviewRequest(WartaServer.from(param(ctx, "from")), WartaServer.to(param(ctx, "to")),
                all || days == null ? OverviewRequest.DEFAULT_DAYS : number(days, "days"), all, languages(ctx),
                param(ctx, "top") == null ? OverviewRequest.DEFAULT_TOP : number(param(ctx, "top"), "top"));
        try {
            ctx.status(200).contentType("application/json; charset=utf-8")
                    .result(WartaServer.JSON.writeValueAsBytes(overview.of(r)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int number(String v, String name) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new WartaServer.ApiException(400, name + " is not a number: '" + v + "'"
                    + (name.equals("days") ? " (or 'all')" : ""));
        }
    }

    private static List<String> languages(Context ctx) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams("lang")) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (out.size() > 100) {
            throw new WartaServer.ApiException(400, "too many values for 'lang' (at most 100)");
        }
        return out;
    }
}
