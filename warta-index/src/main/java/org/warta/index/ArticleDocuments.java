package org.warta.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.warta.io.ArticleJson;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.RawDocument;
import org.warta.model.Related;

/**
 * Turns an article into its block of Lucene documents: one document per event, then the article itself (a block
 * keeps them together, and replacing the block by article id replaces the article and its events at once).
 */
final class ArticleDocuments {
    /**
     * Bumped when what is indexed changes, so that an unchanged input is still indexed again. Not for offsets: an
     * index keeps the options its fields were made with, so indexing again would not add them.
     */
    static final String INDEX_FORMAT = "4";
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    /** Text with the character offsets of its words in the postings, so that snippets need not analyse it again. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private final FacetsConfig facets;
    private final Set<String> withoutOffsets;

    /**
     * @param withoutOffsets text fields that an index made before offsets were stored already has: Lucene keeps a
     *                       field's options for the life of an index, so these stay without offsets
     */
    ArticleDocuments(FacetsConfig facets, Set<String> withoutOffsets) {
        this.facets = facets;
        this.withoutOffsets = Set.copyOf(withoutOffsets);
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private Field text(String field, String value) {
        return withoutOffsets.contains(field) ? new TextField(field, value, Field.Store.NO)
                : new Field(field, value, TEXT_WITH_OFFSETS);
    }

    /**
     * @param fingerprint the article's story fingerprint, encoded, or null
     * @param seq         its place in the order of storing
     */
    List<Document> block(Article a, String fingerprint, long seq) {
        ObjectNode json = ArticleJson.toJson(a);
        String outlet = outlet(a);
        BestDates.Dated dated = BestDates.article(a);
        List<Document> docs = new ArrayList<>();
        ArrayNode events = (ArrayNode) json.get("events");
        for (int i = 0; i < a.events().size(); i++) {
            docs.add(eventDocument(a, i, a.events().get(i), events.get(i), outlet, dated));
        }
        Document article = articleDocument(a, json, outlet, dated);
        storyFields(article, a, fingerprint, seq);
        docs.add(article);
        return docs;
    }

    /** The article's story, its ties to other articles, and what rebuilds story memory when the index reopens. */
    private static void storyFields(Document d, Article a, String fingerprint, long seq) {
        d.add(new NumericDocValuesField(Fields.SEQ, seq));
        d.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef(a.language().code())));
        if (a.story() != null) {
            d.add(new StringField(Fields.STORY_ID, a.story().id(), Field.Store.YES));
            d.add(new SortedDocValuesField(Fields.STORY_ID, new BytesRef(a.story().id())));
        }
        if (fingerprint != null) {
            d.add(new StoredField(Fields.FINGERPRINT, fingerprint));
        }
        Set<String> ties = new LinkedHashSet<>();
        for (Related r : a.related()) {
            if (ties.add(r.relation() + ":" + r.id())) {
                d.add(new StringField(Fields.RELATED, r.relation() + ":" + r.id(), Field.Store.NO));
            }
        }
    }

    private Document articleDocument(Article a, ObjectNode json, String outlet, BestDates.Dated dated) {
        Document d = new Document();
        String id = a.id();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(id)));
        d.add(new StoredField(Fields.DIGEST, digest(a.raw())));
        d.add(new StoredField(Fields.JSON, bytes(json)));
        d.add(new StoredField(Fields.SUMMARY, bytes(summary(a, json, dated))));
        String lang = a.language().code();
        String suffix = "_" + Analyzers.fieldSuffix(lang);
        if (a.metadata().title() != null) {
            d.add(new TextField(Fields.TITLE + suffix, a.metadata().title(), Field.Store.NO));
        }
        d.add(text(Fields.TEXT + suffix, a.text() == null ? "" : a.text()));
        for (Caption c : a.captions()) {
            if (c.text() != null) {
                d.add(text(Fields.TEXT + suffix, c.text()));
            }
        }
        keyword(d, Fields.LANG, lang);
        if (outlet != null) {
            keyword(d, Fields.OUTLET, outlet);
            d.add(new StoredField(Fields.OUTLET, outlet));
        }
        for (String country : countries(a)) {
            keyword(d, Fields.COUNTRY, country);
        }
        Set<String> entityKeys = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String key = entityKey(e);
            if (entityKeys.add(key)) {
                d.add(new StringField(Fields.ENTITY, key, Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(Fields.ENTITY, entityLabel(key, e)));
            }
        }
        Set<String> roots = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Event e : a.events()) {
            if (e.rootCode() != null) {
                roots.add(e.rootCode());
            }
            if (e.code() != null) {
                codes.add(e.code());
            }
        }
        roots.forEach(r -> keyword(d, Fields.EVENT_CODE, r));
        codes.stream().filter(c -> !roots.contains(c))
                .forEach(c -> d.add(new StringField(Fields.EVENT_CODE, c, Field.Store.NO)));
        if (dated.known()) {
            long day = dated.day().toEpochDay();
            d.add(new LongPoint(Fields.DAY, day));
            d.add(new NumericDocValuesField(Fields.DAY, day));
            keyword(d, Fields.MONTH, dated.day().toString().substring(0, 7));
            d.add(new StringField(Fields.DATE_FROM, dated.from().label(), Field.Store.NO));
        }
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document eventDocument(Article a, int index, Event e, JsonNode eventJson, String outlet,
                                          BestDates.Dated articleDay) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.EVENT, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(a.id() + "#" + index)));
        actorTerms(e.actor1()).forEach(t -> d.add(new StringField(Fields.ACTOR1, t, Field.Store.NO)));
        actorTerms(e.actor2()).forEach(t -> d.add(new StringField(Fields.ACTOR2, t, Field.Store.NO)));
        if (e.mutual()) {
            // a mutual event holds both ways: "USAGOV → RUSGOV" finds "RUSGOV ↔ USAGOV"
            actorTerms(e.actor2()).forEach(t -> d.add(new StringField(Fields.ACTOR1, t, Field.Store.NO)));
            actorTerms(e.actor1()).forEach(t -> d.add(new StringField(Fields.ACTOR2, t, Field.Store.NO)));
        }
        if (e.rootCode() != null) {
            d.add(new StringField(Fields.ROOT, e.rootCode(), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.ROOT, new BytesRef(e.rootCode())));
        }
        if (e.code() != null) {
            d.add(new StringField(Fields.CAMEO, e.code(), Field.Store.NO));
        }
        d.add(new NumericDocValuesField(Fields.QUAD, e.quadClass()));
        d.add(new DoubleDocValuesField(Fields.GOLDSTEIN, e.goldstein()));
        BestDates.Dated dated = BestDates.event(e.date(), articleDay);
        LocalDate day = dated.day();
        if (day != null) {
            d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY, day.toEpochDay()));
        }
        ObjectNode json = ArticleJson.MAPPER.createObjectNode();
        json.put("article_id", a.id());
        json.put("index", index);
        json.put("day", day == null ? null : day.toString());
        json.put("day_from", dated.known() ? dated.from().label() : null);
        json.setAll((ObjectNode) eventJson);
        ObjectNode article = json.putObject("article");
        article.put("id", a.id());
        article.put("title", a.metadata().title());
        article.put("language", a.language().code());
        article.put("published", a.metadata().published());
        article.put("day", articleDay.known() ? articleDay.day().toString() : null);
        article.put("outlet", outlet);
        article.put("url", a.metadata().url() != null ? a.metadata().url() : a.source().url());
        d.add(new StoredField(Fields.JSON, bytes(json)));
        return d;
    }

    /** What a result list shows of an article. */
    private static ObjectNode summary(Article a, ObjectNode json, BestDates.Dated dated) {
        ObjectNode s = ArticleJson.MAPPER.createObjectNode();
        s.put("id", a.id());
        s.put("title", a.metadata().title());
        s.put("language", a.language().code());
        s.put("published", a.metadata().published());
        s.put("day", dated.known() ? dated.day().toString() : null);
        s.put("date_from", dated.known() ? dated.from().label() : null);
        s.set("url", json.get("url").isNull() ? json.get("input").get("url") : json.get("url"));
        s.put("preview", ArticleSearcher.preview(a.text() == null ? "" : a.text()));
        if (a.story() != null) {
            s.put("story_title", a.story().title());
        }
        return s;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    /**
     * The terms an actor is found by: its full code, the country-aligned prefixes of the code ("RUS" of
     * "RUSGOV"), its country and its kb id.
     */
    static Set<String> actorTerms(Event.Actor actor) {
        Set<String> terms = new LinkedHashSet<>();
        if (actor == null) {
            return terms;
        }
        String code = actor.code() == null ? null : actor.code().toUpperCase(Locale.ROOT);
        if (code != null && !code.isBlank()) {
            for (int end = 3; end < code.length(); end += 3) {
                terms.add(code.substring(0, end));
            }
            terms.add(code);
        }
        if (actor.country() != null && !actor.country().isBlank()) {
            terms.add(actor.country().toUpperCase(Locale.ROOT));
        }
        if (actor.kbId() != null && !actor.kbId().isBlank()) {
            terms.add(actor.kbId());
        }
        return terms;
    }

    /** The countries an article is about: of its entities and of its events' actors. */
    static Set<String> countries(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            addCountry(out, e.country());
        }
        for (Event e : a.events()) {
            if (e.actor1() != null) {
                addCountry(out, e.actor1().country());
            }
            if (e.actor2() != null) {
                addCountry(out, e.actor2().country());
            }
        }
        return out;
    }

    private static void addCountry(Set<String> out, String country) {
        if (country != null && !country.isBlank()) {
            out.add(country.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** An entity's key: its kb id, else "name:" and its folded canonical name or text. */
    static String entityKey(Entity e) {
        if (e.kbId() != null && !e.kbId().isBlank()) {
            return e.kbId().strip();
        }
        String name = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
        return "name:" + foldName(name);
    }

    static String foldName(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    static String entityLabel(String key, Entity e) {
        String name = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
        name = name == null ? key : name;
        return key + Fields.LABEL_SEP + e.type().name() + Fields.LABEL_SEP + name.strip();
    }

    /** The outlet: the declared site name, else the host of the article's URL. */
    static String outlet(Article a) {
        if (a.metadata().siteName() != null && !a.metadata().siteName().isBlank()) {
            return a.metadata().siteName().strip();
        }
        String host = host(a.metadata().url());
        return host != null ? host : host(a.source().url());
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The day of an ISO 8601 date or date-time, or null when there is none or it is not a real date. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A digest of everything the pipeline reads, so that an unchanged input can be passed over. */
    static String digest(RawDocument raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, INDEX_FORMAT);
            update(md, ArticleJson.SCHEMA_VERSION);
            update(md, raw.mediaType());
            update(md, raw.source().url());
            update(md, raw.hints().toString());
            update(md, raw.content());
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update((s == null ? "\u0000" : s).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1e);
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return ArticleJson.MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
