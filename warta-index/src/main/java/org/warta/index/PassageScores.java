package org.warta.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage as a small document, weighted towards the start of the text), the
 * same value computed the same way, without the 32 KB term hash that Lucene's own {@link PassageScorer#score}
 * allocates for every passage: a passage holds a handful of matches, and those hashes were most of what a search
 * with snippets allocated.
 */
final class PassageScores extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct terms in the order they first appear, as Lucene numbers them
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int n = 0;
        for (int i = 0; i < matches; i++) {
            int id = indexOf(distinct, n, terms[i]);
            if (id < 0) {
                id = n++;
                distinct[id] = terms[i];
                inDoc[id] = freqsInDoc[i];
            }
            inPassage[id]++;
        }
        double score = 0d;
        for (int i = 0; i < n; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static int indexOf(BytesRef[] terms, int n, BytesRef term) {
        for (int i = 0; i < n; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
