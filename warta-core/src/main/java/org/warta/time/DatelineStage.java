package org.warta.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Layer;
import org.warta.model.Removal;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Stage;

/**
 * Takes the page's datelines out of the draft ("Posted October 29, 2025 08:14", "13.10.2025 - 19:51", "기사승인
 * 2025-10-30 14:55:21"), with the reason {@value #REASON}, once the language is known: a line that is little but a
 * date or clock time, read with the language's time grammar, is no line of the article in any language. The times
 * stage still reads the publication date from it among the removed lines. Only short lines with a digit are read.
 */
public final class DatelineStage implements Stage {
    public static final String REASON = "dateline";
    private final TimeTagger tagger;

    public DatelineStage() {
        this(TimeTagger.shared());
    }

    public DatelineStage(TimeTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "datelines";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CLEANED, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of();
    }

    @Override
    public Article apply(Article article) {
        if (article.draft().isEmpty() || article.language() == null) {
            return article;
        }
        String language = article.language().code();
        String title = article.metadata().title();
        List<Block> kept = new ArrayList<>(article.draft().size());
        List<Removal> removed = new ArrayList<>();
        for (Block block : article.draft()) {
            Deadline.check();
            String text = block.text().strip();
            if (block.kind() != Block.Kind.TABLE_ROW && !text.equals(title) && hasDigit(text)
                    && PublicationDates.isDateline(text, tagger.tag(text, language, null))) {
                removed.add(new Removal(text, REASON));
            } else {
                kept.add(block);
            }
        }
        if (removed.isEmpty() || kept.isEmpty()) {
            return article;
        }
        Article.Builder out = article.toBuilder();
        removed.forEach(out::addRemoval);
        return out.draft(kept).build();
    }

    private static boolean hasDigit(String text) {
        if (text.length() > 120) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
