package org.warta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.warta.index.ArticleSearcher;
import org.warta.index.EntityPage;
import org.warta.index.EntityPages;
import org.warta.index.EntitySuggester;
import org.warta.kb.KnowledgeBase;

/** Entity pages ({@code /api/entities/{key}}) and entity suggestions as a name is typed ({@code /api/suggest}). */
final class EntityApi {
    static final int DEFAULT_SUGGESTIONS = 8;
    static final int MAX_SUGGESTIONS = 50;
    private final EntityPages pages;
    private final EntitySuggester suggester;

    EntityApi(ArticleSearcher searcher) {
        this.pages = new EntityPages(searcher, KnowledgeBase::standard);
        this.suggester = new EntitySuggester(searcher, KnowledgeBase::standard);
        // the table of names needs the knowledge base, read in seconds: begun now, it is ready by the first keystroke
        CompletableFuture.runAsync(() -> {
            try {
                suggester.warm();
            } catch (RuntimeException e) {
                System.err.println("warta serve: entity suggestions not prepared in advance: " + e);
            }
        });
    }

    /** The entity's report with its languages, co-occurrence graph and knowledge base record. */
    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        EntityPage page = pages.page(key);
        if (page == null) {
            throw new WartaServer.ApiException(404, "no article mentions an entity with key '" + key + "'");
        }
        ObjectNode o = WartaServer.JSON.valueToTree(page.report());
        o.put("actor", page.actor());
        o.set("languages", WartaServer.JSON.valueToTree(page.languages()));
        o.set("graph", WartaServer.JSON.valueToTree(page.graph()));
        o.set("kb", WartaServer.JSON.valueToTree(page.kb()));
        json(ctx, o);
    }

    /** Entities with a name that has a word beginning with {@code q}, most mentioned first. */
    void suggest(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new WartaServer.ApiException(400, "q is missing: the beginning of a name, e.g. q=lav");
        }
        if (q.length() > 200) {
            throw new WartaServer.ApiException(400, "q is longer than 200 characters");
        }
        long t0 = System.nanoTime();
        List<EntitySuggester.Suggestion> found = suggester.suggest(q, limit(ctx.queryParam("limit")));
        ObjectNode o = WartaServer.JSON.createObjectNode();
        o.put("q", q);
        o.set("suggestions", WartaServer.JSON.valueToTree(found));
        o.put("took_millis", (System.nanoTime() - t0) / 1e6);
        json(ctx, o);
    }

    private static int limit(String v) {
        if (v == null || v.isBlank()) {
            return DEFAULT_SUGGESTIONS;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= MAX_SUGGESTIONS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new WartaServer.ApiException(400, "limit must be a number between 1 and " + MAX_SUGGESTIONS);
    }

    private static void json(Context ctx, Object body) {
        try {
            ctx.status(200).contentType("application/json; charset=utf-8")
                    .result(WartaServer.JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
