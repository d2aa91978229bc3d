package org.warta.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Hints;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.model.TimeExpression;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

/** Runs text through the pipeline up to sentences, adds hand-made entity and time layers, and codes events. */
final class EventTestSupport {
    private static final Pipeline UP_TO_SENTENCES = upToSentences();
    private static final Pipeline WHOLE = Pipeline.of(Pipelines.stages(new WartaOptions(LocalDate.of(2025, 3, 4))));

    private EventTestSupport() {
    }

    private static Pipeline upToSentences() {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Pipelines.stages(WartaOptions.defaults())) {
            stages.add(s);
            if (s.name().equals("sentences")) {
                break;
            }
        }
        return Pipeline.of(stages);
    }

    /** The article before entities, with its language declared. */
    /** A text through the whole pipeline with its language declared, dated 4 March 2025. */
    static Article processed(String language, String text) {
        Hints hints = new Hints(null, null, null, language, null, null, null, List.of());
        return WHOLE.process(new RawDocument(text, RawDocument.TEXT, new Source(null, null, "text", null), hints));
    }

    static Article prepared(String text, String language) {
        Hints hints = new Hints(null, null, null, language, null, null, null, List.of());
        return UP_TO_SENTENCES.process(new RawDocument(text, RawDocument.TEXT, new Source(null, null, "text", null), hints));
    }

    /** An entity over the first occurrence of {@code surface} at or after {@code from}. */
    static Entity entity(Article a, String surface, Entity.Type type, String canonical, String role, String country) {
        return entity(a, surface, 0, type, canonical, role, country);
    }

    static Entity entity(Article a, String surface, int from, Entity.Type type, String canonical, String role,
                         String country) {
        int at = a.text().indexOf(surface, from);
        if (at < 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in the text");
        }
        return new Entity(at, at + surface.length(), surface, type, canonical, null, role, country, 0.9);
    }

    /** Every occurrence of {@code surface} as the same entity. */
    static List<Entity> everywhere(Article a, String surface, Entity.Type type, String canonical, String role,
                                   String country) {
        List<Entity> out = new ArrayList<>();
        int at = a.text().indexOf(surface);
        while (at >= 0) {
            out.add(new Entity(at, at + surface.length(), surface, type, canonical, null, role, country, 0.9));
            at = a.text().indexOf(surface, at + surface.length());
        }
        return out;
    }

    static TimeExpression time(Article a, String surface, String value) {
        int at = a.text().indexOf(surface);
        if (at < 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in the text");
        }
        return new TimeExpression(at, at + surface.length(), surface, value, "DATE");
    }

    static Article code(Article prepared, List<Entity> entities, List<TimeExpression> times, LocalDate reference) {
        Article.Builder b = prepared.toBuilder().entities(entities).layer(Layer.ENTITIES);
        if (times != null) {
            b.times(times).layer(Layer.TIMES);
        }
        return new EventStage(reference).apply(b.build());
    }

    static Article code(String text, String language, List<Entity> entities) {
        return code(prepared(text, language), entities, null, null);
    }

    /**
     * A sentence coded as the language given, not the one identified: a sentence alone is too short to be sure of
     * its language ("ne" or "mr").
     */
    static Article codedAs(String sentence, String language) {
        Article prepared = prepared(sentence, language).toBuilder()
                .language(new LanguageGuess(language, 1.0, "test", Map.of())).build();
        return code(prepared, List.of(), null, null);
    }

    static String describe(Event e) {
        return e.code() + " " + code(e.actor1()) + " " + code(e.actor2()) + " " + e.status();
    }

    static String code(Event.Actor a) {
        return a == null ? "---" : a.code();
    }

    static List<String> described(Article a) {
        return a.events().stream().map(EventTestSupport::describe).toList();
    }

    /** The events of one sentence coded alone, with no entity or time layer (as a photo caption is). */
    static List<Event> sentenceEvents(String language, String sentence) {
        SentenceCoder coder = new SentenceCoder(EventLexicon.of(language));
        return coder.code(new SentenceCoder.Input(sentence, 0, sentence.length(), List.of(), List.of(), null, -1),
                new Discourse()).events();
    }

    /** {@link #sentenceEvents} as "code source target status" lines. */
    static List<String> codedSentence(String language, String sentence) {
        return sentenceEvents(language, sentence).stream().map(EventTestSupport::describe).toList();
    }

    static void assertCoded(String expected, String language, String sentence) {
        List<String> events = codedSentence(language, sentence);
        org.junit.jupiter.api.Assertions.assertTrue(events.contains(expected),
                "expected " + expected + " in " + events + " for: " + sentence);
    }
}
