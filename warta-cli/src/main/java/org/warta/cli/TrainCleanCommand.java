package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.warta.clean.BoilerplateModel;
import org.warta.clean.BoilerplateTraining;
import org.warta.clean.LineFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {
                "Train the boilerplate model of the clean stage and write it.",
                "Every visible line of each page is an example, boilerplate unless the page's true article text "
                        + "holds it. Pages: the article extraction benchmark (html/*.html.gz, ground-truth.json) and "
                        + "the readability test pages (<name>/source.html, expected.html). A fifth of the pages is "
                        + "held out to pick the threshold and report precision and recall.",
                "Default output: warta-core/src/main/resources/org/warta/clean/boilerplate.model.gz."
        })
final class TrainCleanCommand implements Callable<Integer> {
    @Option(names = "--benchmark", paramLabel = "DIR", description = "Article extraction benchmark folder.")
    Path benchmark;

    @Option(names = "--readability", paramLabel = "DIR", description = "Readability test pages folder.")
    Path readability;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--held-out", paramLabel = "FILE",
            description = "Also write the held-out lines: probability, label (1 = boilerplate), page, line (TSV).")
    Path heldOut;

    @Override
    public Integer call() throws IOException {
        if (benchmark == null) {
            benchmark = Home.shared("extraction/article-extraction-benchmark");
        }
        if (readability == null) {
            readability = Home.shared("extraction/readability-test-pages");
        }
        if (out == null) {
            out = Home.dir().resolve("warta-core/src/main/resources/org/warta/clean/boilerplate.model.gz");
        }
        if (!Files.isRegularFile(benchmark.resolve("ground-truth.json")) && !Files.isDirectory(readability)) {
            System.err.println("warta train clean: no training pages in " + benchmark + " or " + readability);
            return ExitCodes.USAGE;
        }
        List<BoilerplateTraining.Page> pages = new ArrayList<>();
        pages.addAll(benchmarkPages(benchmark));
        pages.addAll(readabilityPages(readability));
        List<BoilerplateTraining.Labelled> labelled = new ArrayList<>();
        for (BoilerplateTraining.Page page : pages) {
            List<BoilerplateTraining.Labelled> l = BoilerplateTraining.label(page);
            if (l.isEmpty()) {
                System.err.println("warta train clean: article text not found on the page, skipped: " + page.name());
            }
            labelled.addAll(l);
        }
        BoilerplateTraining.Result result = BoilerplateTraining.train(labelled, BoilerplateModel.Settings.defaults(),
                System.err);
        try (OutputStream o = Files.newOutputStream(out)) {
            result.model().write(o);
        }
        System.err.println("warta train clean: " + result.report());
        if (heldOut != null) {
            writeHeldOut(labelled, result.model(), heldOut);
        }
        System.err.printf("warta train clean: %d features, %d bytes written to %s%n", LineFeatures.NAMES.size(),
                Files.size(out), out);
        return ExitCodes.OK;
    }

    private static List<BoilerplateTraining.Page> benchmarkPages(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            return List.of();
        }
        List<BoilerplateTraining.Page> pages = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html/" + e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pages.add(new BoilerplateTraining.Page("benchmark/" + e.getKey(), text,
                        e.getValue().path("articleBody").asText("")));
            }
        }
        return pages;
    }

    private static List<BoilerplateTraining.Page> readabilityPages(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BoilerplateTraining.Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                Path source = p.resolve("source.html");
                Path expected = p.resolve("expected.html");
                if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
                    String article = Jsoup.parse(new String(Files.readAllBytes(expected), StandardCharsets.UTF_8)).text();
                    pages.add(new BoilerplateTraining.Page("readability/" + p.getFileName(),
                            new String(Files.readAllBytes(source), StandardCharsets.UTF_8), article));
                }
            }
        }
        return pages;
    }

    private static void writeHeldOut(List<BoilerplateTraining.Labelled> pages, BoilerplateModel model, Path file)
            throws IOException {
        StringBuilder b = new StringBuilder();
        for (BoilerplateTraining.Labelled p : pages) {
            if (!BoilerplateTraining.heldOut(p.name())) {
                continue;
            }
            for (int i = 0; i < p.lines().size(); i++) {
                b.append(String.format(java.util.Locale.ROOT, "%.4f\t%d\t%s\t%s%n",
                        model.probability(p.features()[i]), p.boilerplate()[i] ? 1 : 0, p.name(),
                        p.lines().get(i).replace('\t', ' ')));
            }
        }
        Files.writeString(file, b);
    }
}
