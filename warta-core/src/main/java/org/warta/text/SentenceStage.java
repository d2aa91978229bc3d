package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.model.Sentence;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Stage;

/** Splits the clean text into sentences, paragraph by paragraph, so no sentence crosses a paragraph break. */
public final class SentenceStage implements Stage {
    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Article apply(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> paragraphs = article.paragraphSpans();
        for (int p = 0; p < paragraphs.size(); p++) {
            Deadline.check();
            int[] para = paragraphs.get(p);
            String body = text.substring(para[0], para[1]);
            for (int[] s : Sentences.split(body, article.language().code())) {
                sentences.add(new Sentence(para[0] + s[0], para[0] + s[1], p));
            }
        }
        return article.toBuilder().sentences(sentences).layer(Layer.SENTENCES).build();
    }
}
