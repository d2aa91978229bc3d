package org.warta.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.cameo.CameoCodes;
import org.warta.index.ArticleSearcher;
import org.warta.index.EventRequest;
import org.warta.index.EventResult;
import org.warta.index.Matches;
import org.warta.index.SearchRequest;

/**
 * Every match of a search or an events query as a file, CSV or JSON Lines, written as it is read. CSV is UTF-8 with
 * a header row, quoted as RFC 4180 says (by Jackson's CSV writer); lists within a cell are joined by "; ".
 */
final class ExportApi {
    /** The most rows one export holds; the answer says how many matched in all. */
    static final int MAX_ROWS = 100_000;
    private static final int EVENT_PAGE = 1000;
    private static final CsvMapper CSV = new CsvMapper();
    static final List<String> ARTICLE_COLUMNS = List.of("id", "published", "language", "outlet", "title", "url",
            "story_id", "countries", "entities");
    static final List<String> EVENT_COLUMNS = List.of("date", "actor1_code", "actor1_name", "actor1_country",
            "cameo", "event", "root", "root_name", "quad_class", "quad_class_name", "goldstein", "actor2_code",
            "actor2_name", "actor2_country", "article_id", "article_title", "article_url", "article_language",
            "article_published", "outlet", "evidence");

    private final ArticleSearcher searcher;
    private final Matches matches;

    ExportApi(ArticleSearcher searcher) {
        this.searcher = searcher;
        this.matches = new Matches(searcher);
    }

    void register(WartaServer.Verb get) {
        WartaServer.route(get, "/api/articles/export", this::articles);
        WartaServer.route(get, "/api/events/export", this::events);
    }

    private void articles(Context ctx) {
        Format format = format(ctx);
        Map<String, List<String>> p = QueryParams.clean(ctx.queryParamMap());
        SearchRequest r = QueryParams.search(p, 1, WartaServer.order(WartaServer.param(ctx, "sort")), false);
        try (Rows rows = new Rows(ctx, format, "warta-articles", ARTICLE_COLUMNS)) {
            matches.forEachArticle(r, MAX_ROWS, total -> rows.start(total), a -> rows.write(articleRow(a)));
        }
    }

    private void events(Context ctx) {
        Format format = format(ctx);
        Map<String, List<String>> p = QueryParams.clean(ctx.queryParamMap());
        EventResult first = searcher.events(QueryParams.events(p, EVENT_PAGE, null));
        try (Rows rows = new Rows(ctx, format, "warta-events", EVENT_COLUMNS)) {
            rows.start(first.total());
            EventResult page = first;
            int written = 0;
            while (true) {
                for (ObjectNode e : page.events()) {
                    if (written++ >= MAX_ROWS) {
                        return;
                    }
                    rows.write(eventRow(e));
                }
                if (page.nextCursor() == null || written >= MAX_ROWS) {
                    return;
                }
                EventRequest next = QueryParams.events(p, EVENT_PAGE, page.nextCursor());
                page = searcher.events(next);
            }
        }
    }

    // ---- rows

    static Map<String, Object> articleRow(JsonNode a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", text(a, "id"));
        row.put("published", text(a, "published"));
        row.put("language", text(a, "language"));
        row.put("outlet", text(a, "outlet"));
        row.put("title", text(a, "title"));
        row.put("url", text(a, "url") != null ? text(a, "url") : text(a.path("input"), "url"));
        row.put("story_id", text(a.path("story"), "id"));
        Set<String> countries = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        for (JsonNode e : a.path("entities")) {
            addIfText(countries, text(e, "country"));
            addIfText(entities, text(e, "canonical") != null ? text(e, "canonical") : text(e, "text"));
        }
        for (JsonNode e : a.path("events")) {
            addIfText(countries, text(e.path("actor1"), "country"));
            addIfText(countries, text(e.path("actor2"), "country"));
        }
        row.put("countries", List.copyOf(countries));
        row.put("entities", List.copyOf(entities));
        return row;
    }

    static Map<String, Object> eventRow(JsonNode e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", text(e, "day") != null ? text(e, "day") : text(e, "date"));
        actor(row, "actor1", e.path("actor1"));
        String code = text(e, "cameo");
        String root = text(e, "root");
        row.put("cameo", code);
        row.put("event", cameoName(code));
        row.put("root", root);
        row.put("root_name", cameoName(root));
        int quad = e.path("quad_class").asInt(0);
        row.put("quad_class", quad == 0 ? null : quad);
        row.put("quad_class_name", quad > 0 && quad < Names.QUAD_CLASSES.length ? Names.QUAD_CLASSES[quad] : null);
        row.put("goldstein", e.path("goldstein").isNumber() ? e.get("goldstein").asDouble() : null);
        actor(row, "actor2", e.path("actor2"));
        JsonNode article = e.path("article");
        row.put("article_id", text(e, "article_id"));
        row.put("article_title", text(article, "title"));
        row.put("article_url", text(article, "url"));
        row.put("article_language", text(article, "language"));
        row.put("article_published", text(article, "published"));
        row.put("outlet", text(article, "outlet"));
        row.put("evidence", text(e, "evidence"));
        return row;
    }

    private static void actor(Map<String, Object> row, String prefix, JsonNode actor) {
        row.put(prefix + "_code", text(actor, "code"));
        row.put(prefix + "_name", text(actor, "name"));
        row.put(prefix + "_country", text(actor, "country"));
    }

    private static String cameoName(String code) {
        return code == null ? null : CameoCodes.event(code).map(c -> Names.sentenceCase(c.name())).orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static void addIfText(Set<String> out, String v) {
        if (v != null && !v.isBlank()) {
            out.add(v.strip());
        }
    }

    // ---- formats

    enum Format {
        CSV("csv", "text/csv; charset=utf-8; header=present"),
        JSONL("jsonl", "application/x-ndjson; charset=utf-8");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    private static Format format(Context ctx) {
        String f = WartaServer.param(ctx, "format");
        if (f == null || f.equals("csv")) {
            return Format.CSV;
        }
        if (f.equals("jsonl")) {
            return Format.JSONL;
        }
        throw new WartaServer.ApiException(400, "format must be 'csv' or 'jsonl'");
    }

    /** The rows of one answer, written to the client as they come: the headers first, then one row at a time. */
    private static final class Rows implements AutoCloseable {
        private final Context ctx;
        private final Format format;
        private final String name;
        private final List<String> columns;
        private SequenceWriter writer;
        private OutputStream out;
        private long written;

        Rows(Context ctx, Format format, String name, List<String> columns) {
            this.ctx = ctx;
            this.format = format;
            this.name = name;
            this.columns = columns;
        }

        /** Sends the headers, with how many matched in all and how many of them the file holds. */
        void start(long total) {
            ctx.status(200).contentType(format.contentType);
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-" + java.time.LocalDate.now()
                    + "." + format.extension + "\"");
            ctx.header("X-Total-Count", Long.toString(total));
            ctx.header("X-Export-Limit", Integer.toString(MAX_ROWS));
            ctx.header("X-Export-Truncated", Boolean.toString(total > MAX_ROWS));
            try {
                out = ctx.outputStream();
                if (format == Format.CSV) {
                    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setArrayElementSeparator("; ");
                    columns.forEach(schema::addColumn);
                    writer = CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .writeValues(out);
                } else {
                    writer = WartaServer.JSON.writer().withRootValueSeparator("\n")
                            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(Map<String, Object> row) {
            try {
                writer.write(row);
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                if (writer != null) {
                    writer.close();
                    if (format == Format.JSONL && written > 0) {
                        out.write('\n');
                    }
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
