package org.warta.clean;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Layer;
import org.warta.model.Removal;
import org.warta.model.Source;
import org.warta.pipeline.Stage;

/**
 * Takes out the lines an article shares with many other articles of its outlet ({@link TemplateLines}), with the
 * reason {@value #REASON}. The outlet is the article's host; without a URL, the input that holds the records (a JSON
 * Lines or WARC file, or the folder of single-article files). The memory is the run's: a run that wants the same
 * result with any number of threads hands its articles to this stage in input order ({@code ArticleRun} does).
 *
 * <p>When the lines in common would be more than half of what the cleaning kept, the article is a near copy of
 * another rather than a page of the same template: it keeps them.
 */
public final class TemplateStage implements Stage {
    public static final String NAME = "template";
    public static final String REASON = "template";

    private final TemplateLines memory;

    public TemplateStage(TemplateLines memory) {
        this.memory = memory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CLEANED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of();
    }

    @Override
    public Article apply(Article article) {
        return remove(article, memory.observe(outlet(article), lines(article)));
    }

    /** The lines of the article as the template memory sees them, in order. */
    public static List<String> lines(Article article) {
        return article.draft().stream().map(Block::text).toList();
    }

    /**
     * Takes the {@code template} lines (what {@link TemplateLines#observe} found for this article) out of the
     * article, unless they would be more than half of what the cleaning kept.
     */
    public static Article remove(Article article, Set<String> template) {
        if (template.isEmpty()) {
            return article;
        }
        int all = 0;
        int common = 0;
        for (Block block : article.draft()) {
            all += block.text().length();
            common += template.contains(block.text()) ? block.text().length() : 0;
        }
        if (2 * common > all) {
            return article;
        }
        Article.Builder out = article.toBuilder();
        List<Block> kept = new ArrayList<>();
        for (Block block : article.draft()) {
            if (template.contains(block.text())) {
                out.addRemoval(new Removal(block.text(), REASON));
            } else {
                kept.add(block);
            }
        }
        return out.draft(kept).build();
    }

    /**
     * The outlet whose template lines the article is compared with: its host, else the input that holds the
     * records, else the folder of single-article files.
     */
    public static String outlet(Article article) {
        String url = article.metadata().url() != null ? article.metadata().url() : article.source().url();
        String host = url == null ? null : CleanStage.host(url);
        if (host != null) {
            return host;
        }
        Source source = article.source();
        if (source == null || source.path() == null) {
            return source == null ? null : source.format();
        }
        if (source.record() != null) {
            return source.path();
        }
        try {
            Path parent = Path.of(source.path()).toAbsolutePath().getParent();
            return parent == null ? source.path() : parent.toString();
        } catch (InvalidPathException e) {
            return source.path();
        }
    }
}
