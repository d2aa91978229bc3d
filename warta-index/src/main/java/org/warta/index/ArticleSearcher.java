package org.warta.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.warta.io.ArticleJson;

/**
 * Searches the index: ranked articles with facet counts and cursor paging through every match, entity reports
 * and event queries. Thread-safe; each call works on the newest searcher.
 */
public final class ArticleSearcher {
    private static final int FACET_TOP = 10;
    /** The most values one facet may list when a caller asks for more than the usual ten. */
    public static final int MAX_FACET_LIMIT = 500;
    /** With hits collapsed by story, at most this many ranked hits are read to fill a page with stories. */
    private static final int COLLAPSE_MAX_HITS = 100_000;
    private static final int PREVIEW_CHARS = 280;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final ArticleIndex index;
    private volatile ReaderContext context;
    private final ThreadLocal<ThreadFields> threadFields = new ThreadLocal<>();
    private final StoryStats storyStats;
    /**
     * The pass of browsing without words or filters (the start of the search page), the same for every visitor until
     * the reader changes: kept for the newest reader only.
     */
    private final ReaderCache<Grouped> browsing = new ReaderCache<>();
    private final java.util.function.Supplier<EntityNames> names;

    /** A searcher whose query words also find the articles linked to the entities of the standard knowledge base. */
    public ArticleSearcher(ArticleIndex index) {
        this(index, EntityNames::standard);
        // reading every name of the base takes seconds: begun now, it is ready by the first query, or nearly
        java.util.concurrent.CompletableFuture.runAsync(EntityNames::standard);
    }

    /** A searcher whose query words also find the articles linked to the entities of {@code kb} they name. */
    public ArticleSearcher(ArticleIndex index, org.warta.kb.KnowledgeBase kb) {
        this(index, namesOf(kb));
    }

    private ArticleSearcher(ArticleIndex index, java.util.function.Supplier<EntityNames> names) {
        this.index = index;
        this.storyStats = new StoryStats(index.merges());
        this.names = names;
    }

    private static java.util.function.Supplier<EntityNames> namesOf(org.warta.kb.KnowledgeBase kb) {
        EntityNames built = kb == null ? EntityNames.none() : EntityNames.of(kb);
        return () -> built;
    }

    ArticleIndex index() {
        return index;
    }

    /** Every story of this searcher's reader, merges resolved. */
    Map<String, StoryStats.Story> stories(IndexSearcher s) {
        return storyStats.of(s.getIndexReader());
    }

    /** The article query of a request (its words and filters), as {@link #search} runs it. */
    Query articleQuery(IndexSearcher s, SearchRequest r) throws IOException {
        return articleFilter(parse(r.query(), context(s), filterTerms(r)), r);
    }

    /** The facet ordinals of this searcher's reader, or null when nothing has facets. */
    SortedSetDocValuesReaderState facetState(IndexSearcher s) throws IOException {
        return context(s).facets();
    }

    /** What is derived once per reader: the text fields that exist, and the facet ordinals. */
    private record ReaderContext(IndexReader reader, List<String> titleFields, List<String> textFields,
                                 SortedSetDocValuesReaderState facets) {
    }

    private ReaderContext context(IndexSearcher s) throws IOException {
        ReaderContext c = context;
        if (c != null && c.reader() == s.getIndexReader()) {
            return c;
        }
        synchronized (this) {
            c = context;
            if (c != null && c.reader() == s.getIndexReader()) {
                return c;
            }
            IndexReader reader = s.getIndexReader();
            List<String> titles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            boolean hasFacets = false;
            for (FieldInfo f : FieldInfos.getMergedFieldInfos(reader)) {
                if (f.name.startsWith(Fields.TITLE + "_")) {
                    titles.add(f.name);
                } else if (f.name.startsWith(Fields.TEXT + "_")) {
                    texts.add(f.name);
                } else if (f.name.equals(FacetsConfigDefaults.FIELD)) {
                    hasFacets = true;
                }
            }
            titles.sort(null);
            texts.sort(null);
            SortedSetDocValuesReaderState state = hasFacets
                    ? new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig()) : null;
            c = new ReaderContext(reader, titles, texts, state);
            context = c;
            return c;
        }
    }

    /**
     * Parses a query as search does, leaving room for {@code reserved} filter terms; throws
     * {@link InvalidQueryException} with a message that says what to change.
     */
    Query parse(String query, ReaderContext c, int reserved) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query q = WartaQueryParser.parse(query, index.analyzers(), c.titleFields(), c.textFields(), reserved,
                names.get());
        return q == null ? new BooleanQuery.Builder().build() : q;
    }

    /** The terms the filters of a request add to its query (each value is one; so is the kind and the day range). */
    static int filterTerms(SearchRequest r) {
        return 1 + r.languages().size() + r.countries().size() + r.entities().size() + r.events().size()
                + r.outlets().size() + (r.from() != null || r.to() != null ? 1 : 0);
    }

    public SearchResult search(SearchRequest r) {
        return search(r, false);
    }

    /**
     * Searches; with {@code collapse}, the hits of one story collapse into its best one, which says how many other
     * articles of the story matched and in which languages, and pages count stories rather than articles.
     */
    public SearchResult search(SearchRequest r, boolean collapse) {
        return search(r, collapse, FACET_TOP);
    }

    /** Searches as {@link #search(SearchRequest, boolean)} does, with up to {@code facetLimit} values per facet. */
    public SearchResult search(SearchRequest r, boolean collapse, int facetLimit) {
        if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
            throw new IllegalArgumentException("facet_limit must be between 1 and " + MAX_FACET_LIMIT
                    + ", not " + facetLimit);
        }
        long t0 = System.nanoTime();
        IndexSearcher s = index.acquire();
        try {
            ReaderContext c = context(s);
            Query text = parse(r.query(), c, filterTerms(r));
            Query query = articleFilter(text, r);
            if (collapse) {
                return collapsed(s, c, r, text, query, t0, facetLimit);
            }
            boolean scored = !r.query().isEmpty();
            Sort sort = sort(r.effectiveOrder());
            FieldDoc after = r.cursor() == null ? null : Cursor.decode(r.cursor(), r.effectiveOrder());
            // One more than a page, to know whether another page follows.
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort, r.limit() + 1, after, Integer.MAX_VALUE);
            TopFieldDocs docs;
            Map<String, List<SearchResult.FacetValue>> facets = Map.of();
            long total;
            if (r.facets() && c.facets() != null) {
                Object[] both = s.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                docs = (TopFieldDocs) both[0];
                FacetsCollector fc = (FacetsCollector) both[1];
                facets = facets(c.facets(), fc, facetLimit);
                total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            } else {
                docs = s.search(query, top);
                total = docs.totalHits.value;
            }
            int shown = Math.min(r.limit(), docs.scoreDocs.length);
            ScoreDoc[] page = Arrays.copyOf(docs.scoreDocs, shown);
            if (scored && r.effectiveOrder() == SearchRequest.Order.DATE) {
                // Sorting by date skips scoring; the page's few hits are scored afterwards, as relevance would.
                TopFieldCollector.populateScores(page, s, query);
            }
            List<SearchResult.Hit> hits = hits(s, page, r.snippets() && scored ? text : null, scored, null);
            String next = docs.scoreDocs.length > r.limit()
                    ? Cursor.encode((FieldDoc) docs.scoreDocs[shown - 1], r.effectiveOrder()) : null;
            return new SearchResult(total, hits, facets, next, (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the search has too many terms after expanding its words and filters; "
                    + "use fewer words, fuzzy or wildcard terms, or filter values", e);
        } catch (FuzzyTermsEnum.FuzzyTermsException | TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("a fuzzy or wildcard word in the query is too complex to expand; "
                    + "use a shorter word or fewer * and ?", e);
        } finally {
            index.release(s);
        }
    }

    /**
     * Hits collapsed by story: each story once, at the place of its best hit; cursors count stories. One pass counts
     * the matches, the facets and the matches per story, and keeps the best hit of each story.
     */
    private SearchResult collapsed(IndexSearcher s, ReaderContext c, SearchRequest r, Query text, Query query,
                                   long t0, int facetLimit) throws IOException {
        boolean scored = !r.query().isEmpty();
        boolean byDate = r.effectiveOrder() == SearchRequest.Order.DATE;
        int offset = r.cursor() == null ? 0 : Cursor.decodeOffset(r.cursor());
        Grouped pass = r.query().isEmpty() && filterTerms(r) == 1
                ? browsing.get(s.getIndexReader(), List.of(byDate, r.facets(), facetLimit, index.merges().version()),
                        () -> grouped(s, c, r, query, byDate, facetLimit))
                : grouped(s, c, r, query, byDate, facetLimit);
        StoryGroups.Result groups = pass.groups();
        Map<String, List<SearchResult.FacetValue>> facets = pass.facets();
        Map<String, StoryMatches.Match> byStory = StoryMatches.resolve(groups.matches(), index.merges());
        List<Map.Entry<String, StoryGroups.Best>> ranked = groups.first(offset + r.limit() + 1, byDate);
        ScoreDoc[] page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + r.limit(), ranked.size()))
                .stream().map(e -> StoryGroups.fieldDoc(e.getValue(), byDate)).toArray(ScoreDoc[]::new);
        if (scored && byDate) {
            TopFieldCollector.populateScores(page, s, query);
        }
        List<SearchResult.Hit> hits = hits(s, page, r.snippets() && scored ? text : null, scored, byStory);
        String next = ranked.size() > offset + r.limit() ? Cursor.encodeOffset(offset + r.limit()) : null;
        return new SearchResult(groups.total(), hits, facets, next, (System.nanoTime() - t0) / 1e6);
    }

    /** The one pass of a collapsed search: its groups, and its facets (empty when not asked for). */
    private record Grouped(StoryGroups.Result groups, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    private Grouped grouped(IndexSearcher s, ReaderContext c, SearchRequest r, Query query, boolean byDate,
                            int facetLimit) throws IOException {
        if (r.facets() && c.facets() != null) {
            Object[] both = s.search(query, new MultiCollectorManager(StoryGroups.manager(index.merges(), byDate),
                    new FacetsCollectorManager()));
            return new Grouped((StoryGroups.Result) both[0], java.util.Collections.unmodifiableMap(
                    facets(c.facets(), (FacetsCollector) both[1], facetLimit)));
        }
        return new Grouped(s.search(query, StoryGroups.manager(index.merges(), byDate)), Map.of());
    }

    /**
     * Hits collapsed by story as ranking every match and reading the ranked hits until enough stories turn up gives
     * them: what {@link #collapsed} must equal (kept to check it against).
     */
    SearchResult collapsedByRanking(SearchRequest r, int facetLimit) {
        long t0 = System.nanoTime();
        IndexSearcher s = index.acquire();
        try {
            ReaderContext c = context(s);
            Query text = parse(r.query(), c, filterTerms(r));
            return collapsedByRanking(s, c, r, text, articleFilter(text, r), t0, facetLimit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private SearchResult collapsedByRanking(IndexSearcher s, ReaderContext c, SearchRequest r, Query text,
                                            Query query, long t0, int facetLimit) throws IOException {
        boolean scored = !r.query().isEmpty();
        int offset = r.cursor() == null ? 0 : Cursor.decodeOffset(r.cursor());
        Map<String, List<SearchResult.FacetValue>> facets = Map.of();
        Map<String, StoryMatches.Match> raw;
        long total;
        Sort sort = sort(r.effectiveOrder());
        int want = offset + r.limit() + 1;
        // With words to score, the pass that counts the matches per story also ranks the first hits, enough for
        // stories of a few dozen copies each, so that most searches score their query once. Without, ranking by date
        // alone is cheap, and fewer hits are read first.
        int n = (int) Math.min(COLLAPSE_MAX_HITS, scored ? Math.max(64, want * 32L) : Math.max(64, want * 4L));
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
        TopFieldDocs docs = null;
        if (r.facets() && c.facets() != null) {
            Object[] all = s.search(query, scored ? new MultiCollectorManager(StoryMatches.manager(),
                    new FacetsCollectorManager(), top) : new MultiCollectorManager(StoryMatches.manager(),
                    new FacetsCollectorManager()));
            @SuppressWarnings("unchecked")
            Map<String, StoryMatches.Match> matches = (Map<String, StoryMatches.Match>) all[0];
            raw = matches;
            FacetsCollector fc = (FacetsCollector) all[1];
            facets = facets(c.facets(), fc, facetLimit);
            total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            docs = scored ? (TopFieldDocs) all[2] : null;
        } else {
            Object[] both = s.search(query, new MultiCollectorManager(StoryMatches.manager(), top));
            @SuppressWarnings("unchecked")
            Map<String, StoryMatches.Match> matches = (Map<String, StoryMatches.Match>) both[0];
            raw = matches;
            docs = (TopFieldDocs) both[1];
            total = docs.totalHits.value;
        }
        Map<String, StoryMatches.Match> byStory = StoryMatches.resolve(raw, index.merges());
        long storied = byStory.values().stream().mapToLong(m -> m.count).sum();
        long groups = byStory.size() + Math.max(0, total - storied);
        if (docs == null) {
            docs = s.search(query, top);
        }
        Map<String, ScoreDoc> best = new LinkedHashMap<>();
        // Read ranked hits until enough stories have turned up: a story's best hit is the first of its hits. A
        // further try runs the query again, reading at least as many hits as the stories found hold on average for
        // the stories wanted, twice over.
        while (true) {
            best.clear();
            for (ScoreDoc sd : docs.scoreDocs) {
                String story = StoryStats.rawStoryOf(s.getIndexReader(), sd.doc);
                String key = story == null ? "#" + sd.doc : index.merges().resolve(story);
                best.putIfAbsent(key, sd);
                if (best.size() >= want) {
                    break;
                }
            }
            if (best.size() >= want || docs.scoreDocs.length < n || n >= COLLAPSE_MAX_HITS) {
                break;
            }
            n = (int) Math.min(COLLAPSE_MAX_HITS, Math.max(n * 4L, firstCollapseRead(want, total, groups)));
            docs = s.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
        }
        List<String> keys = new ArrayList<>(best.keySet());
        List<String> shown = keys.subList(Math.min(offset, keys.size()), Math.min(offset + r.limit(), keys.size()));
        ScoreDoc[] page = shown.stream().map(best::get).toArray(ScoreDoc[]::new);
        if (scored && r.effectiveOrder() == SearchRequest.Order.DATE) {
            TopFieldCollector.populateScores(page, s, query);
        }
        List<SearchResult.Hit> hits = hits(s, page, r.snippets() && scored ? text : null, scored, byStory);
        String next = keys.size() > offset + r.limit() ? Cursor.encodeOffset(offset + r.limit()) : null;
        return new SearchResult(total, hits, facets, next, (System.nanoTime() - t0) / 1e6);
    }

    /**
     * How many ranked hits a collapsed search reads for {@code want} stories once the first hits did not hold them: as
     * many as {@code groups} (stories, and articles without one) holding {@code matches} hits hold on average, twice.
     */
    static int firstCollapseRead(int want, long matches, long groups) {
        long perStory = groups == 0 ? 1 : Math.max(1, (matches + groups - 1) / groups);
        return (int) Math.min(COLLAPSE_MAX_HITS, Math.max(Math.max(64, want * 4L), want * perStory * 2));
    }

    private Query articleFilter(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER);
        anyOf(b, Fields.LANG, r.languages().stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList());
        anyOf(b, Fields.COUNTRY, r.countries().stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList());
        anyOf(b, Fields.ENTITY, r.entities());
        anyOf(b, Fields.EVENT_CODE, r.events());
        anyOf(b, Fields.OUTLET, r.outlets());
        dayRange(b, r.from(), r.to());
        return b.build();
    }

    static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            b.add(new TermQuery(new Term(field, values.get(0))), BooleanClause.Occur.FILTER);
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }

    static void dayRange(BooleanQuery.Builder b, LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
    }

    static Sort sort(SearchRequest.Order order) {
        SortField id = new SortField(Fields.ARTICLE_ID, SortField.Type.STRING);
        if (order == SearchRequest.Order.RELEVANCE) {
            return new Sort(SortField.FIELD_SCORE, id);
        }
        return new Sort(daySort(), id);
    }

    static SortField daySort() {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return day;
    }

    /**
     * A page of hits, with snippets that show where the words of {@code highlight} are when it is not null, and
     * with {@code collapsed} (the matches per story), how many of each hit's story matched besides it.
     */
    private List<SearchResult.Hit> hits(IndexSearcher s, ScoreDoc[] page, Query highlight, boolean scored,
                                        Map<String, StoryMatches.Match> collapsed) throws IOException {
        StoredFields stored = storedFields(s);
        HitFields fields = new HitFields(highlight != null);
        List<Summary> summaries = new ArrayList<>(page.length);
        Map<Integer, String> texts = new HashMap<>();
        for (ScoreDoc sd : page) {
            summaries.add(summary(stored, sd.doc, fields, highlight != null ? texts : null));
        }
        List<List<SearchResult.Piece>> snippets = null;
        if (highlight != null && page.length > 0) {
            int[] docs = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
            String[] textFields = summaries.stream()
                    .map(m -> Fields.TEXT + "_" + Analyzers.fieldSuffix(m.json().path("language").asText(null)))
                    .toArray(String[]::new);
            snippets = new Snippets(s, index.analyzers(), texts).of(highlight, docs, textFields);
        }
        Map<String, StoryStats.Story> stories = stories(s);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            SearchResult.Hit h = hit(summaries.get(i), page[i], snippets == null ? List.of() : snippets.get(i),
                    scored);
            String raw = StoryStats.rawStoryOf(s.getIndexReader(), page[i].doc);
            StoryStats.Story story = raw == null ? null : stories.get(index.merges().resolve(raw));
            SearchResult.StoryBadge badge = story == null ? null
                    : new SearchResult.StoryBadge(story.id(), story.size(), story.languages());
            SearchResult.Similar similar = collapsed == null ? null
                    : similar(story == null ? null : collapsed.get(story.id()), h.language());
            hits.add(new SearchResult.Hit(h.id(), h.score(), h.title(), h.language(), h.published(), h.outlet(),
                    h.url(), h.preview(), h.snippet(), badge, similar, h.day(), h.dateFrom()));
        }
        return hits;
    }

    /** The matches of a story besides the hit shown for it. */
    private static SearchResult.Similar similar(StoryMatches.Match matches, String language) {
        if (matches == null) {
            return new SearchResult.Similar(0, List.of());
        }
        Map<String, Integer> languages = new HashMap<>(matches.languages);
        if (language != null) {
            languages.computeIfPresent(language, (k, v) -> v > 1 ? v - 1 : null);
        }
        return new SearchResult.Similar(Math.max(0, matches.count - 1), StoryMatches.byFrequency(languages));
    }

    /** What a result list shows of an article, and its outlet. */
    private record Summary(JsonNode json, String outlet) {
    }

    /** This thread's stored-fields reader over the searcher's reader, kept with its buffers between requests. */
    private StoredFields storedFields(IndexSearcher s) throws IOException {
        ThreadFields f = threadFields.get();
        if (f == null || f.reader() != s.getIndexReader()) {
            f = new ThreadFields(s.getIndexReader(), s.storedFields());
            threadFields.set(f);
        }
        return f.fields();
    }

    private record ThreadFields(IndexReader reader, StoredFields fields) {
    }

    /**
     * Reads a hit's summary; with {@code texts}, also puts the article's text there, read in the same pass (a
     * stored document is decompressed whole, whichever of its fields are read).
     */
    private static Summary summary(StoredFields stored, int doc, HitFields fields, Map<Integer, String> texts)
            throws IOException {
        stored.document(doc, fields.reset());
        if (texts != null) {
            texts.put(doc, Snippets.text(fields.article()));
        }
        if (fields.summary() == null) {
            // Stored by an earlier version, before summaries: read what it shows from the article itself.
            BytesRef article = fields.article() != null ? fields.article()
                    : stored.document(doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
            return new Summary(legacySummary(json(article)), fields.outlet());
        }
        return new Summary(json(fields.summary()), fields.outlet());
    }

    private static SearchResult.Hit hit(Summary summary, ScoreDoc sd, List<SearchResult.Piece> snippet,
                                        boolean scored) {
        JsonNode a = summary.json();
        float value = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
        Float score = scored && Float.isFinite(value) ? value : null;
        return new SearchResult.Hit(a.path("id").asText(), score, textOrNull(a, "title"),
                a.path("language").asText(null), textOrNull(a, "published"), summary.outlet(), textOrNull(a, "url"),
                a.path("preview").asText(""), snippet, null, null, textOrNull(a, "day"), textOrNull(a, "date_from"));
    }

    private static JsonNode legacySummary(JsonNode article) {
        ObjectNode s = ArticleJson.MAPPER.createObjectNode();
        s.put("id", article.path("id").asText());
        s.put("title", textOrNull(article, "title"));
        s.put("language", textOrNull(article, "language"));
        s.put("published", textOrNull(article, "published"));
        s.put("url", url(article));
        s.put("preview", preview(article.path("text").asText("")));
        return s;
    }

    private static JsonNode json(BytesRef bytes) throws IOException {
        return ArticleJson.MAPPER.readTree(bytes.bytes, bytes.offset, bytes.length);
    }

    static String url(JsonNode a) {
        String url = textOrNull(a, "url");
        return url != null ? url : textOrNull(a.path("input"), "url");
    }

    static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String preview(String text) {
        String head = text.length() > PREVIEW_CHARS * 3 ? text.substring(0, PREVIEW_CHARS * 3) : text;
        String flat = WHITESPACE.matcher(head).replaceAll(" ").strip();
        if (flat.length() <= PREVIEW_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREVIEW_CHARS);
        return flat.substring(0, cut > PREVIEW_CHARS / 2 ? cut : PREVIEW_CHARS) + "…";
    }

    private static Map<String, List<SearchResult.FacetValue>> facets(SortedSetDocValuesReaderState state,
                                                                     FacetsCollector fc, int limit)
            throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        Set<String> dims = state.getPrefixToOrdRange().keySet();
        for (String dim : Fields.FACET_DIMS) {
            if (!dims.contains(dim)) {
                out.put(dim, List.of());
                continue;
            }
            out.put(dim, facetValues(counts, dim, limit));
        }
        return out;
    }

    static List<SearchResult.FacetValue> facetValues(SortedSetDocValuesFacetCounts counts, String dim, int limit)
            throws IOException {
        if (dim.equals(Fields.MONTH)) {
            FacetResult all = counts.getAllChildren(dim);
            List<SearchResult.FacetValue> months = new ArrayList<>();
            if (all != null) {
                for (LabelAndValue lv : all.labelValues) {
                    months.add(new SearchResult.FacetValue(lv.label, lv.label, null, lv.value.longValue()));
                }
            }
            months.sort(Comparator.comparing(SearchResult.FacetValue::value));
            return months;
        }
        if (dim.equals(Fields.ENTITY)) {
            FacetResult top = counts.getTopChildren(limit * 3, dim);
            return top == null ? List.of() : entityValues(top.labelValues, limit, null);
        }
        FacetResult top = counts.getTopChildren(limit, dim);
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                values.add(new SearchResult.FacetValue(lv.label, lv.label, null, lv.value.longValue()));
            }
        }
        return values;
    }

    /** Entity facet labels are "key, type, name"; one key can have more than one label, merged here. */
    static List<SearchResult.FacetValue> entityValues(LabelAndValue[] labels, int limit, String except) {
        Map<String, SearchResult.FacetValue> byKey = new LinkedHashMap<>();
        for (LabelAndValue lv : labels) {
            String[] parts = lv.label.split(String.valueOf(Fields.LABEL_SEP), 3);
            String key = parts[0];
            if (key.equals(except)) {
                continue;
            }
            String type = parts.length > 1 ? parts[1] : null;
            String name = parts.length > 2 ? parts[2] : key;
            long count = lv.value.longValue();
            byKey.merge(key, new SearchResult.FacetValue(key, name, type, count),
                    (a, b) -> new SearchResult.FacetValue(key, a.count() >= b.count() ? a.label() : b.label(),
                            a.type(), a.count() + b.count()));
        }
        return byKey.values().stream().sorted(Comparator.comparingLong(SearchResult.FacetValue::count).reversed())
                .limit(limit).collect(Collectors.toList());
    }

    /** The facet value of one entity key, its labels merged as {@link #entityValues} merges them; null if none. */
    static SearchResult.FacetValue entityValue(LabelAndValue[] labels, String key) {
        String prefix = key + Fields.LABEL_SEP;
        SearchResult.FacetValue merged = null;
        for (LabelAndValue lv : labels) {
            if (lv.label.startsWith(prefix)) {
                SearchResult.FacetValue v = entityValues(new LabelAndValue[] {lv}, 1, null).get(0);
                merged = merged == null ? v : new SearchResult.FacetValue(key,
                        merged.count() >= v.count() ? merged.label() : v.label(), merged.type(),
                        merged.count() + v.count());
            }
        }
        return merged;
    }

    /** Everything about one entity: who it is, how often it is mentioned per day, and with whom. */
    public EntityReport entity(String key) {
        IndexSearcher s = index.acquire();
        try {
            ReaderContext c = context(s);
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                    .build();
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort(SearchRequest.Order.DATE), 20, null,
                    Integer.MAX_VALUE);
            Object[] results = s.search(q, new MultiCollectorManager(top, DayStats.manager(),
                    new FacetsCollectorManager()));
            TopFieldDocs docs = (TopFieldDocs) results[0];
            if (docs.totalHits.value == 0) {
                return null;
            }
            DayStats days = (DayStats) results[1];
            List<SearchResult.FacetValue> related = List.of();
            SearchResult.FacetValue self = null;
            if (c.facets() != null) {
                SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(c.facets(),
                        (FacetsCollector) results[2]);
                FacetResult r = counts.getAllChildren(Fields.ENTITY);
                if (r != null) {
                    related = entityValues(r.labelValues, 20, key);
                    self = entityValue(r.labelValues, key);
                }
            }
            StoredFields stored = storedFields(s);
            HitFields fields = new HitFields(false);
            List<SearchResult.Hit> articles = new ArrayList<>();
            JsonNode mention = null;
            for (ScoreDoc sd : docs.scoreDocs) {
                articles.add(hit(summary(stored, sd.doc, fields, null), sd, List.of(), false));
                if (mention == null) {
                    mention = findMention(stored, sd.doc, key);
                }
            }
            List<EntityReport.DayCount> timeline = days.perDay.entrySet().stream()
                    .map(e -> new EntityReport.DayCount(e.getKey(), e.getValue())).toList();
            // The name and type most mentions give; the role and country of the newest mention.
            return new EntityReport(key,
                    self != null ? self.label() : mention == null ? key : nameOf(mention),
                    self != null ? self.type() : mention == null ? null : textOrNull(mention, "type"),
                    mention == null ? null : textOrNull(mention, "role"),
                    mention == null ? null : textOrNull(mention, "country"),
                    docs.totalHits.value, days.undated, timeline, related, articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private static String nameOf(JsonNode entity) {
        String canonical = textOrNull(entity, "canonical");
        return canonical != null ? canonical : textOrNull(entity, "text");
    }

    private static JsonNode findMention(StoredFields stored, int doc, String key) throws IOException {
        BytesRef json = stored.document(doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
        JsonNode a = ArticleJson.MAPPER.readTree(json.bytes, json.offset, json.length);
        for (JsonNode e : a.path("entities")) {
            String kb = textOrNull(e, "kb_id");
            String k = kb != null && !kb.isBlank() ? kb.strip() : "name:" + ArticleDocuments.foldName(nameOf(e));
            if (k.equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** Events matching a request, newest first, with counts per month and quad class over all matches. */
    public EventResult events(EventRequest r) {
        IndexSearcher s = index.acquire();
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(Fields.KIND, Fields.EVENT)), BooleanClause.Occur.FILTER);
            b.add(actorQuery(r), BooleanClause.Occur.FILTER);
            anyOf(b, Fields.ROOT, r.roots());
            dayRange(b, r.from(), r.to());
            Query q = b.build();
            Sort sort = new Sort(daySort(), new SortField(Fields.ARTICLE_ID, SortField.Type.STRING));
            FieldDoc after = r.cursor() == null ? null : Cursor.decode(r.cursor(), SearchRequest.Order.DATE);
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort, r.limit() + 1, after, Integer.MAX_VALUE);
            Object[] results = s.search(q, new MultiCollectorManager(top, EventStats.manager()));
            TopFieldDocs docs = (TopFieldDocs) results[0];
            EventStats stats = (EventStats) results[1];
            StoredFields stored = storedFields(s);
            List<ObjectNode> events = new ArrayList<>();
            int shown = Math.min(r.limit(), docs.scoreDocs.length);
            for (ScoreDoc sd : java.util.Arrays.copyOf(docs.scoreDocs, shown)) {
                BytesRef json = stored.document(sd.doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
                events.add((ObjectNode) ArticleJson.MAPPER.readTree(json.bytes, json.offset, json.length));
            }
            long total = stats.perRoot.values().stream().mapToLong(Long::longValue).sum();
            total = Math.max(total, docs.totalHits.value);
            String next = docs.scoreDocs.length > r.limit()
                    ? Cursor.encode((FieldDoc) docs.scoreDocs[shown - 1], SearchRequest.Order.DATE) : null;
            return new EventResult(total, events, stats.timeline(), stats.undated, stats.perRoot, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private static Query actorQuery(EventRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (r.actor() != null) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(new TermQuery(new Term(Fields.ACTOR1, r.actor())), BooleanClause.Occur.SHOULD);
            either.add(new TermQuery(new Term(Fields.ACTOR2, r.actor())), BooleanClause.Occur.SHOULD);
            b.add(either.build(), BooleanClause.Occur.FILTER);
        }
        if (r.actor1() == null && r.actor2() == null) {
            return b.build();
        }
        Query forward = pair(r.actor1(), r.actor2());
        if (r.bothDirections()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(forward, BooleanClause.Occur.SHOULD);
            either.add(pair(r.actor2(), r.actor1()), BooleanClause.Occur.SHOULD);
            b.add(either.build(), BooleanClause.Occur.FILTER);
        } else {
            b.add(forward, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query pair(String actor1, String actor2) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (actor1 != null) {
            b.add(new TermQuery(new Term(Fields.ACTOR1, actor1)), BooleanClause.Occur.FILTER);
        }
        if (actor2 != null) {
            b.add(new TermQuery(new Term(Fields.ACTOR2, actor2)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Opaque next-page cursors: the sort values of the last hit of a page. */
    static final class Cursor {
        private Cursor() {
        }

        static String encode(FieldDoc last, SearchRequest.Order order) {
            Object first = last.fields[0];
            String id = ((BytesRef) last.fields[1]).utf8ToString();
            String value = order == SearchRequest.Order.RELEVANCE
                    ? Integer.toHexString(Float.floatToIntBits((Float) first)) : Long.toString((Long) first);
            String raw = (order == SearchRequest.Order.RELEVANCE ? "r" : "d") + "|" + value + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** A cursor of hits collapsed by story: how many stories the pages before showed. */
        static String encodeOffset(int offset) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("s|" + offset)
                    .getBytes(StandardCharsets.UTF_8));
        }

        static int decodeOffset(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!raw.startsWith("s|")) {
                    throw new InvalidQueryException("the cursor belongs to a search whose hits are not collapsed");
                }
                int offset = Integer.parseInt(raw.substring(2));
                if (offset < 0) {
                    throw new InvalidQueryException("the cursor is not valid");
                }
                return offset;
            } catch (IllegalArgumentException e) {
                if (e instanceof InvalidQueryException iq) {
                    throw iq;
                }
                throw new InvalidQueryException("the cursor is not valid: " + e.getMessage(), e);
            }
        }

        static FieldDoc decode(String cursor, SearchRequest.Order order) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", 3);
                String expected = order == SearchRequest.Order.RELEVANCE ? "r" : "d";
                if (parts.length != 3 || !parts[0].equals(expected)) {
                    throw new InvalidQueryException("the cursor belongs to another search or sort order");
                }
                Object first = order == SearchRequest.Order.RELEVANCE
                        ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16))
                        : (Object) Long.parseLong(parts[1]);
                // Integer.MAX_VALUE: the last hit itself (equal sort values) is never returned again.
                return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(parts[2])});
            } catch (IllegalArgumentException e) {
                if (e instanceof InvalidQueryException iq) {
                    throw iq;
                }
                throw new InvalidQueryException("the cursor is not valid: " + e.getMessage(), e);
            }
        }
    }

    /** Holds the default facet field name without spreading the facets package's constant around. */
    private static final class FacetsConfigDefaults {
        static final String FIELD = org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    }
}
