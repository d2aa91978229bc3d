package org.warta.extract;

import java.util.Map;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.pipeline.Stage;

/**
 * Pulls body blocks, captions and metadata out of the raw content with the extractor registered for its media
 * type, then fills metadata gaps from the hints the container carried (the page itself is preferred: a feed's
 * summary title is often shortened, a WARC capture date is later than publication).
 */
public final class ExtractStage implements Stage {
    private final Map<String, Extractor> extractors;

    public ExtractStage(Map<String, Extractor> extractors) {
        this.extractors = Map.copyOf(extractors);
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.RAW);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.DRAFT);
    }

    @Override
    public Article apply(Article article) {
        RawDocument raw = article.raw();
        Extractor extractor = extractors.get(raw.mediaType());
        Article.Builder out = article.toBuilder();
        if (extractor == null) {
            out.warn(name(), "unsupported-media-type", "no extractor for " + raw.mediaType() + "; read as plain text");
            extractor = new PlainTextExtractor();
        }
        Extractor.Extraction found = extractor.extract(raw);
        found.warnings().forEach(w -> out.warn(name(), "extraction", w));
        return out.draft(found.blocks())
                .captions(found.captions())
                .metadata(merge(found.metadata(), raw))
                .layer(Layer.DRAFT)
                .build();
    }

    static Metadata merge(Metadata page, RawDocument raw) {
        Hints h = raw.hints();
        return new Metadata(
                first(h.title(), page.title()),
                false,
                first(page.published(), h.published(), h.captured()),
                first(page.author(), h.author()),
                first(page.siteName(), h.siteName()),
                first(page.url(), raw.source().url()),
                first(page.declaredLanguage(), h.language()));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
