package org.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.lang.LanguageCoverage;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;
import org.warta.language.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "languages", mixinStandardHelpOptions = true,
        description = {"Print the languages Warta identifies and, for each, what its pack holds: how it is written "
                + "and cut into words, and for every stage the data it has (lines of data; bytes for a model) or "
                + "'-' when it has none. The languages with a pack come first; --all adds every other language "
                + "language identification knows.",
                "Stages: extract (html-cues, dates), clean, langid (markers, letters), time, entities (cues, roles), "
                + "ner (model), events (patterns, cues, actors), roots (the CAMEO root categories, of 20, the event "
                + "patterns cover; with '*' those of the multilingual fallback a language without patterns codes "
                + "with), index (the Lucene analyser)."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the table was printed", "  1  a pack could not be read", "  2  usage error"})
final class LanguagesCommand implements Callable<Integer> {
    @Option(names = "--all", description = "Also list the languages identified that have no pack.")
    boolean all;

    @Option(names = "--files", description = "One line per file instead of the table: code, stage, file, amount, unit.")
    boolean files;

    @Option(names = "--json", description = "Print a JSON array, one object per language, every file with its size.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<LanguageCoverage> languages = new ArrayList<>();
        for (String code : codes(all)) {
            languages.add(LanguageCoverage.of(code));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(languages.stream().map(LanguagesCommand::asJson).toList()));
        } else if (files) {
            languages.forEach(l -> printFiles(l, out));
        } else {
            printTable(languages, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The packs in code order, then (with {@code all}) the other languages identified, in code order. */
    static List<String> codes(boolean all) {
        List<String> codes = new ArrayList<>(LanguageData.languages());
        if (all) {
            LanguageIdentifier.shared().languages().stream().filter(c -> !codes.contains(c)).sorted()
                    .forEach(codes::add);
        }
        return codes;
    }

    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? String.valueOf(LanguageIdentifier.shared().name(code)) : name;
    }

    private static void printTable(List<LanguageCoverage> languages, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("code", "name", "script", "segmentation"));
        LanguageCoverage.STAGES.forEach(s -> header.add(s.name()));
        header.add("roots");
        header.add("index");
        rows.add(header);
        for (LanguageCoverage l : languages) {
            LanguageProfile p = l.profile();
            List<String> row = new ArrayList<>(List.of(l.code(), name(l.code()),
                    p.scripts().isEmpty() ? "-" : String.join("+", p.scripts()),
                    p.segmentation() == null ? "-" : p.segmentation().name().toLowerCase(Locale.ROOT)));
            for (LanguageCoverage.StageData s : l.stages()) {
                row.add(amount(s));
            }
            row.add(roots(l.eventRoots()));
            row.add(analyzer(p));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** A stage's data in one cell: its lines, summed over its files, or the size of its model; '-' for none. */
    static String amount(LanguageCoverage.StageData stage) {
        if (!stage.hasData()) {
            return "-";
        }
        long lines = 0;
        long bytes = 0;
        for (LanguageCoverage.FileData f : stage.files()) {
            if (f.unit().equals("bytes")) {
                bytes += f.amount();
            } else {
                lines += f.amount();
            }
        }
        return bytes > 0 ? Math.max(1, Math.round(bytes / 1024.0)) + "kB" : String.valueOf(lines);
    }

    /** The CAMEO roots the events stage covers; "8*" when they are the multilingual fallback's. */
    static String roots(LanguageCoverage.EventRoots roots) {
        return roots.count() + (roots.fallback() ? "*" : "");
    }

    private static String analyzer(LanguageProfile p) {
        String name = p.analyzer();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static void printFiles(LanguageCoverage l, PrintStream out) {
        for (LanguageCoverage.StageData s : l.stages()) {
            for (LanguageCoverage.FileData f : s.files()) {
                out.println(l.code() + "\t" + s.stage() + "\t" + f.file() + "\t" + f.amount() + "\t" + f.unit());
            }
        }
    }

    private static Map<String, Object> asJson(LanguageCoverage l) {
        LanguageProfile p = l.profile();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", l.code());
        o.put("name", name(l.code()));
        o.put("pack", l.hasPack());
        o.put("scripts", p.scripts());
        o.put("segmentation", p.segmentation() == null ? null : p.segmentation().name().toLowerCase(Locale.ROOT));
        o.put("marks", p.folding().stripMarks() ? "strip" : "keep");
        o.put("era", p.era().offset() == 0 ? null : Map.of("name", p.era().name(), "offset", p.era().offset()));
        o.put("analyzer", p.analyzer());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (LanguageCoverage.StageData s : l.stages()) {
            Map<String, Object> files = new LinkedHashMap<>();
            s.files().forEach(f -> files.put(f.file(), Map.of("amount", f.amount(), "unit", f.unit())));
            stages.put(s.stage(), files);
        }
        o.put("stages", stages);
        LanguageCoverage.EventRoots roots = l.eventRoots();
        o.put("event_roots", Map.of("count", roots.count(), "fallback", roots.fallback()));
        return o;
    }
}
