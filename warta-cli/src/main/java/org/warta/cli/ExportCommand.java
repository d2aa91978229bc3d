package org.warta.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.RunSummary;
import org.warta.io.gdelt.GdeltExport;
import org.warta.io.gdelt.GdeltRow;
import org.warta.model.Article;
import org.warta.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
                "Process articles and export them: as JSON Lines (the output contract) or as GDELT 2.0 Event rows "
                        + "(61 tab-separated columns, one row per event; see docs/gdelt-export.md).",
                "Articles are grouped into stories within the input, as with warta process: JSON Lines carry story "
                        + "and related; GDELT's fixed columns have no place for them, so use --stories-out for the "
                        + "stories of a GDELT export."
        },
        footerHeading = "%nExit status:%n",
        footer = {"  0  all records exported", "  2  usage error", "  3  some records failed"})
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, gdelt }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or gdelt.")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to process and export (default: standard input).")
    List<String> inputs = new ArrayList<>();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    TemplateOption templates = new TemplateOption();

    @Mixin
    StoryOption stories = new StoryOption();

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "Reference date for articles without a publication date.")
    LocalDate referenceDate;

    @Override
    public Integer call() throws IOException {
        if (stories.problem() != null) {
            System.err.println("warta export: " + stories.problem());
            return ExitCodes.USAGE;
        }
        int threadCount = threads.count("warta export");
        if (threadCount < 1) {
            return ExitCodes.USAGE;
        }
        if (inputs.isEmpty()) {
            inputs = List.of("-");
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Consumer<Article> sink = (format == Format.gdelt ? gdelt(out) : jsonl(out)).andThen(stories::note);
        Pipeline pipeline = Pipelines.standard(new WartaOptions(referenceDate, budget.budget()), templates.lines(),
                stories.memory());
        RunSummary summary = new ArticleRun(pipeline, budget.reader(), System.err,
                Progress.onTerminal(System.err, "articles"), threadCount).run(inputs, sink);
        flush(out);
        stories.write();
        System.err.println("warta: " + summary);
        return summary.failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private Consumer<Article> gdelt(Writer out) {
        GdeltExport export = GdeltExport.now().withFallbackDate(referenceDate);
        return a -> {
            for (GdeltRow row : export.rows(a)) {
                write(out, row.toLine());
            }
        };
    }

    private static Consumer<Article> jsonl(Writer out) {
        return a -> write(out, ArticleJson.write(a, false));
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
