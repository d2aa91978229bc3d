package org.warta.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.warta.io.ArticleJson;

/**
 * Every match of a search, beyond what a page of results shows: the newest stored matches (for a feed that follows
 * a search, where an old article stored today is news) and all matches in the search's own order (for an export).
 */
public final class Matches {
    /** Newest stored first: the order of storing, which an article keeps when it is stored again. */
    private static final Sort NEWEST_STORED = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG, true));
    private final ArticleSearcher searcher;

    public Matches(ArticleSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * A page of the newest stored matches.
     *
     * @param total      every match
     * @param articles   this page, newest stored first: each article's summary (id, title, language, published,
     *                   url, preview) with its outlet and {@code seq}, its place in the order of storing
     * @param nextCursor for the next page, or null on the last
     */
    public record NewestPage(long total, List<ObjectNode> articles, String nextCursor) {
    }

    /**
     * The newest stored articles that match {@code r}'s words and filters (its limit, cursor and order are not
     * used) and, when {@code onlyIds} is not null, are among those ids.
     */
    public NewestPage newest(SearchRequest r, Collection<String> onlyIds, int limit, String cursor) {
        IndexSearcher s = searcher.index().acquire();
        try {
            Query q = restrict(searcher.articleQuery(s, r), onlyIds);
            FieldDoc after = cursor == null ? null : decode(cursor);
            TopFieldDocs docs = s.search(q, new TopFieldCollectorManager(NEWEST_STORED, limit + 1, after,
                    Integer.MAX_VALUE));
            int shown = Math.min(limit, docs.scoreDocs.length);
            StoredFields stored = s.storedFields();
            HitFields fields = new HitFields(false);
            List<ObjectNode> out = new ArrayList<>(shown);
            for (int i = 0; i < shown; i++) {
                FieldDoc fd = (FieldDoc) docs.scoreDocs[i];
                stored.document(fd.doc, fields.reset());
                ObjectNode o = summary(stored, fd.doc, fields.summary());
                o.put("outlet", fields.outlet());
                o.put("seq", (Long) fd.fields[0]);
                out.add(o);
            }
            String next = docs.scoreDocs.length > limit ? encode((Long) ((FieldDoc) docs.scoreDocs[shown - 1])
                    .fields[0]) : null;
            return new NewestPage(docs.totalHits.value, out, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            searcher.index().release(s);
        }
    }

    /**
     * Hands every stored article that matches {@code r} (up to {@code cap}) to {@code each}, in the order the
     * search would list them, each with its {@code outlet}; first tells {@code total} how many matched in all,
     * which may be more than are handed over. Returns that count.
     */
    public long forEachArticle(SearchRequest r, int cap, LongConsumer total, Consumer<ObjectNode> each) {
        IndexSearcher s = searcher.index().acquire();
        try {
            Query q = searcher.articleQuery(s, r);
            TopFieldDocs docs = s.search(q, new TopFieldCollectorManager(ArticleSearcher.sort(r.effectiveOrder()),
                    Math.max(1, cap), null, Integer.MAX_VALUE));
            total.accept(docs.totalHits.value);
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                org.apache.lucene.document.Document d = stored.document(sd.doc, Set.of(Fields.JSON, Fields.OUTLET));
                BytesRef json = d.getBinaryValue(Fields.JSON);
                ObjectNode a = (ObjectNode) ArticleJson.MAPPER.readTree(json.bytes, json.offset, json.length);
                a.put("outlet", d.get(Fields.OUTLET));
                each.accept(a);
            }
            return docs.totalHits.value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            searcher.index().release(s);
        }
    }

    /** The stored summary, or for an article stored before summaries were, the same read from the article. */
    private static ObjectNode summary(StoredFields stored, int doc, BytesRef summary) throws IOException {
        if (summary != null) {
            return (ObjectNode) ArticleJson.MAPPER.readTree(summary.bytes, summary.offset, summary.length);
        }
        BytesRef raw = stored.document(doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
        ObjectNode a = (ObjectNode) ArticleJson.MAPPER.readTree(raw.bytes, raw.offset, raw.length);
        // what a summary shows (id, title, language, dates, url): the text and every annotation are left out
        List<String> heavy = new ArrayList<>();
        a.fields().forEachRemaining(f -> {
            if (f.getValue().isContainerNode() || f.getKey().equals("text")) {
                heavy.add(f.getKey());
            }
        });
        return a.remove(heavy);
    }

    private static Query restrict(Query q, Collection<String> ids) {
        if (ids == null) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(q, BooleanClause.Occur.MUST);
        b.add(new TermInSetQuery(Fields.ARTICLE_ID, ids.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        return b.build();
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static FieldDoc decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("n|")) {
                throw new InvalidQueryException("the cursor belongs to another list");
            }
            // Integer.MAX_VALUE: the last article shown is not shown again
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {Long.parseLong(raw.substring(2))});
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidQueryException iq) {
                throw iq;
            }
            throw new InvalidQueryException("the cursor is not valid: " + e.getMessage(), e);
        }
    }
}
