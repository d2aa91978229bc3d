package org.warta.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Stage;

/**
 * Finds and normalises the article's time expressions. The reference date is the article's publication date; when
 * the input gave none, the one the article states (its URL's date, a dateline: {@link PublicationDates}), which then
 * becomes its publication date; failing that, the pipeline's configured reference date; failing all, relative values
 * stay unresolved (X's), never guessed.
 */
public final class TimeStage implements Stage {
    private final LocalDate fallbackReference;
    private final TimeTagger tagger;

    /** @param fallbackReference used when an article carries no usable publication date; may be null */
    public TimeStage(LocalDate fallbackReference) {
        this(fallbackReference, TimeTagger.shared());
    }

    public TimeStage(LocalDate fallbackReference, TimeTagger tagger) {
        this.fallbackReference = fallbackReference;
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public List<Runnable> preparations(String language) {
        return List.of(() -> tagger.grammar(language));
    }

    @Override
    public Article apply(Article article) {
        Article.Builder out = article.toBuilder();
        String published = article.metadata().published();
        Optional<LocalDate> own = ReferenceDates.parse(published);
        if (own.isEmpty() && published != null && !published.isBlank()) {
            out.warn(name(), "bad-published-date", "publication date '" + published + "' is not a date; "
                    + (fallbackReference == null ? "relative times left unresolved" : "used " + fallbackReference));
        }
        LocalDate reference = own.orElse(fallbackReference);
        if (published == null || published.isBlank()) {
            Optional<PublicationDates.Found> stated = PublicationDates.find(article, tagger);
            if (stated.isPresent()) {
                reference = stated.get().date();
                out.metadata(article.metadata().withPublished(stated.get().value(), stated.get().from()));
            }
        }
        var times = tagger.tag(article.text(), article.sentences(), article.language().code(), reference);
        return out.times(times).layer(Layer.TIMES).build();
    }
}
