package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.warta.kb.Countries;

/**
 * The index at a glance: articles per day and language, the largest and fastest-growing stories, the people,
 * organisations and countries most mentioned, and mentions and events per country, over a period and against the
 * period of equal length before it. Two searches (the period, the period before) each count everything in one pass
 * over the matching articles' doc values and facets; events per actor country are counted from the postings of the
 * actor fields. Thread-safe.
 */
public final class Overview {
    /** A period longer than this many days is drawn per month; longer than {@link #YEARS_AFTER}, per year. */
    static final int DAYS_UP_TO = 92;
    static final int YEARS_AFTER = 366 * 15;

    private final ArticleSearcher searcher;
    private final ArticleIndex index;
    /**
     * Overviews of the newest reader: the start page asks the same few for every visitor, and they change only when
     * new articles are made visible.
     */
    private final ReaderCache<OverviewResult> counted = new ReaderCache<>();

    public Overview(ArticleSearcher searcher) {
        this.searcher = searcher;
        this.index = searcher.index();
    }

    public OverviewResult of(OverviewRequest r) {
        long t0 = System.nanoTime();
        IndexSearcher s = index.acquire();
        try {
            OverviewResult o = counted.get(s.getIndexReader(), List.of(r, index.merges().version()),
                    () -> count(s, r, t0));
            return new OverviewResult(o.from(), o.to(), o.previousFrom(), o.previousTo(), o.bucket(), o.articles(),
                    o.undated(), o.languages(), o.volume(), o.largest(), o.growing(), o.people(), o.organisations(),
                    o.countries(), o.countryMentions(), o.countryEvents(), ms(t0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private OverviewResult count(IndexSearcher s, OverviewRequest r, long t0) throws IOException {
        Query articles = articles(r.languages());
        long undated = s.count(new BooleanQuery.Builder().add(articles, BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(Fields.DAY), BooleanClause.Occur.MUST_NOT).build());
        LocalDate newest = edgeDay(s, articles, true);
        if (newest == null) {
            return new OverviewResult(null, null, null, null, "day", 0, undated, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), ms(t0));
        }
        LocalDate to = r.all() || r.to() == null ? newest : r.to();
        LocalDate from = r.all() ? edgeDay(s, articles, false)
                : r.from() != null ? r.from() : to.minusDays(r.days() - 1L);
        if (from.isAfter(to)) {
            // "from" given alone, after the newest article: an empty period rather than an error
            to = from;
        }
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = from.minusDays(length);

        SortedSetDocValuesReaderState facets = searcher.facetState(s);
        Object[] now = s.search(inPeriod(articles, from, to), facets == null
                ? new MultiCollectorManager(Volume.manager(), StoryMatches.manager())
                : new MultiCollectorManager(Volume.manager(), StoryMatches.manager(), new FacetsCollectorManager()));
        Object[] before = s.search(inPeriod(articles, previousFrom, previousTo), facets == null
                ? new MultiCollectorManager(StoryMatches.manager())
                : new MultiCollectorManager(StoryMatches.manager(), new FacetsCollectorManager()));
        Volume volume = (Volume) now[0];
        String bucket = length <= DAYS_UP_TO ? "day" : length <= YEARS_AFTER ? "month" : "year";

        @SuppressWarnings("unchecked")
        Map<String, StoryMatches.Match> storiesNow = StoryMatches.resolve((Map<String, StoryMatches.Match>) now[1],
                index.merges());
        @SuppressWarnings("unchecked")
        Map<String, StoryMatches.Match> storiesBefore = StoryMatches.resolve(
                (Map<String, StoryMatches.Match>) before[0], index.merges());
        Lists lists = facets == null ? Lists.NONE
                : lists(facets, (FacetsCollector) now[2], (FacetsCollector) before[1], r.top());
        return new OverviewResult(from, to, previousFrom, previousTo, bucket, volume.total, undated,
                volume.languages(), volume.buckets(from, to, bucket),
                stories(s, storiesNow, storiesBefore, r.top(), false),
                stories(s, storiesNow, storiesBefore, r.top(), true),
                lists.people(), lists.organisations(), lists.countries(), lists.mentions(),
                eventCountries(s, r.languages(), from, to), ms(t0));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static Query articles(List<String> languages) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER);
        ArticleSearcher.anyOf(b, Fields.LANG, languages.stream()
                .map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList());
        return b.build();
    }

    private static Query inPeriod(Query articles, LocalDate from, LocalDate to) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(articles, BooleanClause.Occur.FILTER);
        ArticleSearcher.dayRange(b, from, to);
        return b.build();
    }

    /** The newest (or oldest) publication day of the articles a query matches, or null when none is dated. */
    private static LocalDate edgeDay(IndexSearcher s, Query articles, boolean newest) throws IOException {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, newest);
        day.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        TopFieldDocs top = s.search(articles, 1, new Sort(day));
        if (top.scoreDocs.length == 0) {
            return null;
        }
        long value = (Long) ((FieldDoc) top.scoreDocs[0]).fields[0];
        return value == Long.MIN_VALUE || value == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(value);
    }

    /** The largest stories of the period, or with {@code growing} those that gained the most over the period before. */
    private List<OverviewResult.StoryTrend> stories(IndexSearcher s, Map<String, StoryMatches.Match> now,
                                                     Map<String, StoryMatches.Match> before, int top,
                                                     boolean growing) throws IOException {
        Map<String, StoryStats.Story> all = searcher.stories(s);
        Comparator<Map.Entry<String, StoryMatches.Match>> bySize = Comparator.comparingInt(e -> -e.getValue().count);
        Comparator<Map.Entry<String, StoryMatches.Match>> order = growing
                ? Comparator.<Map.Entry<String, StoryMatches.Match>>comparingLong(e -> -gain(e, before))
                        .thenComparing(bySize)
                : bySize;
        List<OverviewResult.StoryTrend> out = new ArrayList<>();
        for (Map.Entry<String, StoryMatches.Match> e : now.entrySet().stream()
                .filter(e -> !growing || gain(e, before) > 0)
                .sorted(order.thenComparing(Map.Entry::getKey)).limit(top).toList()) {
            StoryStats.Story story = all.get(e.getKey());
            if (story == null) {
                continue;
            }
            StoryMatches.Match earlier = before.get(e.getKey());
            out.add(new OverviewResult.StoryTrend(story.id(), StorySearcher.title(s, story), story.size(),
                    e.getValue().count, earlier == null ? 0 : earlier.count, story.languages(), story.lastSeen()));
        }
        return out;
    }

    private static long gain(Map.Entry<String, StoryMatches.Match> e, Map<String, StoryMatches.Match> before) {
        StoryMatches.Match earlier = before.get(e.getKey());
        return e.getValue().count - (earlier == null ? 0L : earlier.count);
    }

    /** The top lists and the country counts the facets give. */
    private record Lists(List<OverviewResult.Trend> people, List<OverviewResult.Trend> organisations,
                         List<OverviewResult.Trend> countries, Map<String, Long> mentions) {
        static final Lists NONE = new Lists(List.of(), List.of(), List.of(), Map.of());
    }

    private static Lists lists(SortedSetDocValuesReaderState state, FacetsCollector now, FacetsCollector before,
                               int top) throws IOException {
        SortedSetDocValuesFacetCounts countsNow = new SortedSetDocValuesFacetCounts(state, now);
        SortedSetDocValuesFacetCounts countsBefore = new SortedSetDocValuesFacetCounts(state, before);
        boolean hasEntities = state.getPrefixToOrdRange().containsKey(Fields.ENTITY);
        boolean hasCountries = state.getPrefixToOrdRange().containsKey(Fields.COUNTRY);
        List<SearchResult.FacetValue> entities = hasEntities ? entities(countsNow) : List.of();
        Map<String, Long> entitiesBefore = new HashMap<>();
        if (hasEntities) {
            entities(countsBefore).forEach(v -> entitiesBefore.put(v.value(), v.count()));
        }
        Map<String, Long> mentions = hasCountries ? counts(countsNow.getAllChildren(Fields.COUNTRY)) : Map.of();
        Map<String, Long> mentionsBefore = hasCountries ? counts(countsBefore.getAllChildren(Fields.COUNTRY))
                : Map.of();
        List<OverviewResult.Trend> countries = mentions.entrySet().stream().limit(top)
                .map(e -> new OverviewResult.Trend(e.getKey(), Countries.englishName(e.getKey()), "COUNTRY",
                        e.getValue(), mentionsBefore.getOrDefault(e.getKey(), 0L)))
                .toList();
        return new Lists(ofType(entities, "PERSON", entitiesBefore, top), ofType(entities, "ORG", entitiesBefore, top),
                countries, mentions);
    }

    /** Every entity counted, labels of one key merged, most mentioned first. */
    private static List<SearchResult.FacetValue> entities(SortedSetDocValuesFacetCounts counts) throws IOException {
        FacetResult all = counts.getAllChildren(Fields.ENTITY);
        return all == null ? List.of() : ArticleSearcher.entityValues(all.labelValues, Integer.MAX_VALUE, null);
    }

    private static List<OverviewResult.Trend> ofType(List<SearchResult.FacetValue> entities, String type,
                                                     Map<String, Long> before, int top) {
        return entities.stream().filter(v -> type.equals(v.type())).limit(top)
                .map(v -> new OverviewResult.Trend(v.value(), v.label(), v.type(), v.count(),
                        before.getOrDefault(v.value(), 0L)))
                .toList();
    }

    /** Label to count, most first, ties by label. */
    private static Map<String, Long> counts(FacetResult result) {
        if (result == null) {
            return Map.of();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        java.util.Arrays.stream(result.labelValues)
                .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                        .thenComparing(lv -> lv.label))
                .forEach(lv -> out.put(lv.label, lv.value.longValue()));
        return out;
    }

    /**
     * Events of the period per country of either actor: the matching events of each segment are marked, then each
     * country's postings in the two actor fields are walked together, so that an event counts once per country
     * (an event between two actors of one country, or a mutual one indexed both ways, is still one event).
     */
    private static Map<String, Long> eventCountries(IndexSearcher s, List<String> languages, LocalDate from,
                                                    LocalDate to) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, Fields.EVENT)), BooleanClause.Occur.FILTER);
        ArticleSearcher.dayRange(b, from, to);
        Map<LeafReaderContext, FixedBitSet> marked = s.search(b.build(), EventMarks.manager(
                languages.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList()));
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<LeafReaderContext, FixedBitSet> e : marked.entrySet()) {
            Terms actor1 = e.getKey().reader().terms(Fields.ACTOR1);
            Terms actor2 = e.getKey().reader().terms(Fields.ACTOR2);
            for (String country : countryTerms(actor1, actor2)) {
                long n = countUnion(postings(actor1, country), postings(actor2, country), e.getValue());
                if (n > 0) {
                    out.merge(country, n, Long::sum);
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        out.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The actor terms that are country codes ("RUS"), in either field. */
    private static java.util.Set<String> countryTerms(Terms... fields) throws IOException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Terms t : fields) {
            if (t == null) {
                continue;
            }
            TermsEnum te = t.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                if (term.length == 3) {
                    String code = term.utf8ToString();
                    if (Countries.isCountry(code)) {
                        out.add(code);
                    }
                }
            }
        }
        return out;
    }

    private static PostingsEnum postings(Terms terms, String term) throws IOException {
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        return te.seekExact(new BytesRef(term)) ? te.postings(null, PostingsEnum.NONE) : null;
    }

    /** Documents in either postings list (both sorted) that are marked. */
    private static long countUnion(PostingsEnum a, PostingsEnum b, FixedBitSet marked) throws IOException {
        int da = a == null ? DocIdSetIterator.NO_MORE_DOCS : a.nextDoc();
        int db = b == null ? DocIdSetIterator.NO_MORE_DOCS : b.nextDoc();
        long n = 0;
        while (da != DocIdSetIterator.NO_MORE_DOCS || db != DocIdSetIterator.NO_MORE_DOCS) {
            int doc = Math.min(da, db);
            if (marked.get(doc)) {
                n++;
            }
            if (da == doc) {
                da = a.nextDoc();
            }
            if (db == doc) {
                db = b.nextDoc();
            }
        }
        return n;
    }

    /** Articles per day and language, from doc values. */
    static final class Volume extends SimpleCollector {
        /** Language to day (epoch day) to articles. */
        final Map<String, Map<Long, Long>> byLanguage = new HashMap<>();
        long total;
        private NumericDocValues day;
        private SortedDocValues language;
        private Map<Long, Long>[] byOrd;

        @Override
        @SuppressWarnings("unchecked")
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            day = DocValues.getNumeric(context.reader(), Fields.DAY);
            language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
            byOrd = new Map[language.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!day.advanceExact(doc)) {
                return;
            }
            total++;
            Map<Long, Long> days;
            if (language.advanceExact(doc)) {
                int ord = language.ordValue();
                if (byOrd[ord] == null) {
                    byOrd[ord] = byLanguage.computeIfAbsent(language.lookupOrd(ord).utf8ToString(),
                            k -> new HashMap<>());
                }
                days = byOrd[ord];
            } else {
                days = byLanguage.computeIfAbsent("und", k -> new HashMap<>());
            }
            days.merge(day.longValue(), 1L, Long::sum);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        List<OverviewResult.LanguageCount> languages() {
            return byLanguage.entrySet().stream()
                    .map(e -> new OverviewResult.LanguageCount(e.getKey(),
                            e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                    .sorted(Comparator.comparingLong((OverviewResult.LanguageCount c) -> -c.articles())
                            .thenComparing(OverviewResult.LanguageCount::language))
                    .toList();
        }

        /** Every bucket from {@code from} to {@code to}, in order, with its counts per language. */
        List<OverviewResult.Bucket> buckets(LocalDate from, LocalDate to, String unit) {
            TreeMap<LocalDate, Map<String, Long>> counts = new TreeMap<>();
            for (LocalDate d = start(from, unit); !d.isAfter(to); d = next(d, unit)) {
                counts.put(d, new TreeMap<>());
            }
            byLanguage.forEach((lang, days) -> days.forEach((epochDay, n) ->
                    counts.computeIfAbsent(start(LocalDate.ofEpochDay(epochDay), unit), k -> new TreeMap<>())
                            .merge(lang, n, Long::sum)));
            List<OverviewResult.Bucket> out = new ArrayList<>(counts.size());
            counts.forEach((d, c) -> out.add(new OverviewResult.Bucket(d, label(d, unit),
                    c.values().stream().mapToLong(Long::longValue).sum(), c)));
            return out;
        }

        private static LocalDate start(LocalDate d, String unit) {
            return switch (unit) {
                case "year" -> d.withDayOfYear(1);
                case "month" -> d.withDayOfMonth(1);
                default -> d;
            };
        }

        private static LocalDate next(LocalDate d, String unit) {
            return switch (unit) {
                case "year" -> d.plusYears(1);
                case "month" -> d.plusMonths(1);
                default -> d.plusDays(1);
            };
        }

        private static String label(LocalDate d, String unit) {
            return switch (unit) {
                case "year" -> Integer.toString(d.getYear());
                case "month" -> d.toString().substring(0, 7);
                default -> d.toString();
            };
        }

        static CollectorManager<Volume, Volume> manager() {
            return new CollectorManager<>() {
                @Override
                public Volume newCollector() {
                    return new Volume();
                }

                @Override
                public Volume reduce(Collection<Volume> collectors) {
                    Volume all = new Volume();
                    for (Volume c : collectors) {
                        c.byLanguage.forEach((lang, days) -> days.forEach((d, n) ->
                                all.byLanguage.computeIfAbsent(lang, k -> new HashMap<>()).merge(d, n, Long::sum)));
                        all.total += c.total;
                    }
                    return all;
                }
            };
        }
    }

    /**
     * Marks the matching events of each segment; with languages, only the events whose article (the last document
     * of their block) is in one of them.
     */
    static final class EventMarks extends SimpleCollector {
        final Map<LeafReaderContext, FixedBitSet> marks = new HashMap<>();
        private final List<String> languages;
        private FixedBitSet current;
        private FixedBitSet articles;
        private SortedDocValues language;
        private boolean[] wanted;
        private int lastParent = -1;
        private boolean lastWanted;

        EventMarks(List<String> languages) {
            this.languages = languages;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            current = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
            marks.put(context, current);
            if (languages.isEmpty()) {
                return;
            }
            articles = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
            PostingsEnum p = postings(context.reader().terms(Fields.KIND), Fields.ARTICLE);
            if (p != null) {
                for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                    articles.set(d);
                }
            }
            language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
            lastParent = -1;
            wanted = new boolean[language.getValueCount()];
            for (String code : languages) {
                int ord = language.lookupTerm(new BytesRef(code));
                if (ord >= 0) {
                    wanted[ord] = true;
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!languages.isEmpty() && !articleWanted(doc)) {
                return;
            }
            current.set(doc);
        }

        /** Whether the article of an event's block is in a wanted language; events come in order, so do articles. */
        private boolean articleWanted(int event) throws IOException {
            int parent = event + 1 < articles.length() ? articles.nextSetBit(event + 1) : DocIdSetIterator.NO_MORE_DOCS;
            if (parent != lastParent) {
                lastParent = parent;
                lastWanted = parent != DocIdSetIterator.NO_MORE_DOCS && language.advanceExact(parent)
                        && wanted[language.ordValue()];
            }
            return lastWanted;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        static CollectorManager<EventMarks, Map<LeafReaderContext, FixedBitSet>> manager(List<String> languages) {
            return new CollectorManager<>() {
                @Override
                public EventMarks newCollector() {
                    return new EventMarks(languages);
                }

                @Override
                public Map<LeafReaderContext, FixedBitSet> reduce(Collection<EventMarks> collectors) {
                    Map<LeafReaderContext, FixedBitSet> all = new HashMap<>();
                    collectors.forEach(c -> all.putAll(c.marks));
                    return all;
                }
            };
        }
    }
}
