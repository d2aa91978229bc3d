package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.warta.kb.CameoCodes;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
import org.warta.kb.Tenure;

/**
 * Entity pages: an entity's report with its articles per language, its co-occurrence graph and its knowledge base
 * record. One pass over the entity's articles counts languages and neighbours; a second, over their entity doc
 * values, counts which neighbours are mentioned together. Thread-safe.
 */
public final class EntityPages {
    /** Entities drawn around the page's entity. */
    public static final int GRAPH_NODES = 30;
    /** Edges between neighbours are counted over at most this many of the entity's articles. */
    static final int MAX_EDGE_ARTICLES = 20_000;
    /** The most edges returned: the strongest, so that the drawing stays legible. */
    static final int MAX_EDGES = 120;
    private final ArticleSearcher searcher;
    private final Supplier<KnowledgeBase> kb;

    public EntityPages(ArticleSearcher searcher, Supplier<KnowledgeBase> kb) {
        this.searcher = searcher;
        this.kb = kb;
    }

    /** The page of an entity; null when no article mentions it. */
    public EntityPage page(String key) {
        EntityReport report = searcher.entity(key);
        if (report == null) {
            return null;
        }
        KbEntity entity = kb.get().get(key);
        String actor = KbEntity.isCountryId(key) ? key.substring(KbEntity.COUNTRY_ID_PREFIX.length()) : key;
        ArticleIndex index = searcher.index();
        IndexSearcher s = index.acquire();
        try {
            Counts counts = count(s, key);
            return new EntityPage(report, actor, counts.languages, counts.graph, entity == null ? null : facts(entity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private record Counts(List<EntityPage.LanguageCount> languages, EntityPage.Graph graph) {
    }

    private Counts count(IndexSearcher s, String key) throws IOException {
        SortedSetDocValuesReaderState state = searcher.facetState(s);
        if (state == null) {
            return new Counts(List.of(), new EntityPage.Graph(List.of(), List.of(), 0));
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        FacetsCollector fc = s.search(q, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        List<EntityPage.LanguageCount> languages = new ArrayList<>();
        FacetResult langs = counts.getAllChildren(Fields.LANG);
        if (langs != null) {
            for (LabelAndValue lv : langs.labelValues) {
                languages.add(new EntityPage.LanguageCount(lv.label, lv.value.longValue()));
            }
            languages.sort(Comparator.comparingLong(EntityPage.LanguageCount::articles).reversed()
                    .thenComparing(EntityPage.LanguageCount::language));
        }
        // the top labels only: a key has few labels, and reading every label of a much-mentioned entity's articles
        // would cost more than the rest of the page
        FacetResult entities = counts.getTopChildren(GRAPH_NODES * 3 + 1, Fields.ENTITY);
        if (entities == null) {
            return new Counts(languages, new EntityPage.Graph(List.of(), List.of(), 0));
        }
        List<SearchResult.FacetValue> top = ArticleSearcher.entityValues(entities.labelValues, GRAPH_NODES, key);
        List<EntityPage.Node> nodes = top.stream()
                .map(v -> new EntityPage.Node(v.value(), v.label(), v.type(), v.count())).toList();
        return new Counts(languages, edges(fc, entities.labelValues, nodes));
    }

    /**
     * How often each pair of nodes is mentioned in the same article: each article's entity ordinals are read once
     * and the pairs among the nodes it mentions counted, so the cost is the articles times their entities.
     */
    private static EntityPage.Graph edges(FacetsCollector fc, LabelAndValue[] labels, List<EntityPage.Node> nodes)
            throws IOException {
        Map<String, Integer> nodeOf = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeOf.put(nodes.get(i).key(), i);
        }
        // one key can have several labels (its type or name differed between mentions): each label is a term
        List<BytesRef> terms = new ArrayList<>();
        List<Integer> termNode = new ArrayList<>();
        for (LabelAndValue lv : labels) {
            Integer node = nodeOf.get(lv.label.split(String.valueOf(Fields.LABEL_SEP), 2)[0]);
            if (node != null) {
                terms.add(new BytesRef(FacetsConfig.pathToString(Fields.ENTITY, lv.label)));
                termNode.add(node);
            }
        }
        String field = Fields.facetsConfig().getDimConfig(Fields.ENTITY).indexFieldName;
        long[][] pairs = new long[nodes.size()][nodes.size()];
        long read = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (read >= MAX_EDGE_ARTICLES) {
                break;
            }
            SortedSetDocValues dv = DocValues.getSortedSet(md.context.reader(), field);
            Map<Long, Integer> ordNode = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                long ord = dv.lookupTerm(terms.get(i));
                if (ord >= 0) {
                    ordNode.put(ord, termNode.get(i));
                }
            }
            DocIdSetIterator docs = md.bits.iterator();
            int[] present = new int[nodes.size()];
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && read < MAX_EDGE_ARTICLES;
                 doc = docs.nextDoc()) {
                read++;
                if (ordNode.isEmpty() || !dv.advanceExact(doc)) {
                    continue;
                }
                int n = 0;
                for (int k = 0; k < dv.docValueCount(); k++) {
                    Integer node = ordNode.get(dv.nextOrd());
                    if (node != null && !contains(present, n, node)) {
                        present[n++] = node;
                    }
                }
                for (int a = 0; a < n; a++) {
                    for (int b = a + 1; b < n; b++) {
                        pairs[Math.min(present[a], present[b])][Math.max(present[a], present[b])]++;
                    }
                }
            }
        }
        List<EntityPage.Edge> edges = new ArrayList<>();
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = a + 1; b < nodes.size(); b++) {
                if (pairs[a][b] > 0) {
                    edges.add(new EntityPage.Edge(nodes.get(a).key(), nodes.get(b).key(), pairs[a][b]));
                }
            }
        }
        edges.sort(Comparator.comparingLong(EntityPage.Edge::articles).reversed());
        return new EntityPage.Graph(nodes, List.copyOf(edges.subList(0, Math.min(MAX_EDGES, edges.size()))), read);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    static EntityPage.KbFacts facts(KbEntity e) {
        List<EntityPage.Role> roles = new ArrayList<>();
        for (Tenure t : e.tenures()) {
            roles.add(new EntityPage.Role(t.code(), CameoCodes.role(t.code()), CameoCodes.country(t.code()),
                    t.from(), t.until()));
        }
        // held now first, then by the day they began, newest first; undated codes last
        roles.sort(Comparator.comparing((EntityPage.Role r) -> r.from() == null && r.until() == null)
                .thenComparing(r -> r.until() != null)
                .thenComparing(EntityPage.Role::from, Comparator.nullsLast(Comparator.reverseOrder())));
        return new EntityPage.KbFacts(e.id(), e.canonical(), e.kind(), e.country(), e.role(), e.former(),
                new LinkedHashMap<>(e.names()), List.copyOf(roles));
    }
}
