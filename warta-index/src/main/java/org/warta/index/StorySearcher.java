package org.warta.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.warta.io.ArticleJson;
import org.warta.model.Related;

/**
 * Stories as the index holds them: lists of stories found through their articles, one story with its articles,
 * people, events and translation chain, and an article with its story as it stands now and its ties both ways.
 * Story ids are always resolved through merges. Thread-safe.
 */
public final class StorySearcher {
    /** At most this many articles of one story are read for its page. */
    static final int ARTICLE_LIMIT = 1000;
    private static final int TOP = 5;
    private static final int DETAIL_TOP = 30;
    private static final List<String> RELATIONS = List.of(Related.DUPLICATE, Related.REPUBLICATION,
            Related.TRANSLATION, Related.SAME_STORY, Related.TRANSLATED_FROM, Related.REPUBLISHED_FROM,
            Related.TRANSLATED_AS, Related.REPUBLISHED_AS);
    /** The ties that make the chain of copies of a story: same text, or the same article in another language. */
    private static final Set<String> CHAIN = Set.of(Related.DUPLICATE, Related.REPUBLICATION, Related.TRANSLATION,
            Related.TRANSLATED_FROM, Related.REPUBLISHED_FROM, Related.TRANSLATED_AS, Related.REPUBLISHED_AS);

    private final ArticleSearcher searcher;
    private final ArticleIndex index;

    public StorySearcher(ArticleSearcher searcher) {
        this.searcher = searcher;
        this.index = searcher.index();
    }

    /** The stories of the articles a request matches, newest or largest first. */
    public StoryList stories(StoryRequest r) {
        IndexSearcher s = index.acquire();
        try {
            Map<String, StoryStats.Story> all = searcher.stories(s);
            SearchRequest articles = r.articles();
            java.util.Collection<String> matched;
            if (ArticleSearcher.filterTerms(articles) == 1 && articles.query().isEmpty()) {
                matched = all.keySet();
            } else {
                Query q = searcher.articleQuery(s, articles);
                matched = StoryMatches.resolve(s.search(q, StoryMatches.manager()), index.merges()).keySet();
            }
            List<StoryStats.Story> found = matched.stream().map(all::get).filter(Objects::nonNull)
                    .sorted(order(r.order())).toList();
            int offset = r.cursor() == null ? 0 : ArticleSearcher.Cursor.decodeOffset(r.cursor());
            List<StoryList.Summary> page = new ArrayList<>();
            for (StoryStats.Story story : found.subList(Math.min(offset, found.size()),
                    Math.min(offset + r.limit(), found.size()))) {
                page.add(summary(s, story));
            }
            String next = found.size() > offset + r.limit() ? ArticleSearcher.Cursor.encodeOffset(offset + r.limit())
                    : null;
            return new StoryList(found.size(), page, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private static Comparator<StoryStats.Story> order(StoryRequest.Order order) {
        Comparator<StoryStats.Story> newest = Comparator.comparing(StoryStats.Story::lastSeen,
                        Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed()
                .thenComparing(Comparator.comparingLong(StoryStats.Story::newestSeq).reversed());
        Comparator<StoryStats.Story> byId = Comparator.comparing(StoryStats.Story::id);
        return order == StoryRequest.Order.LARGEST
                ? Comparator.comparingInt(StoryStats.Story::size).reversed().thenComparing(newest).thenComparing(byId)
                : newest.thenComparing(byId);
    }

    private StoryList.Summary summary(IndexSearcher s, StoryStats.Story story) throws IOException {
        List<String> countries = new ArrayList<>();
        List<StoryList.EntityCount> entities = new ArrayList<>();
        SortedSetDocValuesReaderState state = searcher.facetState(s);
        if (state != null) {
            FacetsCollector fc = s.search(articlesOf(story.id()), new FacetsCollectorManager());
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
            Set<String> dims = state.getPrefixToOrdRange().keySet();
            if (dims.contains(Fields.COUNTRY)) {
                FacetResult top = counts.getTopChildren(TOP, Fields.COUNTRY);
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        countries.add(lv.label);
                    }
                }
            }
            if (dims.contains(Fields.ENTITY)) {
                FacetResult top = counts.getTopChildren(TOP * 3, Fields.ENTITY);
                if (top != null) {
                    for (SearchResult.FacetValue v : ArticleSearcher.entityValues(top.labelValues, TOP, null)) {
                        entities.add(new StoryList.EntityCount(v.value(), v.label(), v.type(), v.count()));
                    }
                }
            }
        }
        return new StoryList.Summary(story.id(), title(s, story), story.size(), story.languages(), story.firstSeen(),
                story.lastSeen(), countries, entities);
    }

    /** The title of a story's representative article, as its newest article saw it. */
    static String title(IndexSearcher s, StoryStats.Story story) throws IOException {
        if (story.newestDoc() < 0) {
            return null;
        }
        Document d = s.storedFields().document(story.newestDoc(), Set.of(Fields.SUMMARY));
        BytesRef summary = d.getBinaryValue(Fields.SUMMARY);
        if (summary == null) {
            return null;
        }
        JsonNode json = ArticleJson.MAPPER.readTree(summary.bytes, summary.offset, summary.length);
        String title = ArticleSearcher.textOrNull(json, "story_title");
        return title != null ? title : ArticleSearcher.textOrNull(json, "title");
    }

    /** The articles of a story and of every story merged into it. */
    private Query articlesOf(String story) {
        List<BytesRef> ids = index.merges().members(story).stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.STORY_ID, ids), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * One story: its articles oldest first, grouped by language and outlet, the entities and events they report,
     * and the chain of copies among them. Null when no article belongs to a story of this id (or one merged into
     * it).
     */
    public ObjectNode story(String id) {
        IndexSearcher s = index.acquire();
        try {
            StoryStats.Story story = searcher.stories(s).get(index.merges().resolve(id));
            if (story == null) {
                return null;
            }
            SortField day = new SortField(Fields.DAY, SortField.Type.LONG);
            day.setMissingValue(Long.MAX_VALUE);
            Sort oldestFirst = new Sort(day, new SortField(Fields.SEQ, SortField.Type.LONG));
            ScoreDoc[] docs = s.search(articlesOf(story.id()), ARTICLE_LIMIT, oldestFirst).scoreDocs;
            StoredFields stored = s.storedFields();
            List<JsonNode> articles = new ArrayList<>();
            List<String> outlets = new ArrayList<>();
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc, Set.of(Fields.JSON, Fields.OUTLET));
                BytesRef json = d.getBinaryValue(Fields.JSON);
                articles.add(ArticleJson.MAPPER.readTree(json.bytes, json.offset, json.length));
                outlets.add(d.get(Fields.OUTLET));
            }
            ObjectNode o = ResultJson.MAPPER.createObjectNode();
            o.put("id", story.id());
            o.put("title", title(s, story));
            o.put("size", story.size());
            story.languages().forEach(o.putArray("languages")::add);
            o.put("first_seen", story.firstSeen() == null ? null : story.firstSeen().toString());
            o.put("last_seen", story.lastSeen() == null ? null : story.lastSeen().toString());
            ArrayNode list = o.putArray("articles");
            ObjectNode byLanguage = o.putObject("by_language");
            ObjectNode byOutlet = o.putObject("by_outlet");
            for (int i = 0; i < articles.size(); i++) {
                JsonNode a = articles.get(i);
                String articleId = a.path("id").asText();
                String language = a.path("language").asText("und");
                String outlet = outlets.get(i) == null ? "unknown" : outlets.get(i);
                list.addObject().put("id", articleId).put("title", ArticleSearcher.textOrNull(a, "title"))
                        .put("language", language).put("outlet", outlets.get(i))
                        .put("published", ArticleSearcher.textOrNull(a, "published"))
                        .put("url", ArticleSearcher.url(a));
                arrayOf(byLanguage, language).add(articleId);
                arrayOf(byOutlet, outlet).add(articleId);
            }
            o.set("entities", entities(articles));
            o.set("events", events(articles));
            o.set("chain", chain(articles, outlets));
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private static ArrayNode arrayOf(ObjectNode o, String field) {
        JsonNode a = o.get(field);
        return a instanceof ArrayNode array ? array : o.putArray(field);
    }

    /** The entities of a story's articles: how many articles mention each, and in which languages. */
    private static ArrayNode entities(List<JsonNode> articles) {
        record Tally(String key, String name, String type, Set<String> languages, int[] count) {
        }
        Map<String, Tally> byKey = new LinkedHashMap<>();
        for (JsonNode a : articles) {
            Set<String> seen = new HashSet<>();
            for (JsonNode e : a.path("entities")) {
                String kb = ArticleSearcher.textOrNull(e, "kb_id");
                String canonical = ArticleSearcher.textOrNull(e, "canonical");
                String name = canonical != null ? canonical : e.path("text").asText("");
                String key = kb != null && !kb.isBlank() ? kb.strip() : "name:" + ArticleDocuments.foldName(name);
                if (!seen.add(key)) {
                    continue;
                }
                Tally t = byKey.computeIfAbsent(key, k -> new Tally(k, name, e.path("type").asText(null),
                        new LinkedHashSet<>(), new int[1]));
                t.count()[0]++;
                t.languages().add(a.path("language").asText("und"));
            }
        }
        ArrayNode out = ResultJson.MAPPER.createArrayNode();
        byKey.values().stream().sorted(Comparator.comparingInt((Tally t) -> t.count()[0]).reversed())
                .limit(DETAIL_TOP).forEach(t -> {
                    ObjectNode e = out.addObject().put("kb_id", t.key()).put("name", t.name()).put("type", t.type())
                            .put("count", t.count()[0]);
                    t.languages().forEach(e.putArray("languages")::add);
                });
        return out;
    }

    /** The events of a story's articles, by actors and code, with how many times they are reported. */
    private static ArrayNode events(List<JsonNode> articles) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (JsonNode a : articles) {
            for (JsonNode e : a.path("events")) {
                List<String> key = java.util.Arrays.asList(ArticleSearcher.textOrNull(e.path("actor1"), "code"),
                        ArticleSearcher.textOrNull(e.path("actor2"), "code"), ArticleSearcher.textOrNull(e, "root"),
                        ArticleSearcher.textOrNull(e, "cameo"));
                counts.merge(key, 1, Integer::sum);
            }
        }
        ArrayNode out = ResultJson.MAPPER.createArrayNode();
        counts.entrySet().stream().sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed())
                .limit(DETAIL_TOP).forEach(en -> out.addObject().put("actor1", en.getKey().get(0))
                        .put("actor2", en.getKey().get(1)).put("root", en.getKey().get(2))
                        .put("cameo", en.getKey().get(3)).put("count", en.getValue()));
        return out;
    }

    /**
     * The copies among a story's articles as a graph, each edge from the source to the copy: a named source first
     * (its source line), else the earlier of the two. Ties seen from both articles are one edge.
     */
    private static ObjectNode chain(List<JsonNode> articles, List<String> outlets) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.put(articles.get(i).path("id").asText(), i);
        }
        Map<String, ObjectNode> edges = new LinkedHashMap<>();
        for (JsonNode a : articles) {
            String self = a.path("id").asText();
            for (JsonNode r : a.path("related")) {
                String other = r.path("id").asText();
                String relation = r.path("relation").asText();
                if (!CHAIN.contains(relation) || !position.containsKey(other) || other.equals(self)) {
                    continue;
                }
                String from;
                String to;
                boolean named = true;
                switch (relation) {
                    case Related.TRANSLATED_FROM, Related.REPUBLISHED_FROM -> {
                        from = other;
                        to = self;
                    }
                    case Related.TRANSLATED_AS, Related.REPUBLISHED_AS -> {
                        from = self;
                        to = other;
                        relation = Related.reverse(relation);
                    }
                    default -> {
                        named = false;
                        boolean selfFirst = position.get(self) < position.get(other);
                        from = selfFirst ? self : other;
                        to = selfFirst ? other : self;
                    }
                }
                String pair = from.compareTo(to) < 0 ? from + "\u0000" + to : to + "\u0000" + from;
                ObjectNode known = edges.get(pair);
                if (known != null && (!named || known.path("named").asBoolean())) {
                    continue;
                }
                ObjectNode edge = ResultJson.MAPPER.createObjectNode().put("from", from).put("to", to)
                        .put("relation", relation).put("score", r.path("score").asDouble());
                edge.put("named", named);
                edges.put(pair, edge);
            }
        }
        Set<String> inChain = new HashSet<>();
        edges.values().forEach(e -> {
            inChain.add(e.path("from").asText());
            inChain.add(e.path("to").asText());
            e.remove("named");
        });
        ObjectNode chain = ResultJson.MAPPER.createObjectNode();
        ArrayNode nodes = chain.putArray("nodes");
        for (int i = 0; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            if (inChain.contains(a.path("id").asText())) {
                nodes.addObject().put("id", a.path("id").asText()).put("language", a.path("language").asText(null))
                        .put("outlet", outlets.get(i)).put("published", ArticleSearcher.textOrNull(a, "published"));
            }
        }
        ArrayNode list = chain.putArray("edges");
        edges.values().forEach(list::add);
        return chain;
    }

    /**
     * An article's output-contract JSON with its story as it stands now (merges resolved: id, title, size, languages,
     * first and last day) and its ties both ways: those found when it was stored, and those of articles stored
     * later that name it. Null when no article has this id.
     */
    public ObjectNode article(String id) {
        String stored = index.json(id);
        if (stored == null) {
            return null;
        }
        IndexSearcher s = index.acquire();
        try {
            ObjectNode a = (ObjectNode) ArticleJson.MAPPER.readTree(stored);
            JsonNode joined = a.get("story");
            if (joined != null && joined.hasNonNull("id")) {
                StoryStats.Story story = searcher.stories(s).get(index.merges().resolve(joined.path("id").asText()));
                if (story != null) {
                    ObjectNode now = ArticleJson.MAPPER.createObjectNode();
                    now.put("id", story.id());
                    now.put("title", title(s, story));
                    now.put("size", story.size());
                    story.languages().forEach(now.putArray("languages")::add);
                    now.put("first_seen", story.firstSeen() == null ? joined.path("first_seen").asText(null)
                            : story.firstSeen().toString());
                    now.put("last_seen", story.lastSeen() == null ? null : story.lastSeen().toString());
                    now.set("merged_from", joined.path("merged_from"));
                    a.set("story", now);
                }
            }
            a.set("related", related(s, id, a.path("related")));
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    /** An article's ties, with the reverse of every tie another article has to it. */
    private static ArrayNode related(IndexSearcher s, String id, JsonNode own) throws IOException {
        ArrayNode out = ArticleJson.MAPPER.createArrayNode();
        Set<String> seen = new HashSet<>();
        for (JsonNode r : own) {
            out.add(r);
            seen.add(r.path("id").asText());
        }
        List<BytesRef> terms = RELATIONS.stream().map(r -> new BytesRef(r + ":" + id)).toList();
        Query naming = new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.RELATED, terms), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : s.search(naming, ARTICLE_LIMIT).scoreDocs) {
            BytesRef json = stored.document(sd.doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
            JsonNode other = ArticleJson.MAPPER.readTree(json.bytes, json.offset, json.length);
            String otherId = other.path("id").asText();
            if (otherId.equals(id) || !seen.add(otherId)) {
                continue;
            }
            for (JsonNode r : other.path("related")) {
                if (r.path("id").asText().equals(id)) {
                    out.addObject().put("id", otherId).put("relation", Related.reverse(r.path("relation").asText()))
                            .put("score", r.path("score").asDouble()).put("evidence", r.path("evidence").asText(null));
                    break;
                }
            }
        }
        return out;
    }
}
