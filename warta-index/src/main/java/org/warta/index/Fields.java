package org.warta.index;

import org.apache.lucene.facet.FacetsConfig;

/** Names of the index's fields and facet dimensions, in one place. */
public final class Fields {
    /** "article" or "event": articles and their events live in one index, as one block per article. */
    public static final String KIND = "kind";
    public static final String ARTICLE = "article";
    public static final String EVENT = "event";
    /** The article id, on the article and on each of its events: the key that replaces a block as a whole. */
    public static final String ARTICLE_ID = "article_id";
    /** A digest of the raw input, to pass over an article that has not changed since it was stored. */
    public static final String DIGEST = "digest";
    /** The output-contract JSON of an article, or of one event with a summary of its article. */
    public static final String JSON = "json";
    public static final String TEXT = "text";
    /** Stored summary of an article for result lists, so a hit is shown without reading its whole JSON. */
    public static final String SUMMARY = "summary";
    public static final String TITLE = "title";
    public static final String LANG = "lang";
    public static final String OUTLET = "outlet";
    public static final String COUNTRY = "country";
    public static final String ENTITY = "entity";
    /** CAMEO root codes and full codes of an article's events. */
    public static final String EVENT_CODE = "event";
    public static final String MONTH = "month";
    /**
     * The day an article or event is counted by, as days since 1970-01-01: a point and doc values. An article's is its
     * best date known (publication, else a date its lead states), an event's its own or else its article's.
     */
    public static final String DAY = "day";
    /** Where an article's {@link #DAY} came from: "published" or "text". */
    public static final String DATE_FROM = "date_from";
    /** Event fields: each actor's code, its country-aligned prefixes, country and kb id. */
    public static final String ACTOR1 = "actor1";
    public static final String ACTOR2 = "actor2";
    public static final String ROOT = "root";
    public static final String CAMEO = "cameo";
    public static final String QUAD = "quad";
    /** An event's Goldstein scale value, as double doc values (the raw bits of the double). */
    public static final String GOLDSTEIN = "goldstein";

    /** The story an article joined (as it joined: see {@link #MERGE_FROM} for stories merged since). */
    public static final String STORY_ID = "story_id";
    /** The article's story fingerprint ({@code Fingerprint.encode()}), to rebuild story memory on reopening. */
    public static final String FINGERPRINT = "fingerprint";
    /** "relation:id" of each article this one is tied to, so that the other direction can be found. */
    public static final String RELATED = "related";
    /** Order of storing: doc values, newest highest. */
    public static final String SEQ = "seq";
    /** The article's language as doc values, for counting languages per story. */
    public static final String LANGUAGE = "language";
    /** A story merged into another: one document per merge, its kind {@link #STORY_MERGE}. */
    public static final String STORY_MERGE = "story_merge";
    public static final String MERGE_FROM = "merge_from";
    public static final String MERGE_INTO = "merge_into";

    /** Facet dimensions: entity labels carry key, type and name, split apart when counts are read. */
    public static final String[] FACET_DIMS = {LANG, OUTLET, COUNTRY, ENTITY, EVENT_CODE, MONTH};
    static final char LABEL_SEP = '\u001f';

    private Fields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COUNTRY, true);
        config.setMultiValued(ENTITY, true);
        config.setMultiValued(EVENT_CODE, true);
        return config;
    }
}
