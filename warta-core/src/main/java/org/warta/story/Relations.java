package org.warta.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.model.Related;

/**
 * Decides how a new article is tied to those it resembles: the same text again ({@code duplicate}), the same text
 * from another outlet ({@code republication}), the same article in another language ({@code translation}), or only
 * the same story; and follows source lines that name an article in memory, both ways.
 */
final class Relations {
    /** Word 5-grams shared (Jaccard, estimated) from which a text is the same text. */
    static final double DUPLICATE = 0.85;
    static final double REPUBLICATION = 0.5;
    /** What a translation keeps: entities in the same order, numbers, length in sentences, features. */
    static final double TRANSLATION_ORDER = 0.6;
    static final double TRANSLATION_NUMBERS = 0.5;
    static final double TRANSLATION_LENGTH = 0.6;
    static final double TRANSLATION_FEATURES = 0.5;
    static final int TRANSLATION_MIN_ENTITIES = 3;

    /** A tie to an article in memory, by its place there. */
    record Link(long seq, Related related) {
    }

    /** The articles the new one names as its source, and those that name it as theirs. */
    List<Link> sources(Fingerprint f, StoryMemory memory) {
        List<Link> out = new ArrayList<>();
        Long source = memory.seqOfUrl(f.sourceUrl());
        if (source != null) {
            Fingerprint s = memory.bySeq(source);
            boolean translated = !Similarity.sameLanguage(f, s);
            out.add(new Link(source, new Related(s.id(),
                    translated ? Related.TRANSLATED_FROM : Related.REPUBLISHED_FROM, 1.0,
                    "its source line names " + f.sourceUrl())));
        }
        for (long seq : memory.seqsNaming(f.url())) {
            Fingerprint t = memory.bySeq(seq);
            boolean translated = !Similarity.sameLanguage(f, t);
            out.add(new Link(seq, new Related(t.id(), translated ? Related.TRANSLATED_AS : Related.REPUBLISHED_AS,
                    1.0, "its source line names " + f.url())));
        }
        return out;
    }

    /** The ties to the most alike articles, closest first; same-story ties only within {@code storyId}. */
    List<Related> near(Fingerprint f, List<StoryMemory.Scored> scored, StoryMemory memory, String storyId,
                       Set<String> already, double join) {
        List<Related> out = new ArrayList<>();
        for (StoryMemory.Scored s : scored) {
            if (out.size() >= StoryMemory.RELATED_LIMIT) {
                break;
            }
            Fingerprint other = memory.bySeq(s.seq());
            if (other == null || other.id().equals(f.id()) || already.contains(other.id())) {
                continue;
            }
            Related r = relate(f, other, s.score());
            if (r == null && s.score() >= join && storyId.equals(memory.storyOfSeq(s.seq()))) {
                r = new Related(other.id(), Related.SAME_STORY, round(s.score()),
                        "features " + format(s.score()) + " alike");
            }
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A duplicate, republication or translation tie, or null. */
    static Related relate(Fingerprint a, Fingerprint b, double score) {
        if (Similarity.sameLanguage(a, b)) {
            double jaccard = MinHash.similarity(a.shingles(), b.shingles());
            boolean sameOutlet = a.outlet() == null || b.outlet() == null || a.outlet().equals(b.outlet());
            if (jaccard >= DUPLICATE && sameOutlet) {
                return new Related(b.id(), Related.DUPLICATE, round(jaccard), "text " + format(jaccard) + " alike");
            }
            if (jaccard >= REPUBLICATION) {
                return new Related(b.id(), Related.REPUBLICATION, round(jaccard), "text " + format(jaccard)
                        + " alike" + (sameOutlet ? "" : ", from " + b.outlet() + " to " + a.outlet()));
            }
            return null;
        }
        return translation(a, b, score);
    }

    private static Related translation(Fingerprint a, Fingerprint b, double score) {
        if (a.sequence().length < TRANSLATION_MIN_ENTITIES || b.sequence().length < TRANSLATION_MIN_ENTITIES) {
            return null;
        }
        double order = commonOrder(a.sequence(), b.sequence());
        double numbers = numbers(a.numbers(), b.numbers());
        double length = Math.min(a.sentences(), b.sentences()) / (double) Math.max(1, Math.max(a.sentences(),
                b.sentences()));
        if (order < TRANSLATION_ORDER || numbers < TRANSLATION_NUMBERS || length < TRANSLATION_LENGTH
                || score < TRANSLATION_FEATURES) {
            return null;
        }
        double overall = (order + numbers + length + score) / 4;
        return new Related(b.id(), Related.TRANSLATION, round(overall), "entities " + format(order)
                + " in the same order, numbers " + format(numbers) + " shared, sentences " + a.sentences() + ":"
                + b.sentences() + ", features " + format(score) + " alike");
    }

    /** The longest run of entities the two name in the same order, over the longer list. */
    static double commonOrder(String[] a, String[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (String x : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x.equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length] / (double) Math.max(a.length, b.length);
    }

    /** The numbers both state, over those either states; 1 where neither states any. */
    static double numbers(String[] a, String[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        Set<String> x = new HashSet<>(Arrays.asList(a));
        int shared = 0;
        for (String n : new HashSet<>(Arrays.asList(b))) {
            if (x.contains(n)) {
                shared++;
            }
        }
        return shared / (double) (x.size() + new HashSet<>(Arrays.asList(b)).size() - shared);
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
