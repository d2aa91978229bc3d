package org.warta.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.warta.kb.PetrarchImporter;
import org.warta.kb.WikidataImporter;
import org.warta.lang.LanguageData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Add entities from a Wikidata JSON dump (plain or .gz), streaming it line by line, or people with "
                        + "their dated CAMEO codes from PETRARCH actor dictionaries (.txt).",
                "Writes knowledge-base blocks to FILE (or stdout); put the file in a directory named by WARTA_KB "
                        + "to have the entities stage load it."
        })
final class KbImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = {
            "A Wikidata JSON dump ('[', then one entity a line), or PETRARCH actor and agent lists (.txt), each "
                    + "written LANG:FILE when its names are not English (es:actors_unified_181220.txt)."})
    List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the entities (default: stdout).")
    Path out;

    @Option(names = "--languages", paramLabel = "LIST", split = ",",
            description = "Languages whose labels and aliases become names (default: Warta's languages).")
    List<String> languages;

    @Override
    public Integer call() throws IOException {
        if (inputs.stream().anyMatch(i -> i.endsWith(".txt"))) {
            return petrarch();
        }
        if (inputs.size() != 1) {
            System.err.println("warta kb import: one Wikidata dump at a time");
            return ExitCodes.USAGE;
        }
        Path dump = Path.of(inputs.get(0));
        if (!Files.isRegularFile(dump)) {
            System.err.println("warta kb import: no such file: " + dump);
            return ExitCodes.USAGE;
        }
        Set<String> langs = new LinkedHashSet<>(languages != null ? languages : LanguageData.languages());
        WikidataImporter importer = new WikidataImporter(langs);
        WikidataImporter.Summary summary;
        try (BufferedReader in = reader(dump); Writer w = writer()) {
            summary = importer.run(in, w);
        }
        System.err.printf("warta kb import: %d lines, %d entities written, %d passed over (not a person, place or "
                + "organisation), %d unreadable%n", summary.lines(), summary.written(), summary.skipped(), summary.bad());
        summary.problems().forEach(p -> System.err.println("  " + p));
        return summary.bad() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private Integer petrarch() throws IOException {
        PetrarchImporter importer = new PetrarchImporter();
        List<String> sources = new ArrayList<>();
        for (String input : inputs) {
            Matcher m = LANGUAGE_PREFIX.matcher(input);
            String language = m.matches() ? m.group(1) : "en";
            Path file = Path.of(m.matches() ? m.group(2) : input);
            if (!Files.isRegularFile(file)) {
                System.err.println("warta kb import: no such file: " + file);
                return ExitCodes.USAGE;
            }
            try (BufferedReader in = reader(file)) {
                importer.read(in, file.getFileName().toString(), language);
            }
            sources.add((m.matches() ? language + ":" : "") + file.getFileName());
        }
        PetrarchImporter.Summary summary;
        try (Writer w = writer()) {
            summary = importer.write(w, sources);
        }
        System.err.printf("warta kb import: %d actors read, %d people written (%d merged into hand-curated ones, "
                        + "%d names), %d left out for want of a usable name, %d codes unreadable%n",
                summary.actors(), summary.people(), summary.curated(), summary.names(), summary.withoutNames(),
                summary.problems().size());
        summary.problems().forEach(p -> System.err.println("  " + p));
        return summary.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("([a-z]{2,3}):(.+)");

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 20);
    }

    private Writer writer() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
