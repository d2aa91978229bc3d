package org.warta.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.io.InputReader;
import org.warta.io.RunSummary;
import org.warta.pipeline.Budget;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Removal;
import org.warta.model.StoryRef;
import org.warta.model.TimeExpression;
import org.warta.server.WartaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
                "Process the bundled example articles, print a readable summary of each, store them in a demo index "
                        + "(which groups them into stories across languages) and serve the web page over it: the URL "
                        + "printed opens the page's list of stories.",
                "With --no-serve it stops after storing them."
        })
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Articles to show (default: the bundled examples/).")
    Path dir;

    @Option(names = "--data", paramLabel = "DIR", description = "Demo data directory (default: warta-data/demo in the checkout).")
    Path data;

    @Option(names = "--no-serve", description = "Store the examples but do not start the server.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port for the page (default: ${DEFAULT-VALUE}; a free one when it is taken).")
    int port;

    /** The page's list of stories, largest first: where the examples' story across languages is on top. */
    static final String STORIES_VIEW = "#/stories?sort=largest";

    @Override
    public Integer call() throws Exception {
        Path examples = dir != null ? dir : Home.examples();
        Path demoData = data != null ? data : Home.dir().resolve("warta-data").resolve("demo");
        RunSummary summary = new RunSummary();
        if (!Files.isDirectory(examples) || isEmpty(examples)) {
            if (dir != null) {
                System.err.println("warta demo: no articles at " + examples);
                return ExitCodes.USAGE;
            }
            System.err.println("warta demo: no bundled examples at " + examples + " yet; the page will show what "
                    + "the demo index already holds (store your own with 'warta ingest PATH --data " + demoData + "')");
        } else {
            PrintStream out = System.out;
            var pipeline = Warta.pipeline(WartaOptions.defaults());
            try (ArticleIndex index = ArticleIndex.open(demoData)) {
                summary = new ArticleRun(pipeline, InputReader.standard(), System.err, Progress.none())
                        .run(List.of(examples.toString()), a -> print(index.put(a), out));
                index.commit();
                System.err.println("warta: " + summary + "; demo index " + demoData + " holds " + index.count() + " articles");
            }
        }
        int status = summary.failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        if (noServe) {
            return status;
        }
        return ServeCommand.serve(demoData, WartaServer.Config.defaults().withPort(freePort(port)), Budget.DEFAULT,
                STORIES_VIEW);
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /** The port asked for when it is free, else any free port: a demo should start wherever it runs. */
    static int freePort(int wanted) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(wanted, 1, java.net.InetAddress.getLoopbackAddress())) {
            return wanted;
        } catch (java.io.IOException e) {
            System.err.println("warta demo: port " + wanted + " is taken; using a free one");
            return 0;
        }
    }

    static void print(Article a, PrintStream out) {
        out.println("━━ " + a.source().describe());
        out.printf("  language   %s (%.2f)%n", a.language().code(), a.language().confidence());
        out.println("  title      " + a.metadata().title() + (a.metadata().titleDerived() ? "  [derived]" : ""));
        if (a.metadata().published() != null) {
            out.println("  published  " + a.metadata().published());
        }
        int paragraphs = a.paragraphSpans().size();
        out.println("  text       " + paragraphs + " paragraph" + (paragraphs == 1 ? "" : "s") + ", " + a.text().length() + " characters");
        for (Removal r : a.removed()) {
            out.println("  removed    " + r.reason() + ": " + abbreviate(r.text(), 70));
        }
        a.captions().forEach(c -> out.println("  caption    " + abbreviate(c.text() == null ? "" : c.text(), 60) + "  (credit: " + c.credit() + ")"));
        if (!a.attribution().isEmpty()) {
            out.println("  source     " + a.attribution().sourceOutlet() + (a.attribution().sourceUrl() == null ? "" : "  " + a.attribution().sourceUrl()));
        }
        out.println("  people     " + entities(a, Entity.Type.PERSON));
        out.println("  orgs       " + entities(a, Entity.Type.ORG));
        out.println("  places     " + entities(a, Entity.Type.GPE, Entity.Type.LOC));
        out.println("  times      " + a.times().stream().map(DemoCommand::time).collect(Collectors.joining(", ")));
        if (a.story() != null) {
            StoryRef s = a.story();
            out.println("  story      " + s.size() + " article" + (s.size() == 1 ? "" : "s") + " in " + String.join(", ", s.languages())
                    + ": " + abbreviate(s.title() == null ? s.id() : s.title(), 60));
        }
        a.related().forEach(r -> out.println("  related    " + r.relation() + " " + r.id() + String.format(" (%.2f)", r.score())));
        if (!a.events().isEmpty()) {
            a.events().forEach(e -> out.println("  event      " + e.code() + " " + (e.actor1() == null ? "?" : e.actor1().code())
                    + " → " + (e.actor2() == null ? "?" : e.actor2().code())));
        }
        out.println();
    }

    private static String entities(Article a, Entity.Type... types) {
        List<Entity.Type> wanted = List.of(types);
        return a.entities().stream().filter(e -> wanted.contains(e.type()))
                .map(e -> e.canonical() != null ? e.canonical() : e.text())
                .distinct().collect(Collectors.joining(", "));
    }

    private static String time(TimeExpression t) {
        return t.text() + " = " + t.value();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
