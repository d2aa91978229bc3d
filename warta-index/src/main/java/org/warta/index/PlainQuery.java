package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A query of plain words, without operators, fields or special characters ("Lavrov Rubio", "Hà Nội"): how it is
 * told apart from the classic syntax, which entities its runs of words name, and how each word counts towards the
 * score.
 */
final class PlainQuery {
    /**
     * What each word found adds to an article's score: more than BM25 gives one word in an index of millions, so an
     * article with more of the words always ranks above one with fewer.
     */
    static final double WORD_WEIGHT = 100;
    /** The words found in a row weigh as much again as found apart, within articles with as many words. */
    static final float PHRASE_BOOST = 1.0f;
    /** Characters with a meaning in the classic syntax; '-' and '+' only at the start of a word. */
    private static final String SPECIAL = "\"()[]{}^~*?:\\/!&|";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private PlainQuery() {
    }

    /** The words of a query written without any of the classic syntax, or null for a query that uses it. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : query.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (OPERATORS.contains(w) || w.charAt(0) == '-' || w.charAt(0) == '+') {
                return null;
            }
            for (int i = 0; i < w.length(); i++) {
                if (SPECIAL.indexOf(w.charAt(i)) >= 0) {
                    return null;
                }
            }
            words.add(w);
        }
        return words.isEmpty() ? null : words;
    }

    /**
     * For each word, the kb ids of the entity named by the longest run of words it belongs to (at most
     * {@link EntityNames#MAX_WORDS}, read left to right); empty for a word in no name.
     */
    static List<List<String>> linkedIds(List<String> words, EntityNames names) {
        List<List<String>> out = new ArrayList<>(Collections.nCopies(words.size(), List.of()));
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            for (int n = Math.min(EntityNames.MAX_WORDS, words.size() - i); n >= 1; n--) {
                List<String> ids = names.ids(String.join(" ", words.subList(i, i + n)));
                if (!ids.isEmpty()) {
                    for (int k = i; k < i + n; k++) {
                        out.set(k, ids);
                    }
                    taken = n;
                    break;
                }
            }
            i += taken;
        }
        return out;
    }

    /** The query of one word, scored {@link #WORD_WEIGHT} more where it matches. */
    static Query counted(Query word) {
        return new FunctionScoreQuery(word, new PlusScore(WORD_WEIGHT));
    }

    /** The score of the query it wraps, plus a constant. */
    private static final class PlusScore extends DoubleValuesSource {
        private final double add;

        PlusScore(double add) {
            this.add = add;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
            return new DoubleValues() {
                @Override
                public double doubleValue() throws IOException {
                    return add + scores.doubleValue();
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    return scores.advanceExact(doc);
                }
            };
        }

        @Override
        public boolean needsScores() {
            return true;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return true;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(add);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PlusScore p && p.add == add;
        }

        @Override
        public String toString() {
            return "score+" + add;
        }
    }
}
