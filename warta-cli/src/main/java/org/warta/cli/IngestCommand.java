package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.Ingester;
import org.warta.io.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
                "Process articles and store them in the index under the data directory, ready for 'warta search' and "
                        + "'warta serve'.",
                "Storing is idempotent: an article already stored from the same input is passed over, a changed one "
                        + "replaces the old. The index is committed every --commit-every articles: after a crash, run "
                        + "the same command again to complete it."
        },
        footerHeading = "%nExit status:%n",
        footer = {"  0  all records stored", "  1  the index could not be written", "  2  usage error",
                "  3  some records failed (reported on stderr)"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "warta-data",
            description = "Data directory holding the index (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Pipeline threads (default: one per core).")
    Integer threads;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    TemplateOption templates = new TemplateOption();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "Articles stored between commits (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Date to resolve relative time expressions against when an article has no publication date.")
    LocalDate referenceDate;

    /**
     * Records the inputs probably hold, for the progress bar's time left: one per file, one per line of JSON Lines;
     * 0 (no estimate) when an input is standard input or an archive or feed with an unknown number of records.
     */
    static long estimateRecords(List<String> inputs) {
        long total = 0;
        for (String name : inputs) {
            if ("-".equals(name)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(Path.of(name))) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String f = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if (f.startsWith(".")) {
                        continue;
                    }
                    if (f.endsWith(".jsonl") || f.endsWith(".ndjson")) {
                        total += lines(p);
                    } else if (f.contains(".warc") || f.endsWith(".gz") || f.endsWith(".rss") || f.endsWith(".atom")
                            || f.endsWith(".xml")) {
                        return 0;
                    } else {
                        total++;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                return 0;
            }
        }
        return total;
    }

    private static long lines(Path p) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Override
    public Integer call() {
        if (commitEvery < 1 || (threads != null && threads < 1)) {
            System.err.println("warta ingest: --threads and --commit-every must be at least 1");
            return ExitCodes.USAGE;
        }
        PrintStream err = System.err;
        Progress progress = Progress.onTerminal(err, "records");
        if (System.console() != null) {
            progress.total(estimateRecords(inputs));
        }
        Ingester.Options options = new Ingester.Options(
                threads != null ? threads : Ingester.Options.defaults().threads(), commitEvery);
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(data)) {
            Ingester.Result result = new Ingester(index,
                    templates.pipeline(new WartaOptions(referenceDate, budget.budget())), options)
                    .run(inputs, budget.reader(), new Ingester.Listener() {
                        @Override
                        public void step() {
                            progress.step();
                        }

                        @Override
                        public void failed(Failure failure) {
                            progress.clearLine();
                            err.println("warta: " + failure);
                        }
                    });
            progress.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long done = result.added() + result.replaced();
            err.println("warta: " + result.describe());
            err.printf("warta: index %s holds %d articles, %.1f MB; %.0f articles/s processed%n",
                    index.dataDir(), index.count(), index.sizeOnDisk() / 1e6, done / Math.max(seconds, 1e-9));
            return result.summary().failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }
}
