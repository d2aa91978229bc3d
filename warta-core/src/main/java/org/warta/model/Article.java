package org.warta.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One news article as it flows through the pipeline: what the reader found, the clean text once it is fixed, and
 * typed annotation layers. Immutable: stages return a new article with one more layer.
 *
 * <p>Every span-carrying layer indexes into {@link #text()}, which is set once and never changed afterwards.
 */
public final class Article implements Serializable {
    private final String id;
    private final RawDocument raw;
    private final Metadata metadata;
    private final List<Block> draft;
    private final String text;
    private final List<Caption> captions;
    private final Attribution attribution;
    private final List<Removal> removed;
    private final LanguageGuess language;
    private final List<Sentence> sentences;
    private final Tokens tokens;
    private final List<Entity> entities;
    private final List<TimeExpression> times;
    private final List<Event> events;
    private final List<Quote> quotes;
    private final StoryRef story;
    private final List<Related> related;
    private final List<Warning> warnings;
    private final Set<Layer> layers;

    private Article(Builder b) {
        this.id = b.id;
        this.raw = b.raw;
        this.metadata = b.metadata;
        this.draft = List.copyOf(b.draft);
        this.text = b.text;
        this.captions = List.copyOf(b.captions);
        this.attribution = b.attribution;
        this.removed = List.copyOf(b.removed);
        this.language = b.language;
        this.sentences = List.copyOf(b.sentences);
        this.tokens = b.tokens;
        this.entities = List.copyOf(b.entities);
        this.times = List.copyOf(b.times);
        this.events = List.copyOf(b.events);
        this.quotes = List.copyOf(b.quotes);
        this.story = b.story;
        this.related = List.copyOf(b.related);
        this.warnings = List.copyOf(b.warnings);
        this.layers = Collections.unmodifiableSet(EnumSet.copyOf(b.layers));
    }

    /** A new article holding only what the reader found. */
    public static Article of(RawDocument raw) {
        Builder b = new Builder();
        b.raw = raw;
        b.id = ArticleIds.of(raw);
        b.layers.add(Layer.RAW);
        for (String note : raw.hints().notes()) {
            b.warnings.add(new Warning("read", "input", note));
        }
        return b.build();
    }

    public String id() { return id; }
    public RawDocument raw() { return raw; }
    public Source source() { return raw.source(); }
    public Metadata metadata() { return metadata; }
    /** Blocks of the article body before the clean text is composed; empty once it is. */
    public List<Block> draft() { return draft; }
    /** The clean body, paragraphs separated by one blank line; null until the text is composed. */
    public String text() { return text; }
    public List<Caption> captions() { return captions; }
    public Attribution attribution() { return attribution; }
    public List<Removal> removed() { return removed; }
    public LanguageGuess language() { return language; }
    public List<Sentence> sentences() { return sentences; }
    /** The sentences cut into tokens, one stretch per sentence; null before the {@link Layer#TOKENS} layer. */
    public Tokens tokens() { return tokens; }
    public List<Entity> entities() { return entities; }
    public List<TimeExpression> times() { return times; }
    public List<Event> events() { return events; }
    public List<Quote> quotes() { return quotes; }
    /** The story the article joined; null before the {@link Layer#STORY} layer. */
    public StoryRef story() { return story; }
    /** Near-duplicates, republications, translations and sources among the articles seen before this one. */
    public List<Related> related() { return related; }
    public List<Warning> warnings() { return warnings; }
    public Set<Layer> layers() { return layers; }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** Paragraph boundaries of the clean text, as spans. */
    public List<int[]> paragraphSpans() {
        List<int[]> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        int start = 0;
        while (start <= text.length()) {
            int sep = text.indexOf("\n\n", start);
            int end = sep < 0 ? text.length() : sep;
            spans.add(new int[] {start, end});
            if (sep < 0) {
                break;
            }
            start = sep + 2;
        }
        return spans;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * This article without its raw content (its source, format and hints kept), for when extraction has read it:
     * lighter to keep, or to send to another machine, while the later stages work.
     */
    public Article withoutRawContent() {
        if (raw == null || raw.content().isEmpty()) {
            return this;
        }
        Builder b = toBuilder();
        b.raw = new RawDocument("", raw.mediaType(), raw.source(), raw.hints());
        return b.build();
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + layers + ", " + (text == null ? 0 : text.length()) + " chars]";
    }

    /** Builds the next version of an article; stages get one from {@link #toBuilder()}. */
    public static final class Builder {
        private String id;
        private RawDocument raw;
        private Metadata metadata = Metadata.EMPTY;
        private List<Block> draft = new ArrayList<>();
        private String text;
        private List<Caption> captions = new ArrayList<>();
        private Attribution attribution = Attribution.NONE;
        private List<Removal> removed = new ArrayList<>();
        private LanguageGuess language = LanguageGuess.undetermined("none");
        private List<Sentence> sentences = new ArrayList<>();
        private Tokens tokens;
        private List<Entity> entities = new ArrayList<>();
        private List<TimeExpression> times = new ArrayList<>();
        private List<Event> events = new ArrayList<>();
        private List<Quote> quotes = new ArrayList<>();
        private StoryRef story;
        private List<Related> related = new ArrayList<>();
        private List<Warning> warnings = new ArrayList<>();
        private final Set<Layer> layers = EnumSet.noneOf(Layer.class);

        private Builder() {
        }

        private Builder(Article a) {
            id = a.id;
            raw = a.raw;
            metadata = a.metadata;
            draft = new ArrayList<>(a.draft);
            text = a.text;
            captions = new ArrayList<>(a.captions);
            attribution = a.attribution;
            removed = new ArrayList<>(a.removed);
            language = a.language;
            sentences = new ArrayList<>(a.sentences);
            tokens = a.tokens;
            entities = new ArrayList<>(a.entities);
            times = new ArrayList<>(a.times);
            events = new ArrayList<>(a.events);
            quotes = new ArrayList<>(a.quotes);
            story = a.story;
            related = new ArrayList<>(a.related);
            warnings = new ArrayList<>(a.warnings);
            layers.addAll(a.layers);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder metadata(Metadata v) { metadata = v; return this; }
        public Builder draft(List<Block> v) { draft = new ArrayList<>(v); return this; }
        public Builder captions(List<Caption> v) { captions = new ArrayList<>(v); return this; }
        public Builder addCaption(Caption v) { captions.add(v); return this; }
        public Builder attribution(Attribution v) { attribution = v; return this; }
        public Builder addRemoval(Removal v) { removed.add(v); return this; }
        public Builder language(LanguageGuess v) { language = v; return this; }
        public Builder sentences(List<Sentence> v) { sentences = new ArrayList<>(v); return this; }
        public Builder tokens(Tokens v) { tokens = v; return this; }
        public Builder entities(List<Entity> v) { entities = new ArrayList<>(v); return this; }
        public Builder times(List<TimeExpression> v) { times = new ArrayList<>(v); return this; }
        public Builder events(List<Event> v) { events = new ArrayList<>(v); return this; }
        public Builder quotes(List<Quote> v) { quotes = new ArrayList<>(v); return this; }
        public Builder story(StoryRef v) { story = v; return this; }
        public Builder related(List<Related> v) { related = new ArrayList<>(v); return this; }
        public Builder warn(String stage, String code, String message) {
            warnings.add(new Warning(stage, code, message));
            return this;
        }
        public Builder layer(Layer v) { layers.add(v); return this; }

        /** Fixes the clean text. Allowed once: later layers index into it. */
        public Builder text(String v) {
            if (text != null && !text.equals(v)) {
                throw new IllegalStateException("the clean text of " + id + " is already fixed");
            }
            text = v;
            draft = new ArrayList<>();
            return this;
        }

        public Article build() {
            return new Article(this);
        }
    }
}
