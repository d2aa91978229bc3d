package org.warta.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.io.InputReader;
import org.warta.io.RunSummary;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Removal;
import org.warta.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Process the bundled example articles and print a readable summary of each.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Articles to show (default: the bundled examples/).")
    Path dir;

    @Override
    public Integer call() {
        Path examples = dir != null ? dir : Home.examples();
        if (!Files.isDirectory(examples)) {
            System.err.println("warta demo: no examples at " + examples + " (set WARTA_HOME or run from the checkout)");
            return ExitCodes.USAGE;
        }
        PrintStream out = System.out;
        var pipeline = Warta.pipeline(WartaOptions.defaults());
        RunSummary summary = new ArticleRun(pipeline, InputReader.standard(), System.err, Progress.none())
                .run(List.of(examples.toString()), a -> print(a, out));
        System.err.println("warta: " + summary);
        return summary.failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
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
