package org.warta.clean;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.extract.ExtractStage;
import org.warta.extract.PlainTextExtractor;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.RawDocument;
import org.warta.model.Removal;
import org.warta.pipeline.Pipeline;

/** Runs plain text through extraction and cleaning only, and reads what came out. */
final class Cleaning {
    private static final Pipeline EXTRACT_AND_CLEAN = Pipeline.of(
            new ExtractStage(Map.of(RawDocument.TEXT, new PlainTextExtractor())), new CleanStage());

    private Cleaning() {
    }

    static Article clean(String text) {
        return EXTRACT_AND_CLEAN.process(RawDocument.ofText(text));
    }

    /** The kept blocks' texts, in order. */
    static List<String> kept(Article cleaned) {
        return cleaned.draft().stream().map(Block::text).toList();
    }

    static Optional<Removal> removal(Article article, String text) {
        return article.removed().stream().filter(r -> r.text().equals(text)).findFirst();
    }

    /** Paragraphs joined with blank lines, the way articles arrive as plain text. */
    static String article(String... blocks) {
        return String.join("\n\n", blocks) + "\n";
    }
}
