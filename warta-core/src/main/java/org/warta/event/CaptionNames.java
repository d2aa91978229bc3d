package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.Entity;

/**
 * The names the text's entities give, to be found where a caption writes them the same way: whole words only, a
 * longer name before a shorter one, a name once however often the text repeats it. Built once per article, so that
 * each caption costs time in proportion to its own length, not to the number of entities.
 */
final class CaptionNames {
    /** Longer "names" are not looked for: no name runs this long, and the lookup is bounded by it. */
    static final int MAX_NAME_CHARS = 200;
    private static final int MIN_NAME_CHARS = 3;

    private record Candidate(int rank, SentenceCoder.IndexedEntity entity) {
    }

    private record Occurrence(int rank, int at, SentenceCoder.IndexedEntity entity) {
    }

    private final Map<String, Candidate> byText = new HashMap<>();
    /** The lengths the names have, so that a caption is only asked about stretches as long as some name. */
    private final BitSet lengths = new BitSet();

    CaptionNames(List<SentenceCoder.IndexedEntity> entities) {
        List<SentenceCoder.IndexedEntity> byLength = new ArrayList<>(entities);
        byLength.sort(Comparator.comparingInt((SentenceCoder.IndexedEntity e) -> e.entity().text().length()).reversed());
        for (SentenceCoder.IndexedEntity ie : byLength) {
            String text = ie.entity().text();
            if (text.length() >= MIN_NAME_CHARS && text.length() <= MAX_NAME_CHARS && !byText.containsKey(text)) {
                byText.put(text, new Candidate(byText.size(), ie));
                lengths.set(text.length());
            }
        }
    }

    /** The names in a caption, as entities with offsets into the caption, in caption order. */
    List<SentenceCoder.IndexedEntity> in(String caption) {
        List<Occurrence> found = new ArrayList<>();
        for (int at = 0; at < caption.length(); at++) {
            if (!wordBoundary(caption, at - 1)) {
                continue;
            }
            for (int len = lengths.nextSetBit(0); len >= 0 && at + len <= caption.length();
                 len = lengths.nextSetBit(len + 1)) {
                if (wordBoundary(caption, at + len)) {
                    Candidate c = byText.get(caption.substring(at, at + len));
                    if (c != null) {
                        found.add(new Occurrence(c.rank(), at, c.entity()));
                    }
                }
            }
        }
        // the longer name is placed first, then each name where the caption has room for it, left to right
        found.sort(Comparator.comparingInt(Occurrence::rank).thenComparingInt(Occurrence::at));
        BitSet taken = new BitSet();
        List<SentenceCoder.IndexedEntity> out = new ArrayList<>();
        for (Occurrence o : found) {
            Entity e = o.entity().entity();
            int end = o.at() + e.text().length();
            if (taken.get(o.at(), end).isEmpty()) {
                taken.set(o.at(), end);
                out.add(new SentenceCoder.IndexedEntity(o.entity().index(), new Entity(o.at(), end, e.text(),
                        e.type(), e.canonical(), e.kbId(), e.role(), e.country(), e.confidence())));
            }
        }
        out.sort(Comparator.comparingInt(e -> e.entity().start()));
        return out;
    }

    private static boolean wordBoundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
