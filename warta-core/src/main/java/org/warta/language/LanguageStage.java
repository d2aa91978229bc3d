package org.warta.language;

import java.util.Set;
import java.util.stream.Collectors;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.LanguageGuess;
import org.warta.model.Layer;
import org.warta.pipeline.Stage;

/**
 * Identifies the article's language from its cleaned body, after boilerplate is gone, with the language the source
 * declares as a prior. A body too short to say much is read together with the title.
 */
public final class LanguageStage implements Stage {
    /** Bodies shorter than this are read with the title in front. */
    static final int SHORT_BODY = 200;

    private final LanguageIdentifier identifier;

    public LanguageStage() {
        this(LanguageIdentifier.shared());
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
        String title = article.metadata().title();
        if (body.length() < SHORT_BODY && title != null && !title.isBlank() && !body.contains(title)) {
            body = title + "\n" + body;
        }
        LanguageGuess guess = identifier.identify(body, article.metadata().declaredLanguage());
        Article.Builder out = article.toBuilder().language(guess).layer(Layer.LANGUAGE);
        if (LanguageGuess.UNDETERMINED.equals(guess.code())) {
            out.warn(name(), "undetermined", "the language could not be identified (" + guess.method() + ")");
        }
        return out.build();
    }
}
