package org.warta.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Related;
import org.warta.model.StoryRef;

/**
 * Groups articles into stories as they arrive. A new article is compared with the articles in memory that share its
 * rarer features (found through an inverted index, within a window of publication dates); it joins the story of the
 * one it is most like when that similarity reaches {@link Options#join()}, or starts a story of its own. Stories it
 * ties together at {@link Options#merge()} or more are merged into the oldest of them.
 *
 * <p>Memory is bounded: it keeps the last {@link Options#capacity()} articles; the oldest are forgotten first, with
 * their features' counts. Work per article is bounded too: each feature's list of articles is read only while it is
 * short enough to be telling (held by at most a twentieth of memory, and never more than
 * {@link Options#commonFeature()}), and at most {@link #CANDIDATES} articles are compared
 * in full. Not thread-safe: callers serialise {@link #add}.
 */
public final class StoryMemory {
    /** How many of the best-sharing articles are compared in full with a new one. */
    static final int CANDIDATES = 24;
    /** A new article looks for candidates through this many of its most telling features. */
    static final int PROBES = 40;
    /** ... reading at most this many of the newest articles holding each. */
    static final int PROBE_DEPTH = 500;
    /** Below this many articles holding it, a feature is never too common to look up. */
    static final int COMMON_FLOOR = 50;
    /** At most this many related articles (besides sources) are listed for one article. */
    static final int RELATED_LIMIT = 10;

    /**
     * @param windowDays    articles published further apart than this are never in one story
     * @param capacity      how many articles memory holds
     * @param join          the least similarity at which a new article joins a story
     * @param merge         the least similarity at which a new article ties two stories into one
     * @param commonFeature a feature held by more articles than this is not used to find candidates
     */
    public record Options(int windowDays, int capacity, double join, double merge, int commonFeature) {
        public static Options defaults() {
            return new Options(14, 100_000, 0.55, 0.60, 2_000);
        }
    }

    /** What became of one article: its story now, and the articles it is tied to. */
    public record Assignment(StoryRef story, List<Related> related) implements java.io.Serializable {
    }

    private final Options options;
    private final Fingerprint[] slots;
    private final String[] storyOfSlot;
    /** Each held article's squared norms, and the memory size they were computed at (rarities drift as it grows). */
    private final double[][] normsOfSlot;
    private final int[] normsAt;
    private long next;
    private final FeatureTable features = new FeatureTable();
    private final Accumulator shared = new Accumulator();
    private final Map<String, StoryTally> stories = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, Long> byUrl = new HashMap<>();
    private final Map<String, Long> byId = new HashMap<>();
    private int heldCount;
    private final Map<String, List<Long>> bySource = new HashMap<>();
    private final Relations relations = new Relations();

    public StoryMemory(Options options) {
        this.options = options;
        this.slots = new Fingerprint[options.capacity()];
        this.storyOfSlot = new String[options.capacity()];
        this.normsOfSlot = new double[options.capacity()][];
        this.normsAt = new int[options.capacity()];
    }

    public StoryMemory() {
        this(Options.defaults());
    }

    /**
     * Assigns a new article to a story and remembers it. An article memory already holds (the same id stored again)
     * is withdrawn first and placed anew.
     */
    public Assignment add(Fingerprint f) {
        withdraw(f.id());
        List<Scored> scored = candidates(f);
        Map<String, Double> byStoryTally = new LinkedHashMap<>();
        for (Scored s : scored) {
            byStoryTally.merge(storyOfSeq(s.seq), s.score, Math::max);
        }
        List<Relations.Link> links = relations.sources(f, this);
        // a source line that names an article in memory settles the story
        String story = links.isEmpty() ? null : storyOfSeq(links.get(0).seq());
        Scored best = scored.isEmpty() ? null : scored.get(0);
        if (story == null && best != null && best.score >= options.join()) {
            story = storyOfSeq(best.seq);
        }
        List<String> merged = new ArrayList<>();
        if (story != null) {
            for (Map.Entry<String, Double> e : byStoryTally.entrySet()) {
                if (!e.getKey().equals(story) && e.getValue() >= options.merge()) {
                    merged.add(e.getKey());
                }
            }
        }
        // a story is named after the article that starts it; an article stored again whose story has since been
        // merged into another one goes back to that one
        StoryTally target = stories.computeIfAbsent(story != null ? story : resolve(f.id()), StoryTally::new);
        List<String> absorbed = new ArrayList<>();
        for (String other : merged) {
            StoryTally before = target;
            target = mergeStories(target, stories.get(other));
            // the younger of the two is absorbed: the other one, or the story the article joined
            absorbed.add(target == before ? other : before.id);
        }
        stories.put(target.id, target);
        List<Related> related = new ArrayList<>();
        Set<String> tied = new HashSet<>();
        for (Relations.Link link : links) {
            related.add(link.related());
            tied.add(link.related().id());
        }
        related.addAll(relations.near(f, scored, this, target.id, tied, options.join()));
        remember(f, target);
        if (best != null && target.id.equals(storyOfSeq(best.seq))) {
            target.centrality.merge(f.id(), best.score, Double::sum);
            target.centrality.merge(bySeq(best.seq).id(), best.score, Double::sum);
        }
        return new Assignment(target.ref().withMergedFrom(absorbed), List.copyOf(related));
    }

    /** Puts back an article whose story is already known (reopening an index), without comparing it. */
    public void restore(Fingerprint f, String storyId) {
        withdraw(f.id());
        String id = resolve(storyId);
        StoryTally story = stories.computeIfAbsent(id, StoryTally::new);
        remember(f, story);
    }

    /** Records that a story was merged into another (reopening an index). */
    public void restoreMerge(String from, String into) {
        String source = resolve(from);
        String target = resolve(into);
        if (source.equals(target)) {
            return;
        }
        mergedInto.put(source, target);
        StoryTally absorbed = stories.remove(source);
        if (absorbed != null) {
            stories.computeIfAbsent(target, StoryTally::new).absorb(absorbed);
        }
    }

    /** The story now holding the one with this id (stories are merged), or the id itself. */
    public String resolve(String storyId) {
        String id = storyId;
        for (int hops = 0; hops < 1_000 && mergedInto.containsKey(id); hops++) {
            id = mergedInto.get(id);
        }
        return id;
    }

    /** A story as it stands, or null when memory holds none of its articles. */
    public StoryRef story(String storyId) {
        StoryTally s = stories.get(resolve(storyId));
        return s == null ? null : s.ref();
    }

    /** Every story memory holds, largest first. */
    public List<StoryRef> stories() {
        return stories.values().stream().map(StoryTally::ref)
                .sorted(Comparator.comparingInt(StoryRef::size).reversed().thenComparing(StoryRef::id)).toList();
    }

    /** How alike two articles are, 0..1, with feature rarities as memory now counts them. */
    public double similarity(Fingerprint a, Fingerprint b) {
        return Similarity.score(a, b, this::idf);
    }

    /** How many articles memory holds. */
    public int size() {
        return heldCount;
    }

    double idf(long key) {
        return Math.log((size() + 2.0) / (features.count(key) + 1.0));
    }

    Fingerprint bySeq(long seq) {
        return live(seq) ? slots[slot(seq)] : null;
    }

    String storyOfSeq(long seq) {
        return live(seq) && storyOfSlot[slot(seq)] != null ? resolve(storyOfSlot[slot(seq)]) : null;
    }

    Long seqOfUrl(String url) {
        Long seq = url == null ? null : byUrl.get(url);
        return seq != null && live(seq) && slots[slot(seq)] != null ? seq : null;
    }

    List<Long> seqsNaming(String url) {
        List<Long> out = new ArrayList<>();
        for (long seq : bySource.getOrDefault(url, List.of())) {
            if (live(seq) && slots[slot(seq)] != null) {
                out.add(seq);
            }
        }
        return out;
    }

    private boolean live(long seq) {
        return seq >= 0 && seq < next && seq >= next - slots.length;
    }

    private int slot(long seq) {
        return (int) (seq % slots.length);
    }

    /** The articles sharing the new one's telling features, the best {@link #CANDIDATES} of them scored in full. */
    private List<Scored> candidates(Fingerprint f) {
        int n = f.keys().length;
        double[] idf = new double[n];
        int[] at = new int[n];
        double[] gain = new double[n];
        double[] own = new double[2];
        Integer[] order = new Integer[n];
        int size = size();
        for (int i = 0; i < n; i++) {
            at[i] = features.find(f.keys()[i]);
            idf[i] = Math.log((size + 2.0) / (features.countAt(at[i]) + 1.0));
            gain[i] = idf[i] * idf[i] * f.weights()[i];
            double v = idf[i] * f.weights()[i];
            own[f.free(i) ? 0 : 1] += v * v;
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(gain[y], gain[x]));
        // a feature held by a twentieth of memory finds too much to tell which articles matter
        int common = Math.min(options.commonFeature(), Math.max(COMMON_FLOOR, size / 20));
        int probes = 0;
        for (int o = 0; o < n && probes < PROBES; o++) {
            int i = order[o];
            int count = features.countAt(at[i]);
            if (count == 0 || count > common) {
                continue;
            }
            probes++;
            long[] seqs = features.seqsAt(at[i]);
            int postings = features.postingsAt(at[i]);
            for (int k = postings - 1; k >= Math.max(0, postings - PROBE_DEPTH); k--) {
                long seq = seqs[k];
                if (!live(seq)) {
                    break;
                }
                Fingerprint held = slots[slot(seq)];
                if (held != null && inWindow(f, held)) {
                    shared.add(seq, gain[i]);
                }
            }
        }
        List<Scored> out = new ArrayList<>();
        for (long seq : shared.top(CANDIDATES)) {
            Fingerprint other = slots[slot(seq)];
            Similarity.Parts parts = Similarity.parts(f, idf, own, other, norms(seq), this::idf);
            out.add(new Scored(seq, parts.score(Similarity.sameLanguage(f, other))));
        }
        out.sort((x, y) -> Double.compare(y.score, x.score));
        return out;
    }

    /** A held article's squared norms, computed again once memory has grown by a quarter since. */
    private double[] norms(long seq) {
        int slot = slot(seq);
        int size = size();
        if (normsOfSlot[slot] == null || size > normsAt[slot] + normsAt[slot] / 4 + 8) {
            normsOfSlot[slot] = Similarity.norms(slots[slot], this::idf);
            normsAt[slot] = size;
        }
        return normsOfSlot[slot];
    }

    private boolean inWindow(Fingerprint a, Fingerprint b) {
        return !a.dated() || !b.dated() || Math.abs((long) a.day() - b.day()) <= options.windowDays();
    }

    /** Takes an article out of memory, and out of its story's counts, before it is stored again. */
    private void withdraw(String id) {
        Long seq = byId.get(id);
        if (seq == null || !live(seq) || slots[slot(seq)] == null) {
            return;
        }
        int slot = slot(seq);
        StoryTally story = stories.get(resolve(storyOfSlot[slot]));
        if (story != null) {
            story.withdraw(slots[slot]);
        }
        forget(seq, slots[slot], storyOfSlot[slot]);
        slots[slot] = null;
        storyOfSlot[slot] = null;
        normsOfSlot[slot] = null;
    }

    private void remember(Fingerprint f, StoryTally story) {
        long seq = next++;
        int slot = slot(seq);
        if (slots[slot] != null) {
            forget(seq - slots.length, slots[slot], storyOfSlot[slot]);
        }
        slots[slot] = f;
        storyOfSlot[slot] = story.id;
        normsOfSlot[slot] = null;
        story.add(f, seq);
        for (long key : f.keys()) {
            features.add(key, seq, options.commonFeature());
        }
        if (f.url() != null) {
            byUrl.put(f.url(), seq);
        }
        if (f.sourceUrl() != null) {
            bySource.computeIfAbsent(f.sourceUrl(), u -> new ArrayList<>()).add(seq);
        }
        byId.put(f.id(), seq);
        heldCount++;
    }

    private void forget(long seq, Fingerprint old, String storyId) {
        for (long key : old.keys()) {
            features.remove(key);
        }
        if (old.url() != null) {
            byUrl.remove(old.url(), seq);
        }
        byId.remove(old.id(), seq);
        heldCount--;
        if (old.sourceUrl() != null) {
            List<Long> seqs = bySource.get(old.sourceUrl());
            if (seqs != null) {
                seqs.removeIf(s -> s == seq || !live(s));
                if (seqs.isEmpty()) {
                    bySource.remove(old.sourceUrl());
                }
            }
        }
        StoryTally s = stories.get(resolve(storyId));
        if (s != null && --s.held <= 0) {
            stories.remove(s.id);
        }
    }

    private StoryTally mergeStories(StoryTally into, StoryTally other) {
        if (other == null || other == into) {
            return into;
        }
        StoryTally older = into.firstSeq <= other.firstSeq ? into : other;
        StoryTally younger = older == into ? other : into;
        older.absorb(younger);
        stories.remove(younger.id);
        mergedInto.put(younger.id, older.id);
        return older;
    }

    /** A candidate and its similarity to the new article. */
    record Scored(long seq, double score) {
    }
}
