package org.warta.story;

import com.ibm.icu.text.Normalizer2;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.entity.NameKeys;
import org.warta.kb.KbEntity;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Sentence;
import org.warta.model.TimeExpression;
import org.warta.model.Tokens;

/**
 * Turns an article into its {@link Fingerprint}: what it is about, in terms that mean the same in every language
 * (knowledge-base entities, countries, events, days and months, numbers, the sound of names outside the knowledge
 * base), plus its content words for articles in its own language. A language-free feature counts more where it
 * occurs in the title (x3) or the lead, the first three sentences (x2); a content word counts three times in the
 * title and once anywhere else. The weights of the kinds were set on the story sets `warta eval stories` reads.
 */
public final class Fingerprints {
    static final float TITLE = 3f;
    static final float LEAD = 2f;
    static final float BODY = 1f;
    static final int LEAD_SENTENCES = 3;
    /** Weight of a kind of feature, before position and counts. */
    static final float ENTITY = 1f;
    /** A person outside the knowledge base, known only by the sound of the family name: weaker than an id. */
    static final float NAME_SOUND = 0.5f;
    static final float COUNTRY = 0.5f;
    static final float EVENT = 0.5f;
    static final float DATE = 1f;
    static final float NUMBER = 0.5f;
    static final float WORD = 1f;
    private static final int SEQUENCE_LIMIT = 40;
    /** At most this many content words are kept (news-length texts have about 120 different ones). */
    static final int WORD_LIMIT = 150;
    private static final int STEM = 6;
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    /** A month the article names (or a day of it): distractors of other months share the actors, not the month. */
    static final float MONTH_WEIGHT = 1f;

    private Fingerprints() {
    }

    public static Fingerprint of(Article a) {
        Bag bag = new Bag();
        Extra extra = gather(a, bag);
        return bag.fingerprint(a, extra.sequence, extra.numbers, MinHash.signature(extra.words));
    }

    /** The article's features by name ({@code e:Q7747}, {@code #1250}...): {weight, kind}. */
    static Map<String, float[]> features(Article a) {
        Bag bag = new Bag();
        gather(a, bag);
        return bag.byName();
    }

    /** What a fingerprint holds besides its features. */
    private record Extra(List<String> sequence, List<String> numbers, List<String> words) {
    }

    private static Extra gather(Article a, Bag bag) {
        String title = a.metadata().title();
        int[] leadEnd = {leadEnd(a)};
        List<String> sequence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            float where = e.start() < leadEnd[0] ? LEAD : BODY;
            String key = entityKey(e);
            if (key != null) {
                bag.add(key, kind(e), weight(key) * where);
                if (seen.add(key) && sequence.size() < SEQUENCE_LIMIT) {
                    sequence.add(key);
                }
            }
            if (e.country() != null) {
                bag.add("c:" + e.country(), Fingerprint.BROAD, COUNTRY * where);
            }
        }
        addTitleEntities(a, title, bag);
        for (Event e : a.events()) {
            String one = country(e.actor1());
            String two = country(e.actor2());
            if (e.rootCode() != null && (one != null || two != null)) {
                boolean ordered = one == null || two != null && one.compareTo(two) <= 0;
                String pair = ordered ? one + ":" + two : two + ":" + one;
                bag.add("v:" + pair + ":" + e.rootCode(), Fingerprint.SPECIFIC, EVENT * (e.start() < leadEnd[0] ? LEAD : BODY));
            }
        }
        for (TimeExpression t : a.times()) {
            Matcher m = t.value() == null ? null : FULL_DATE.matcher(t.value());
            float where = t.start() < leadEnd[0] ? LEAD : BODY;
            if (m != null && m.lookingAt()) {
                bag.add("md:" + m.group(2) + "-" + m.group(3), Fingerprint.SPECIFIC, DATE * where);
            }
            Matcher month = t.value() == null ? null : MONTH.matcher(t.value());
            if (month != null && month.lookingAt()) {
                bag.add("ym:" + month.group(1) + "-" + month.group(2), Fingerprint.BROAD, MONTH_WEIGHT * where);
            }
        }
        List<String> numbers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        readTokens(a, leadEnd[0], bag, numbers, words);
        if (title != null && !a.metadata().titleDerived()) {
            for (String w : titleWords(title)) {
                bag.add("w:" + a.language().code() + ":" + w, Fingerprint.WORD, WORD * TITLE);
            }
        }
        return new Extra(sequence, numbers, words);
    }

    /** The end of the lead: the first {@link #LEAD_SENTENCES} sentences. */
    private static int leadEnd(Article a) {
        List<Sentence> s = a.sentences();
        if (s.isEmpty()) {
            return 0;
        }
        return s.get(Math.min(LEAD_SENTENCES, s.size()) - 1).end();
    }

    /** A country is broad; any other entity tells one event from another. */
    private static byte kind(Entity e) {
        return e.kbId() != null && e.kbId().startsWith(KbEntity.COUNTRY_ID_PREFIX) ? Fingerprint.BROAD
                : Fingerprint.SPECIFIC;
    }

    private static float weight(String entityKey) {
        return entityKey.startsWith("p:") ? NAME_SOUND : ENTITY;
    }

    /** A knowledge-base id, or for a person outside it the sound of the family name. */
    static String entityKey(Entity e) {
        if (e.kbId() != null) {
            return "e:" + e.kbId();
        }
        if (e.type() == Entity.Type.PERSON) {
            String sound = NameKeys.surname(e.canonical() != null ? e.canonical() : e.text());
            return sound == null ? null : "p:" + sound;
        }
        return null;
    }

    /** Entities whose written form the title repeats count once more, at the title's weight. */
    private static void addTitleEntities(Article a, String title, Bag bag) {
        if (title == null || a.metadata().titleDerived()) {
            return;
        }
        Set<String> done = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String key = entityKey(e);
            if (key != null && done.add(key) && title.contains(e.text())) {
                bag.add(key, kind(e), weight(key) * TITLE);
            }
        }
    }

    private static String country(Event.Actor actor) {
        if (actor == null) {
            return null;
        }
        if (actor.country() != null) {
            return actor.country();
        }
        return actor.code() != null && actor.code().length() >= 3 ? actor.code().substring(0, 3) : null;
    }

    /** Numbers (outside dates and times) and content words, from the token layer. */
    private static void readTokens(Article a, int leadEnd, Bag bag, List<String> numbers, List<String> words) {
        Tokens tokens = a.tokens();
        if (tokens == null) {
            return;
        }
        boolean[] inTime = timeMask(a);
        String lang = a.language().code();
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            float where = tokens.start(i) < leadEnd ? LEAD : BODY;
            if (tokens.kind(i) == Tokens.Kind.NUMBER) {
                String n = inTime[tokens.start(i)] ? null : Numbers.normalise(tokens.surface(i));
                if (n != null) {
                    bag.add("#" + n, Fingerprint.SPECIFIC, NUMBER * where);
                    distinct.add(n);
                }
            } else if (tokens.kind(i) == Tokens.Kind.WORD) {
                String w = FOLD.normalize(tokens.surface(i));
                words.add(w);
                String stem = stem(w, tokens.unspaced(i));
                if (stem != null) {
                    // words count the same wherever they stand: the lead repeats the body in other words
                    bag.add("w:" + lang + ":" + stem, Fingerprint.WORD, WORD);
                }
            }
        }
        numbers.addAll(distinct);
    }

    private static boolean[] timeMask(Article a) {
        boolean[] mask = new boolean[(a.text() == null ? 0 : a.text().length()) + 1];
        for (TimeExpression t : a.times()) {
            for (int i = t.start(); i < t.end() && i < mask.length; i++) {
                mask[i] = true;
            }
        }
        return mask;
    }

    /** A word cut to its first six letters, a stem good enough for counting; null for a word too short to tell. */
    static String stem(String folded, boolean unspaced) {
        int letters = folded.codePointCount(0, folded.length());
        if (unspaced) {
            return letters >= 2 ? folded : null;
        }
        if (letters < 3) {
            return null;
        }
        return letters <= STEM ? folded : folded.substring(0, folded.offsetByCodePoints(0, STEM));
    }

    private static List<String> titleWords(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.split("[\\p{Z}\\s\\p{P}]+")) {
            String stem = w.isEmpty() ? null : stem(FOLD.normalize(w), false);
            if (stem != null) {
                out.add(stem);
            }
        }
        return out;
    }

    /** Publication day as days since the epoch, or {@link Fingerprint#NO_DAY}. */
    static int day(String published) {
        if (published == null || published.length() < 10) {
            return Fingerprint.NO_DAY;
        }
        try {
            return (int) LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return Fingerprint.NO_DAY;
        }
    }

    /** The weighted features being gathered, by name. */
    private static final class Bag {
        private final Map<String, Feature> weights = new HashMap<>();

        /** One feature's summed weight and whether it carries across languages. */
        private static final class Feature {
            final byte kind;
            float weight;
            long hash;

            Feature(byte kind) {
                this.kind = kind;
            }
        }

        void add(String key, byte kind, float weight) {
            weights.computeIfAbsent(key, k -> new Feature(kind)).weight += weight;
        }

        Map<String, float[]> byName() {
            Map<String, float[]> out = new TreeMap<>();
            weights.forEach((k, v) -> out.put(k, new float[] {v.weight, v.kind}));
            return out;
        }

        Fingerprint fingerprint(Article a, List<String> sequence, List<String> numbers, int[] shingles) {
            List<Feature> features = new ArrayList<>(weights.size());
            List<Feature> words = new ArrayList<>();
            for (Map.Entry<String, Feature> e : weights.entrySet()) {
                e.getValue().hash = Hashes.of(e.getKey());
                (e.getValue().kind != Fingerprint.WORD ? features : words).add(e.getValue());
            }
            // a long article keeps its most frequent words: the rest add memory, not judgement
            words.sort((x, y) -> x.weight != y.weight ? Float.compare(y.weight, x.weight) : Long.compare(x.hash, y.hash));
            features.addAll(words.subList(0, Math.min(WORD_LIMIT, words.size())));
            features.sort((x, y) -> Long.compare(x.hash, y.hash));
            long[] keys = new long[features.size()];
            float[] w = new float[keys.length];
            byte[] f = new byte[keys.length];
            int n = 0;
            for (Feature feature : features) {
                if (n > 0 && keys[n - 1] == feature.hash) {
                    continue; // two names, one hash: rare enough to keep the first
                }
                keys[n] = feature.hash;
                // counts grow the weight slowly: ten mentions are not ten times one
                w[n] = (float) (1 + Math.log(feature.weight));
                f[n] = feature.kind;
                n++;
            }
            if (n < keys.length) {
                keys = java.util.Arrays.copyOf(keys, n);
                w = java.util.Arrays.copyOf(w, n);
                f = java.util.Arrays.copyOf(f, n);
            }
            String url = Urls.normalise(a.metadata().url() != null ? a.metadata().url() : a.source().url());
            String outlet = url != null ? Urls.host(url) : a.metadata().siteName();
            String published = a.metadata().published();
            return new Fingerprint(a.id(), a.language().code(), outlet == null ? null : outlet.toLowerCase(Locale.ROOT),
                    day(published), published, a.metadata().title(), url, Urls.normalise(a.attribution().sourceUrl()),
                    keys, w, f, sequence.toArray(String[]::new), numbers.toArray(String[]::new), shingles,
                    a.sentences().size());
        }
    }
}
