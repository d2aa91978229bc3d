package org.warta;

import org.warta.clean.TemplateLines;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;

/**
 * The entry point for using Warta as a library.
 *
 * <pre>{@code
 * Article a = Warta.process(text);
 * a.language().code();   // "id"
 * a.text();              // the clean body
 * a.entities();          // people, organisations, places
 * }</pre>
 *
 * <p>The default pipeline is built once, on first use, and is safe to share between threads. It holds each article to
 * the default {@link org.warta.pipeline.Budget} (4 MiB of text, 10 seconds): one over it throws
 * {@link org.warta.pipeline.BudgetExceeded}, whose {@code reason()} says which ({@code too-large}, {@code too-slow}).
 */
public final class Warta {
    private Warta() {
    }

    /** Processes one article given as plain text. */
    public static Article process(String text) {
        return Holder.PIPELINE.process(RawDocument.ofText(text));
    }

    /** Processes one raw document (plain text or HTML, with its source and hints). */
    public static Article process(RawDocument raw) {
        return Holder.PIPELINE.process(raw);
    }

    /** A pipeline with the given options, for callers that need more than the defaults. */
    public static Pipeline pipeline(WartaOptions options) {
        return Pipelines.standard(options);
    }

    /**
     * A pipeline that also takes out the lines an article shares with many others of its outlet: {@code templates}
     * is the memory of one run (one input, one ingest), filled as articles pass.
     */
    public static Pipeline pipeline(WartaOptions options, TemplateLines templates) {
        return Pipelines.standard(options, templates);
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipelines.standard(WartaOptions.defaults());
    }
}
