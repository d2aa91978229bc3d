package org.warta.token;

import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Stage;

/** Cuts every sentence of the clean text into tokens once, for all the stages after it. */
public final class TokenStage implements Stage {
    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Article apply(Article article) {
        String text = article.text() == null ? "" : article.text();
        return article.toBuilder().tokens(Segmenter.tokens(text, article.sentences())).layer(Layer.TOKENS).build();
    }

    /** The article's token layer, or the tokens cut now when the pipeline has no token stage. */
    public static org.warta.model.Tokens of(Article article) {
        if (article.has(Layer.TOKENS) && article.tokens() != null) {
            return article.tokens();
        }
        return Segmenter.tokens(article.text() == null ? "" : article.text(), article.sentences());
    }
}
