package org.warta.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.RunSummary;
import org.warta.model.StoryRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "process", mixinStandardHelpOptions = true,
        description = {
                "Process articles and write one JSON object per article (JSON Lines) to stdout.",
                "Inputs are files, directories (walked recursively) or - for standard input; each file's format "
                        + "(plain text, JSON Lines, HTML, WARC, RSS/Atom) is chosen from its content.",
                "Articles are grouped into stories as they are read, in input order whatever --threads says: each "
                        + "line's story is the story as it stood when the article joined it (see --stories-out).",
                "Failed records are reported on stderr and counted in the closing summary."
        },
        footerHeading = "%nExit status:%n",
        footer = {"  0  all records processed", "  2  usage error", "  3  some records failed"})
final class ProcessCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories, or - for standard input (the default).")
    List<String> inputs = new ArrayList<>();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    TemplateOption templates = new TemplateOption();

    @Mixin
    StoryOption stories = new StoryOption();

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Date to resolve relative time expressions against when an article has no publication date.")
    LocalDate referenceDate;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @Option(names = "--quiet", description = "Do not print the run summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (stories.problem() != null) {
            System.err.println("warta process: " + stories.problem());
            return ExitCodes.USAGE;
        }
        int threadCount = threads.count("warta process");
        if (threadCount < 1) {
            return ExitCodes.USAGE;
        }
        if (inputs.isEmpty()) {
            if (System.console() != null) {
                System.err.println("warta process: no input given; name files or directories, or pipe text into it (see --help)");
                return ExitCodes.USAGE;
            }
            inputs = List.of("-");
        }
        var pipeline = Pipelines.standard(new WartaOptions(referenceDate, budget.budget()), templates.lines(),
                stories.memory());
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        PrintStream err = System.err;
        RunSummary summary = new ArticleRun(pipeline, budget.reader(), err, Progress.onTerminal(err, "articles"),
                threadCount)
                .run(inputs, article -> new Line(ArticleJson.write(article, pretty), article.id(), article.story()),
                        line -> {
                            try {
                                out.write(line.json());
                                out.write('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            stories.note(line.id(), line.story());
                        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stories.write();
        if (!quiet) {
            err.println("warta: " + summary);
        }
        return summary.failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** An article's JSON line, with what the stories written at the end need of it. */
    private record Line(String json, String id, StoryRef story) {
    }
}
