package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;

/**
 * Entity suggestions as a name is typed: the entities the index mentions whose names (every name the knowledge base
 * has for them, in any language or script, and the names the index labels them with) have a word that begins with
 * the typed text, most mentioned first. Names are compared as {@link EntityNames#key} writes them, so "Лав" and
 * "lav" both find Lavrov. A sorted table of name keys is built once per index reader; a lookup is a binary search
 * and a walk over the keys that share the prefix. Thread-safe.
 */
public final class EntitySuggester {
    /** The most table rows one lookup walks: a one-letter prefix stops there rather than reading every name. */
    static final int MAX_WALK = 50_000;
    /**
     * The most entities the table holds, the most mentioned: past them, on a large index, are names mentioned once
     * or twice, which would make the table several times larger for suggestions that rank last anyway.
     */
    static final int MAX_ENTITIES = 200_000;
    private final ArticleSearcher searcher;
    private final Supplier<KnowledgeBase> kb;
    /** Names folded to keys, kept across readers: transliteration is the costly part of building a table. */
    private final Map<String, String> folded = new ConcurrentHashMap<>();
    private volatile Table table;

    /**
     * One suggestion.
     *
     * @param key      the entity's key (kb id, or "name:" and its folded name)
     * @param name     the name the index shows it by
     * @param type     PERSON, ORG, GPE, LOC or null
     * @param matched  the name whose word begins with the typed text
     * @param articles articles in the index that mention it
     */
    public record Suggestion(String key, String name, String type, String matched, long articles) {
    }

    public EntitySuggester(ArticleSearcher searcher, Supplier<KnowledgeBase> kb) {
        this.searcher = searcher;
        this.kb = kb;
    }

    /** Up to {@code limit} entities with a name that has a word beginning with {@code text}, most mentioned first. */
    public List<Suggestion> suggest(String text, int limit) {
        String prefix = text == null ? "" : EntityNames.key(text);
        if (prefix.isEmpty() || limit < 1) {
            return List.of();
        }
        return table().lookup(prefix, script(text), limit);
    }

    /** Builds the table of the newest reader now, so that the first keystroke does not wait for it. */
    public void warm() {
        table();
    }

    private Table table() {
        ArticleIndex index = searcher.index();
        IndexSearcher s = index.acquire();
        try {
            Table t = table;
            if (t == null || t.reader != s.getIndexReader()) {
                t = build(s);
                table = t;
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private Table build(IndexSearcher s) throws IOException {
        SortedSetDocValuesReaderState state = searcher.facetState(s);
        FacetResult all = state == null ? null : new SortedSetDocValuesFacetCounts(state).getAllChildren(Fields.ENTITY);
        if (all == null) {
            return new Table(s.getIndexReader(), new String[0], new int[0], new String[0], new boolean[0], List.of());
        }
        List<SearchResult.FacetValue> entities = ArticleSearcher.entityValues(all.labelValues, MAX_ENTITIES, null);
        KnowledgeBase base = kb.get();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            SearchResult.FacetValue v = entities.get(i);
            Set<String> names = new LinkedHashSet<>();
            names.add(v.label());
            KbEntity e = v.value().startsWith("name:") ? null : base.get(v.value());
            if (e != null) {
                if (e.canonical() != null) {
                    names.add(e.canonical());
                }
                names.addAll(e.allNames());
            }
            for (String name : names) {
                String key = folded.computeIfAbsent(name, EntityNames::key);
                for (int start = 0; start < key.length(); start = next(key, start)) {
                    rows.add(new Row(key.substring(start), i, name, start == 0));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::key));
        String[] keys = new String[rows.size()];
        int[] entity = new int[rows.size()];
        String[] matched = new String[rows.size()];
        boolean[] whole = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            keys[i] = rows.get(i).key;
            entity[i] = rows.get(i).entity;
            matched[i] = rows.get(i).name;
            whole[i] = rows.get(i).whole;
        }
        return new Table(s.getIndexReader(), keys, entity, matched, whole, entities);
    }

    /** The start of the word after the one at {@code start}, or the key's length. */
    private static int next(String key, int start) {
        int space = key.indexOf(' ', start);
        return space < 0 ? key.length() : space + 1;
    }

    /** The script of a text's first letter, or null when it has none. */
    static Character.UnicodeScript script(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).findFirst()
                .orElse(null);
    }

    /** A key from a word of a name on: {@code whole} when the word is the name's first. */
    private record Row(String key, int entity, String name, boolean whole) {
    }

    /**
     * Name keys in order, each with its entity (an index into {@code entities}, most mentioned first), its name and
     * whether the key begins the name.
     */
    private record Table(IndexReader reader, String[] keys, int[] entity, String[] matched, boolean[] whole,
                         List<SearchResult.FacetValue> entities) {
        List<Suggestion> lookup(String prefix, Character.UnicodeScript typed, int limit) {
            int from = Arrays.binarySearch(keys, prefix);
            if (from < 0) {
                from = -from - 1;
            }
            // entities are numbered most mentioned first, so the smallest numbers are the best suggestions
            Map<Integer, Integer> found = new LinkedHashMap<>();
            for (int i = from, end = Math.min(keys.length, from + MAX_WALK); i < end && keys[i].startsWith(prefix);
                 i++) {
                found.merge(entity[i], i, (a, b) -> rank(b, typed) > rank(a, typed) ? b : a);
            }
            return found.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .limit(limit)
                    .map(e -> {
                        SearchResult.FacetValue v = entities.get(e.getKey());
                        return new Suggestion(v.value(), v.label(), v.type(), matched[e.getValue()], v.count());
                    })
                    .toList();
        }

        /** Which of an entity's matching names to show: one in the script typed, then one that the text begins. */
        private int rank(int row, Character.UnicodeScript typed) {
            return (typed != null && typed == script(matched[row]) ? 2 : 0) + (whole[row] ? 1 : 0);
        }
    }
}
