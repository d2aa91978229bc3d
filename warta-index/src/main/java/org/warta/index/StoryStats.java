package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Every story of one reader as it stands, merges resolved: its size, languages, first and last day, and its newest
 * article. Each segment is counted once, in one pass over its doc values, and kept while the reader has it (a
 * commit adds small segments and leaves the others as they were); the counts of the segments are added up once per
 * reader and table of merges.
 */
final class StoryStats {
    /**
     * One story.
     *
     * @param newestDoc the most recently stored of its articles (a doc id of the reader), whose story title is the
     *                  story's title
     */
    record Story(String id, int size, List<String> languages, LocalDate firstSeen, LocalDate lastSeen, long newestSeq,
                 int newestDoc) {
    }

    private static final class Totals {
        int size;
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        long newestSeq = Long.MIN_VALUE;
        int newestDoc = -1;
        final Map<String, Integer> languages = new HashMap<>();

        /** Adds a segment's counts; its doc ids start at {@code docBase} in the reader. */
        void add(Totals o, int docBase) {
            size += o.size;
            firstDay = Math.min(firstDay, o.firstDay);
            lastDay = Math.max(lastDay, o.lastDay);
            if (o.newestSeq > newestSeq || newestDoc < 0) {
                newestSeq = o.newestSeq;
                newestDoc = docBase + o.newestDoc;
            }
            o.languages.forEach((k, v) -> languages.merge(k, v, Integer::sum));
        }

        Story story(String id) {
            return new Story(id, size, StoryMatches.byFrequency(languages),
                    firstDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(firstDay),
                    lastDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastDay), newestSeq, newestDoc);
        }
    }

    private record Snapshot(IndexReader reader, long mergesVersion, Map<String, Story> stories) {
    }

    private final StoryMerges merges;
    private volatile Snapshot snapshot;
    /** Each segment's counts (doc ids within the segment), by the segment reader's cache key. */
    private Map<Object, Map<String, Totals>> segments = new HashMap<>();

    StoryStats(StoryMerges merges) {
        this.merges = merges;
    }

    /** Every story of this reader, by id (merges resolved). */
    Map<String, Story> of(IndexReader reader) {
        Snapshot s = snapshot;
        long version = merges.version();
        if (s != null && s.reader() == reader && s.mergesVersion() == version) {
            return s.stories();
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.reader() == reader && s.mergesVersion() == version) {
                return s.stories();
            }
            Map<String, Totals> resolved = new HashMap<>();
            Map<Object, Map<String, Totals>> counted = new HashMap<>();
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Object key = leaf.reader().getReaderCacheHelper() == null ? leaf.reader()
                            : leaf.reader().getReaderCacheHelper().getKey();
                    Map<String, Totals> segment = segments.get(key);
                    if (segment == null) {
                        segment = count(leaf);
                    }
                    counted.put(key, segment);
                    for (Map.Entry<String, Totals> e : segment.entrySet()) {
                        resolved.computeIfAbsent(merges.resolve(e.getKey()), k -> new Totals())
                                .add(e.getValue(), leaf.docBase);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            segments = counted;
            Map<String, Story> stories = new HashMap<>();
            resolved.forEach((id, t) -> stories.put(id, t.story(id)));
            snapshot = new Snapshot(reader, version, Map.copyOf(stories));
            return snapshot.stories();
        }
    }

    /** One segment's stories, with doc ids within the segment. */
    private static Map<String, Totals> count(LeafReaderContext leaf) throws IOException {
        Map<String, Totals> byId = new HashMap<>();
        SortedDocValues story = DocValues.getSorted(leaf.reader(), Fields.STORY_ID);
        SortedDocValues language = DocValues.getSorted(leaf.reader(), Fields.LANGUAGE);
        NumericDocValues day = DocValues.getNumeric(leaf.reader(), Fields.DAY);
        NumericDocValues seq = DocValues.getNumeric(leaf.reader(), Fields.SEQ);
        Bits live = leaf.reader().getLiveDocs();
        Totals[] byOrd = new Totals[story.getValueCount()];
        String[] languages = new String[language.getValueCount()];
        for (int doc = story.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = story.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            int ord = story.ordValue();
            Totals t = byOrd[ord];
            if (t == null) {
                t = byId.computeIfAbsent(story.lookupOrd(ord).utf8ToString(), k -> new Totals());
                byOrd[ord] = t;
            }
            t.size++;
            if (day.advanceExact(doc)) {
                t.firstDay = Math.min(t.firstDay, day.longValue());
                t.lastDay = Math.max(t.lastDay, day.longValue());
            }
            long s = seq.advanceExact(doc) ? seq.longValue() : Long.MIN_VALUE + 1;
            if (s > t.newestSeq || t.newestDoc < 0) {
                t.newestSeq = s;
                t.newestDoc = doc;
            }
            if (language.advanceExact(doc)) {
                int l = language.ordValue();
                if (languages[l] == null) {
                    languages[l] = language.lookupOrd(l).utf8ToString();
                }
                t.languages.merge(languages[l], 1, Integer::sum);
            }
        }
        return byId;
    }

    /** The story id an article document carries, or null. */
    static String rawStoryOf(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues story = DocValues.getSorted(leaf.reader(), Fields.STORY_ID);
        return story.advanceExact(doc - leaf.docBase) ? story.lookupOrd(story.ordValue()).utf8ToString() : null;
    }
}
