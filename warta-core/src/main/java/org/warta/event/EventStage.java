package org.warta.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.warta.pipeline.Deadline;
import org.warta.token.TokenStage;
import org.warta.time.ReferenceDates;
import org.warta.model.Article;
import org.warta.model.Caption;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Layer;
import org.warta.model.Quote;
import org.warta.model.Sentence;
import org.warta.model.Tokens;
import org.warta.model.TimeExpression;
import org.warta.pipeline.Stage;
import org.warta.text.Sentences;

/**
 * Codes who did what to whom in CAMEO, sentence by sentence, with the sentence as evidence, and collects
 * quotations with their speakers. Photo captions are coded too, before the text (they often carry the story's
 * main event), with the caption as evidence. Uses the time layer when the pipeline has one.
 */
public final class EventStage implements Stage {
    /** Finds the entities of a caption's text (the entity layer covers the article text only). */
    @FunctionalInterface
    public interface CaptionEntities {
        List<Entity> find(String caption, String language);

        CaptionEntities NONE = (caption, language) -> List.of();
    }

    /** How much of its confidence an event coded with the multilingual fallback keeps. */
    private static final double FALLBACK_CONFIDENCE = 0.6;

    private final LocalDate referenceDate;
    private final CaptionEntities captionEntities;

    public EventStage() {
        this(null);
    }

    /** @param referenceDate the date of events in articles with no publication date, or null */
    public EventStage(LocalDate referenceDate) {
        this(referenceDate, CaptionEntities.NONE);
    }

    /**
     * @param referenceDate   the date of events in articles with no publication date, or null
     * @param captionEntities recognises names in captions that the text does not give ("Foto: Presiden Prabowo ...")
     */
    public EventStage(LocalDate referenceDate, CaptionEntities captionEntities) {
        this.referenceDate = referenceDate;
        this.captionEntities = captionEntities;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.EVENTS, Layer.QUOTES);
    }

    @Override
    public List<Runnable> preparations(String language) {
        return List.of(() -> EventLexicon.of(language));
    }

    @Override
    public Article apply(Article article) {
        Article.Builder out = article.toBuilder().layer(Layer.EVENTS).layer(Layer.QUOTES);
        String text = article.text();
        String language = article.language().code();
        EventLexicon lexicon = EventLexicon.of(language);
        if (text == null || !lexicon.codes() || language.equals("und")) {
            if (text != null && !text.isBlank() && !language.equals("und")) {
                out.warn(name(), "no-patterns", "no event patterns for language '" + language + "'");
            }
            return out.events(List.of()).quotes(List.of()).build();
        }
        SentenceCoder coder = new SentenceCoder(lexicon);
        Discourse discourse = new Discourse();
        String fallback = fallbackDate(article);
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<SentenceCoder.IndexedEntity> entities = indexed(article.entities());
        CaptionNames names = article.captions().isEmpty() ? null : new CaptionNames(entities);
        for (int c = 0; c < article.captions().size(); c++) {
            Deadline.check();
            Caption caption = article.captions().get(c);
            if (caption.text() == null || caption.text().isBlank()) {
                continue; // a credit with no caption text ("Foto: VNA") says nothing that could be coded
            }
            List<SentenceCoder.IndexedEntity> named = withRecognised(names.in(caption.text()),
                    captionEntities.find(caption.text(), language));
            SpanLookup<SentenceCoder.IndexedEntity> namedByPlace =
                    new SpanLookup<>(named, e -> e.entity().start(), e -> e.entity().end());
            for (int[] s : Sentences.split(caption.text(), language)) {
                events.addAll(coder.code(new SentenceCoder.Input(caption.text(), s[0], s[1],
                        namedByPlace.overlapping(s[0], s[1]), List.of(), fallback, c), discourse).events());
            }
        }
        List<TimeExpression> times = article.has(Layer.TIMES) ? article.times() : List.of();
        SpanLookup<SentenceCoder.IndexedEntity> entitiesByPlace =
                new SpanLookup<>(entities, e -> e.entity().start(), e -> e.entity().end());
        SpanLookup<TimeExpression> timesByPlace = new SpanLookup<>(times, TimeExpression::start, TimeExpression::end);
        Tokens tokens = TokenStage.of(article);
        Tokenizer.Words words = lexicon.words();
        List<Sentence> sentences = article.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Deadline.check();
            Sentence s = sentences.get(i);
            SentenceCoder.Analysis a = coder.code(new SentenceCoder.Input(text, s.start(), s.end(),
                    entitiesByPlace.overlapping(s.start(), s.end()), timesByPlace.inside(s.start(), s.end()),
                    fallback, -1), new SentenceView(tokens, i, lexicon, words), discourse);
            events.addAll(a.events());
            quotes.addAll(QuoteFinder.find(a));
        }
        if (lexicon.fallback()) {
            out.warn(name(), "fallback-patterns", "no event patterns for language '" + language
                    + "'; coded with the multilingual fallback, at lower confidence");
            events = events.stream().map(EventStage::lessSure).toList();
        }
        return out.events(ArticleEvents.once(events, HomeCountry.of(article.entities()))).quotes(quotes).build();
    }

    /** An event coded with the multilingual fallback: its words may belong to another language. */
    private static Event lessSure(Event e) {
        return new Event(e.start(), e.end(), e.actor1(), e.actor2(), e.code(), e.rootCode(), e.quadClass(),
                e.goldstein(), e.date(), e.place(), e.trigger(), e.status(), e.reportedBy(),
                Math.round(e.confidence() * FALLBACK_CONFIDENCE * 100) / 100.0, e.caption(), e.mutual());
    }

    /** The publication date, read as the time stage reads it, else the configured reference date. */
    private String fallbackDate(Article article) {
        return ReferenceDates.parse(article.metadata().published())
                .or(() -> java.util.Optional.ofNullable(referenceDate))
                .map(LocalDate::toString).orElse(null);
    }

    private static List<SentenceCoder.IndexedEntity> indexed(List<Entity> entities) {
        List<SentenceCoder.IndexedEntity> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            out.add(new SentenceCoder.IndexedEntity(i, entities.get(i)));
        }
        out.sort(Comparator.comparingInt(e -> e.entity().start()));
        return out;
    }

    /**
     * Captions get no entity layer of their own, but name the people of the story: "Prime Minister Keir Starmer
     * speaks to President Donald Trump by phone". A name the text's entity layer found is the same entity where the
     * caption writes it the same way (longest names first, whole words only).
     */
    static List<SentenceCoder.IndexedEntity> namedIn(String caption, List<SentenceCoder.IndexedEntity> entities) {
        return new CaptionNames(entities).in(caption);
    }

    /** The names the text gives, and where they say nothing, the caption's own recognised entities. */
    private static List<SentenceCoder.IndexedEntity> withRecognised(List<SentenceCoder.IndexedEntity> named,
                                                                    List<Entity> recognised) {
        List<SentenceCoder.IndexedEntity> out = new ArrayList<>(named);
        BitSet covered = new BitSet();
        named.forEach(n -> covered.set(n.entity().start(), n.entity().end()));
        for (Entity e : recognised) {
            int next = covered.nextSetBit(e.start());
            boolean overlaps = next >= 0 && next < e.end();
            if (!overlaps) {
                out.add(new SentenceCoder.IndexedEntity(-1, e));
            }
        }
        out.sort(Comparator.comparingInt(e -> e.entity().start()));
        return out;
    }
}
