package org.warta.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.warta.io.ArticleJson;

/**
 * Snippets for a page of hits: for each article, the passage of its text that best shows the query's words, as
 * pieces of plain text. The words' offsets come from the postings, where the index stored them with the text
 * ({@link ArticleDocuments#TEXT_WITH_OFFSETS}), so the text is not analysed again; an index made before that is
 * analysed as it used to be. Passages are the JDK's sentences, found once per text ({@link SentenceBreaks}).
 */
final class Snippets extends UnifiedHighlighter {
    /** Longer texts are highlighted in their first this many characters. */
    static final int MAX_CHARS = 50_000;
    private final Map<Integer, String> texts;

    /** @param texts the text of each document to highlight, read with its summary */
    Snippets(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
        super(builder(searcher, analyzer).withFormatter(new PiecesFormatter()).withScorer(new PassageScores())
                .withMaxLength(MAX_CHARS)
                .withBreakIterator(() -> new SentenceBreaks(BreakIterator.getSentenceInstance(Locale.ROOT))));
        this.texts = texts;
    }

    /** One snippet per document, in the order given, each from the text field its document's language is in. */
    List<List<SearchResult.Piece>> of(Query query, int[] docs, String[] fields) throws IOException {
        Map<String, List<Integer>> byField = new LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byField.computeIfAbsent(fields[i], f -> new ArrayList<>()).add(i);
        }
        List<List<SearchResult.Piece>> out = new ArrayList<>(java.util.Collections.nCopies(docs.length, List.of()));
        for (Map.Entry<String, List<Integer>> e : byField.entrySet()) {
            int[] positions = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[] ids = Arrays.stream(positions).map(i -> docs[i]).toArray();
            Object[] pieces = highlightFieldsAsObjects(new String[] {e.getKey()}, query, ids, new int[] {1})
                    .get(e.getKey());
            for (int j = 0; j < positions.length; j++) {
                out.set(positions[j], pieces(pieces[j]));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<SearchResult.Piece> pieces(Object formatted) {
        return formatted == null ? List.of() : (List<SearchResult.Piece>) formatted;
    }

    /** The article's text for each document, in place of a stored field (the text is stored in the article). */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        long chars = 0;
        do {
            int doc = docs.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            String text = texts.getOrDefault(doc, "");
            CharSequence[] values = new CharSequence[fields.length];
            Arrays.fill(values, text);
            out.add(values);
            chars += (long) text.length() * fields.length;
        } while (cacheCharsThreshold != 0 && chars <= cacheCharsThreshold);
        return out;
    }

    /** The "text" of a stored article, read by streaming over the JSON and skipping everything else. */
    static String text(BytesRef json) throws IOException {
        if (json == null) {
            return "";
        }
        try (JsonParser p = ArticleJson.MAPPER.getFactory().createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("text")) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : "";
                }
                p.skipChildren();
            }
            return "";
        }
    }

    /** Snippet passages as pieces of plain text, so that no markup is ever made from article text. */
    private static final class PiecesFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchResult.Piece> pieces = new ArrayList<>();
            for (Passage p : passages) {
                int pos = p.getStartOffset();
                if (pos > 0) {
                    pieces.add(new SearchResult.Piece("…", false));
                }
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(pos, p.getMatchStarts()[i]);
                    int end = p.getMatchEnds()[i];
                    if (start >= end) {
                        continue;
                    }
                    if (start > pos) {
                        pieces.add(new SearchResult.Piece(content.substring(pos, start), false));
                    }
                    pieces.add(new SearchResult.Piece(content.substring(start, end), true));
                    pos = end;
                }
                if (pos < p.getEndOffset()) {
                    pieces.add(new SearchResult.Piece(content.substring(pos, p.getEndOffset()), false));
                }
                if (p.getEndOffset() < content.length()) {
                    pieces.add(new SearchResult.Piece("…", false));
                }
            }
            return pieces;
        }
    }
}
