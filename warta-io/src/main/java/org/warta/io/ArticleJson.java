package org.warta.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Metadata;
import org.warta.model.Quote;
import org.warta.model.Related;
import org.warta.model.Removal;
import org.warta.model.Sentence;
import org.warta.model.StoryRef;
import org.warta.model.TimeExpression;
import org.warta.model.Warning;

/**
 * The output contract: one article as one JSON object, as documented in docs/output-format.md and checked by
 * {@code article.schema.json}. Field names are snake_case; absent values are null, absent lists empty, so every
 * field is always present.
 */
public final class ArticleJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Bumped when a field changes meaning or disappears; additions keep the version. */
    public static final String SCHEMA_VERSION = "1";

    private ArticleJson() {
    }

    public static String write(Article a, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(toJson(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + a.id(), e);
        }
    }

    /**
     * An article's line with its story and ties still to come: what a job that places articles into stories
     * elsewhere (after the rest of the work, on another machine) keeps of the article meanwhile. Two strings travel
     * and store far more cheaply than the article.
     *
     * @param head the line up to the story, without it
     * @param tail the line from the warnings on
     */
    public record Open(String head, String tail) implements java.io.Serializable {
        /**
         * The line {@link #write} writes for the article with this story, these ties, and these warnings added to
         * its own.
         */
        public String close(StoryRef story, List<Related> related, List<Warning> moreWarnings) {
            try {
                StringBuilder line = new StringBuilder(head.length() + tail.length() + 512).append(head)
                        .append(",\"story\":").append(MAPPER.writeValueAsString(story(story)))
                        .append(",\"related\":").append(MAPPER.writeValueAsString(related(related)));
                if (moreWarnings.isEmpty()) {
                    return line.append(',').append(tail).toString();
                }
                // the tail is "warnings":[...]} : the new warnings go before its last two characters
                String warnings = tail.substring(0, tail.length() - 2);
                line.append(',').append(warnings);
                boolean first = warnings.endsWith("[");
                for (Warning w : moreWarnings) {
                    line.append(first ? "" : ",").append(MAPPER.writeValueAsString(warning(w)));
                    first = false;
                }
                return line.append("]}").toString();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a story", e);
            }
        }
    }

    private static final String STORY_TO_COME = ",\"story\":null,\"related\":[],\"warnings\":";

    /** The line of an article that has no story yet, open for the story and ties to come ({@link Open#close}). */
    public static Open writeOpen(Article a) {
        if (a.story() != null || !a.related().isEmpty()) {
            throw new IllegalArgumentException("article " + a.id() + " has a story already");
        }
        String line = write(a, false);
        // "story" and "related" are top-level fields between the quotes and the warnings; quotes inside strings
        // are escaped, so this text occurs nowhere else in the line
        int at = line.lastIndexOf(STORY_TO_COME);
        return new Open(line.substring(0, at), line.substring(at + STORY_TO_COME.length() - "\"warnings\":".length()));
    }

    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        Metadata m = a.metadata();
        o.put("id", a.id());
        o.put("schema_version", SCHEMA_VERSION);
        ObjectNode input = o.putObject("input");
        input.put("path", a.source().path());
        input.put("url", a.source().url());
        input.put("format", a.source().format());
        input.put("record", a.source().record());
        o.put("language", a.language().code());
        o.put("language_confidence", round(a.language().confidence()));
        ObjectNode alternatives = o.putObject("language_candidates");
        for (Map.Entry<String, Double> e : a.language().candidates().entrySet()) {
            alternatives.put(e.getKey(), round(e.getValue()));
        }
        o.put("title", m.title());
        o.put("title_derived", m.titleDerived());
        o.put("published", m.published());
        o.put("published_from", m.publishedFrom());
        o.put("author", m.author());
        o.put("site_name", m.siteName());
        o.put("url", m.url());
        o.put("text", a.text() == null ? "" : a.text());
        ArrayNode captions = o.putArray("captions");
        for (Caption c : a.captions()) {
            captions.addObject().put("text", c.text()).put("credit", c.credit());
        }
        ObjectNode attribution = o.putObject("attribution");
        attribution.put("source_url", a.attribution().sourceUrl());
        attribution.put("source_outlet", a.attribution().sourceOutlet());
        attribution.put("source_language_hint", a.attribution().sourceLanguageHint());
        ArrayNode removed = o.putArray("removed");
        for (Removal r : a.removed()) {
            removed.addObject().put("text", r.text()).put("reason", r.reason());
        }
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) {
            sentences.addObject().put("start", s.start()).put("end", s.end()).put("paragraph", s.paragraph());
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) {
            entities.addObject()
                    .put("text", e.text()).put("type", e.type().name())
                    .put("start", e.start()).put("end", e.end())
                    .put("canonical", e.canonical()).put("kb_id", e.kbId())
                    .put("role", e.role()).put("country", e.country())
                    .put("confidence", round(e.confidence()));
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : a.times()) {
            times.addObject().put("text", t.text()).put("value", t.value()).put("type", t.type())
                    .put("start", t.start()).put("end", t.end());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : a.events()) {
            events.add(event(e, a));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker())
                    .put("speaker_entity", q.speakerEntity()).put("direct", q.direct())
                    .put("start", q.start()).put("end", q.end());
        }
        o.set("story", story(a.story()));
        o.set("related", related(a.related()));
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : a.warnings()) {
            warnings.add(warning(w));
        }
        return o;
    }

    private static ArrayNode related(List<Related> ties) {
        ArrayNode related = MAPPER.createArrayNode();
        for (Related r : ties) {
            related.addObject().put("id", r.id()).put("relation", r.relation()).put("score", round(r.score()))
                    .put("evidence", r.evidence());
        }
        return related;
    }

    private static ObjectNode warning(Warning w) {
        return MAPPER.createObjectNode().put("stage", w.stage()).put("code", w.code()).put("message", w.message());
    }

    private static ObjectNode event(Event e, Article article) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("actor1", actor(e.actor1()));
        o.set("actor2", actor(e.actor2()));
        o.put("cameo", e.code());
        o.put("root", e.rootCode());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("date", e.date());
        o.put("place", e.place());
        o.put("trigger", e.trigger());
        o.put("status", e.status().name());
        o.put("mutual", e.mutual());
        o.put("reported_by", e.reportedBy());
        o.put("confidence", round(e.confidence()));
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("evidence", e.evidence(article));
        if (e.fromCaption()) {
            o.put("caption", e.caption());
        } else {
            o.putNull("caption");
        }
        return o;
    }

    private static ObjectNode story(StoryRef s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("size", s.size());
        ArrayNode languages = o.putArray("languages");
        s.languages().forEach(languages::add);
        o.put("first_seen", s.firstSeen());
        ArrayNode merged = o.putArray("merged_from");
        s.mergedFrom().forEach(merged::add);
        return o;
    }

    private static ObjectNode actor(Event.Actor a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code());
        o.put("name", a.name());
        o.put("country", a.country());
        o.put("role", a.role());
        o.put("kb_id", a.kbId());
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
