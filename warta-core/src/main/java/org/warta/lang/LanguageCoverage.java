package org.warta.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a language's folder holds for each stage: the files a stage reads and how much is in each (lines of data,
 * comments and blank lines left out; bytes for a model). It answers "which stages can do real work in this
 * language" from the folder itself, so the answer cannot drift from the data.
 *
 * @param code    the language's code
 * @param profile its manifest (the defaults when it has no pack)
 * @param stages  every stage, in pipeline order, with the files it found (none: the stage has no data)
 */
public record LanguageCoverage(String code, LanguageProfile profile, List<StageData> stages) {
    /** The stages that read a language's folder, in pipeline order, with the files each reads there. */
    public static final List<Stage> STAGES = List.of(
            new Stage("extract", List.of("html-cues.tsv", "dates.tsv")),
            new Stage("clean", List.of("clean.tsv")),
            new Stage("langid", List.of("langid-markers.tsv", "langid-letters.txt")),
            new Stage("time", List.of("time.tsv")),
            new Stage("entities", List.of("entity-cues.tsv", "roles.tsv", LanguageData.MORPHOLOGY)),
            new Stage("ner", List.of("ner.model.gz")),
            new Stage("events", List.of("events.tsv", "events-petrarch.tsv", "event-cues.tsv", "event-actors.tsv",
                    LanguageData.MORPHOLOGY)));

    private static final String EVENTS = "events.tsv";

    public LanguageCoverage {
        stages = List.copyOf(stages);
    }

    /** A stage and the file names it reads in a language's folder. */
    public record Stage(String name, List<String> files) {
        public Stage {
            files = List.copyOf(files);
        }
    }

    /** One stage's files present in the folder; empty when the stage has no data for the language. */
    public record StageData(String stage, List<FileData> files) {
        public StageData {
            files = List.copyOf(files);
        }

        public boolean hasData() {
            return !files.isEmpty();
        }
    }

    /**
     * One file and its size.
     *
     * @param file   the file name
     * @param amount how much it holds
     * @param unit   {@code lines} for data files, {@code bytes} for a binary model
     */
    public record FileData(String file, long amount, String unit) {
    }

    /** The coverage of one language, read from its folder on the class path. */
    public static LanguageCoverage of(String code) {
        List<StageData> stages = new ArrayList<>();
        for (Stage stage : STAGES) {
            List<FileData> files = new ArrayList<>();
            for (String file : stage.files()) {
                if (LanguageData.exists(code, file)) {
                    files.add(measure(code, file));
                }
            }
            stages.add(new StageData(stage.name(), files));
        }
        return new LanguageCoverage(code, LanguageProfile.of(code), stages);
    }

    /**
     * The CAMEO root categories (01-20) the event patterns cover: the language's own {@code events.tsv}, else the
     * multilingual fallback of {@code common/events.tsv} ({@code fallback} true).
     */
    public record EventRoots(int count, boolean fallback) {
    }

    /** The CAMEO root categories the language's event patterns cover, or the fallback's when it has none. */
    public EventRoots eventRoots() {
        boolean fallback = !LanguageData.exists(code, EVENTS);
        java.util.Set<String> roots = new java.util.TreeSet<>();
        for (LanguageData.Row row : LanguageData.rows(fallback ? LanguageData.COMMON : code, EVENTS)) {
            if (row.cell(0).length() >= 2) {
                roots.add(row.cell(0).substring(0, 2));
            }
        }
        return new EventRoots(roots.size(), fallback);
    }

    /** True when the language has a pack (a folder with a manifest). */
    public boolean hasPack() {
        return profile.declared();
    }

    private static FileData measure(String code, String file) {
        if (file.endsWith(".gz")) {
            return new FileData(file, bytes(LanguageData.resource(code, file)), "bytes");
        }
        return new FileData(file, LanguageData.lines(code, file).map(List::size).orElse(0), "lines");
    }

    private static long bytes(String resource) {
        try (InputStream in = LanguageCoverage.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
