package org.warta.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What an article brings to story matching, small enough to keep hundreds of thousands in memory and to store beside
 * the article in the index.
 *
 * <p>{@code keys} and {@code weights} are one weighted bag of features, sorted by key: {@code keys} are 64-bit hashes
 * of feature names such as {@code e:Q7747} (a knowledge-base entity), {@code c:RUS} (a country), {@code v:RUS:USA:04}
 * (an event's actor countries and root), {@code md:05-07} and {@code ym:2025-05} (a day and a month the text
 * names), {@code #1.5} (a number),
 * {@code p:SRKB} (the sound of a name outside the knowledge base), all carried across languages, and
 * {@code w:<language>:<word>} (a content word), which only meets articles of the same language. {@code kinds} tells
 * them apart: {@link #WORD}, {@link #SPECIFIC} (language-free and telling) and {@link #BROAD} (language-free but
 * shared by much of the news of a place and time: countries, months).
 *
 * @param id        the article's id
 * @param language  ISO 639-1 code, or "und"
 * @param outlet    the publishing host or site name, or null
 * @param day       publication date as days since 1970-01-01, or {@link #NO_DAY}
 * @param published the publication date as written, or null
 * @param title     the article's title, or null
 * @param url       the article's own URL, normalised ({@link Urls#normalise}), or null
 * @param sourceUrl the URL its source line names, normalised, or null
 * @param keys      feature hashes, ascending
 * @param weights   each feature's weight (by count and by where it occurs: title, lead, body)
 * @param kinds     each feature's kind: {@link #WORD}, {@link #SPECIFIC} or {@link #BROAD}
 * @param sequence  the article's entities in order of first mention (knowledge-base ids or name sounds)
 * @param numbers   the numbers it states, normalised
 * @param shingles  MinHash signature of its word 5-grams (empty for a text too short to have one)
 * @param sentences how many sentences the text holds
 */
public record Fingerprint(String id, String language, String outlet, int day, String published, String title,
                          String url, String sourceUrl, long[] keys, float[] weights, byte[] kinds,
                          String[] sequence, String[] numbers, int[] shingles, int sentences)
        implements Serializable {
    public static final int NO_DAY = Integer.MIN_VALUE;
    /** A content word: meets only articles of the same language. */
    public static final byte WORD = 0;
    /** A language-free feature that tells one event from another: an entity, an event, a day, a number. */
    public static final byte SPECIFIC = 1;
    /** A language-free feature that much of the news of a place and time shares: a country, a month. */
    public static final byte BROAD = 2;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Fingerprint {
        if (keys.length != weights.length || keys.length != kinds.length) {
            throw new IllegalArgumentException("keys, weights and kinds differ in length for " + id);
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                throw new IllegalArgumentException("keys are not strictly ascending for " + id);
            }
        }
    }

    /** Whether the feature at {@code i} carries across languages. */
    public boolean free(int i) {
        return kinds[i] != WORD;
    }

    public boolean dated() {
        return day != NO_DAY;
    }

    /** The fingerprint as one line of JSON, for storing. */
    public String encode() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the fingerprint of " + id, e);
        }
    }

    /** Reads what {@link #encode()} wrote. */
    public static Fingerprint decode(String json) {
        try {
            return JSON.readValue(json, Fingerprint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored fingerprint: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.id.equals(id) && Arrays.equals(f.keys, keys)
                && Arrays.equals(f.weights, weights) && Arrays.equals(f.kinds, kinds) && Arrays.equals(f.shingles, shingles);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(keys);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + id + ", " + language + ", " + keys.length + " features]";
    }
}
