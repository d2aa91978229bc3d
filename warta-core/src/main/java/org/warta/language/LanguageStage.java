package org.warta.language;

import java.util.Set;
import java.util.stream.Collectors;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Layer;
import org.warta.model.LanguageGuess;
import org.warta.pipeline.Stage;

/** Identifies the article's language from its cleaned body (and title), after boilerplate is gone. */
public final class LanguageStage implements Stage {
    private final LanguageIdentifier identifier;

    public LanguageStage() {
        this(new LanguageIdentifier());
    }

    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CLEANED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Article apply(Article article) {
        String body = article.draft().stream().map(Block::text).collect(Collectors.joining("\n"));
        LanguageGuess guess = identifier.identify(body);
        Article.Builder out = article.toBuilder().language(guess).layer(Layer.LANGUAGE);
        if (LanguageGuess.UNDETERMINED.equals(guess.code())) {
            out.warn(name(), "undetermined", "the language could not be identified");
        }
        return out.build();
    }
}
