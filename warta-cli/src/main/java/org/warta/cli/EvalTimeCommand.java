package org.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.model.TimeExpression;
import org.warta.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "time", mixinStandardHelpOptions = true,
        description = {
                "Time expression detection and normalisation on TimeML data (TempEval-3 measures).",
                "Each document's text is tagged by the same TimeTagger the pipeline's 'times' stage uses, with the "
                        + "document creation time (DCT) as the reference date.",
                "Default data set: ../shared/time/tempeval3-tbaq."
        })
final class EvalTimeCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DIR", description = "A folder of TimeML (.tml) files, searched recursively.")
    Path dataset;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
            description = "Language of the documents (default ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--misses", description = "Also print every missed, extra and wrongly normalised expression.")
    boolean misses;

    @Override
    public Integer call() {
        Path dir = dataset != null ? dataset : Home.shared("time/tempeval3-tbaq");
        if (!Files.isDirectory(dir)) {
            System.err.println("warta eval time: no such folder " + dir);
            return ExitCodes.USAGE;
        }
        TimexScore score = new TimexScore();
        TimeTagger tagger = TimeTagger.shared();
        int documents = 0;
        int failed = 0;
        long nanos = 0;
        try {
            for (Path file : TimeMl.files(dir)) {
                TimeMl doc;
                try {
                    doc = TimeMl.read(file);
                } catch (IOException e) {
                    System.err.println("warta eval time: skipped " + e.getMessage());
                    failed++;
                    continue;
                }
                if (doc.dct() == null) {
                    System.err.println("warta eval time: " + file + " has no DCT; its relative times stay unresolved");
                }
                long t0 = System.nanoTime();
                List<TimeExpression> found = tagger.tag(doc.text(), language, doc.dct());
                nanos += System.nanoTime() - t0;
                score.add(doc.name(), doc.text(), doc.timexes(), found);
                documents++;
            }
        } catch (IOException e) {
            System.err.println("warta eval time: cannot read " + dir + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        print(dir, documents, score, nanos);
        if (misses) {
            score.misses().forEach(System.out::println);
        }
        return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static void print(Path dir, int documents, TimexScore s, long nanos) {
        System.out.printf("data set            %s%n", dir);
        System.out.printf("documents           %d, gold expressions %d, found %d%n", documents, s.gold(), s.system());
        System.out.printf("strict detection    P %.4f  R %.4f  F1 %.4f%n", s.strictPrecision(), s.strictRecall(), s.strictF1());
        System.out.printf("relaxed detection   P %.4f  R %.4f  F1 %.4f%n", s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1());
        System.out.printf("value accuracy      %.4f  (over %d relaxed matches; value F1 %.4f)%n",
                s.valueAccuracy(), s.relaxedMatches(), s.valueF1());
        System.out.printf("type accuracy       %.4f  (type F1 %.4f)%n", s.typeAccuracy(), s.typeF1());
        System.out.printf("tagging time        %.2f ms/document%n", nanos / 1e6 / Math.max(1, documents));
        System.out.println("published (TempEval-3 platinum test set, English, UzZaman et al. 2013):");
        System.out.println("  HeidelTime   strict F1 0.8134  relaxed F1 0.9030  value F1 0.7761");
        System.out.println("  SUTime       strict F1 0.7957  relaxed F1 0.9032  value F1 0.6738");
    }
}
