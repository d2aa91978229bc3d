package org.warta.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Layer;
import org.warta.pipeline.Stage;
import org.warta.time.ReferenceDates;
import org.warta.token.TokenStage;

/** Finds people, organisations and places, linked to the knowledge base, with roles and countries. */
public final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;

    /** With the shipped knowledge base and the user files named by WARTA_KB. */
    public EntityStage() {
        this(new EntityRecognizer(KnowledgeBase.standard()));
    }

    public EntityStage(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public List<Runnable> preparations(String language) {
        return recognizer.preparations(language);
    }

    @Override
    public Article apply(Article article) {
        String text = article.text();
        Article.Builder out = article.toBuilder().layer(Layer.ENTITIES);
        if (text == null || text.isEmpty()) {
            return out.entities(List.of()).build();
        }
        // people known by dated codes get the role they held on the day the article was published
        LocalDate published = ReferenceDates.parse(article.metadata().published()).orElse(null);
        List<Entity> entities = recognizer.recognise(TokenStage.of(article), article.language().code(), published);
        return out.entities(entities).build();
    }
}
