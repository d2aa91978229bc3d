package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Convert a PETRARCH-style CAMEO verb dictionary into Warta event patterns (an events-petrarch.tsv "
                        + "of a language pack, docs/events.md): the same dictionary always gives the same file.",
                "Patterns Warta cannot express are left out and counted on stderr (listed with --verbose). The LICENSE "
                        + "file beside the dictionary, if any, is copied into the file's header.",
                "Exit codes: 0 converted, 2 usage error (no such file, unknown format)."
        })
final class EventsImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DICTIONARY", description = "The verb dictionary: CAMEO.2.0.txt or verbpatterns_es_*.txt.")
    Path dictionary;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "petrarch2 (English, PETRARCH2's CAMEO.2.0.txt) or universal-petrarch (Spanish, "
                    + "UniversalPetrarch's verbpatterns_es).")
    VerbDictionary.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the patterns (default: stdout).")
    Path out;

    @Option(names = "--verbose", description = "List each pattern left out, and why, on stderr.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(dictionary)) {
            System.err.println("warta events import: no such file: " + dictionary);
            return ExitCodes.USAGE;
        }
        VerbDictionary.Result result;
        try (BufferedReader in = Files.newBufferedReader(dictionary, StandardCharsets.UTF_8)) {
            result = VerbDictionary.convert(in, format, dictionary.getFileName().toString(), notice());
        }
        String text = String.join("\n", result.lines()) + "\n";
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            stdout.print(text);
            stdout.flush();
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(text);
            }
        }
        System.err.printf("warta events import: %d patterns written, %d left out%n", result.patterns(),
                result.dropped().size());
        if (verbose) {
            result.dropped().forEach(d -> System.err.println("  " + d));
        }
        return ExitCodes.OK;
    }

    /** The LICENSE file beside the dictionary, if any: its notice goes with the converted patterns. */
    private List<String> notice() throws IOException {
        Path parent = dictionary.toAbsolutePath().getParent();
        Path licence = parent == null ? null : parent.resolve("LICENSE");
        return licence != null && Files.isRegularFile(licence)
                ? Files.readAllLines(licence, StandardCharsets.UTF_8) : List.of();
    }

    static final class FormatConverter implements ITypeConverter<VerbDictionary.Format> {
        @Override
        public VerbDictionary.Format convert(String value) {
            for (VerbDictionary.Format f : VerbDictionary.Format.values()) {
                if (f.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("expected petrarch2 or universal-petrarch, not '" + value + "'");
        }
    }
}
