package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a language's folder holds for each stage, as {@code warta languages} prints it. */
class LanguageCoverageTest {
    private static final Path PACKS = repository().resolve("warta-core/src/main/resources/org/warta/lang");

    @Test
    void everyFileOfEveryShippedFolderBelongsToAStage() throws IOException {
        Set<String> known = new TreeSet<>(List.of(LanguageProfile.FILE));
        LanguageCoverage.STAGES.forEach(s -> known.addAll(s.files()));
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PACKS, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().getFileName().toString().equals(LanguageData.COMMON))
                    .filter(f -> !f.getParent().equals(PACKS))
                    .filter(f -> !known.contains(f.getFileName().toString()))
                    .forEach(f -> unknown.add(PACKS.relativize(f).toString()));
        }
        assertEquals(List.of(), unknown, "files that no stage of LanguageCoverage.STAGES names");
    }

    @Test
    void theLinesCountedAreTheLinesOfData() throws IOException {
        LanguageCoverage id = LanguageCoverage.of("id");
        assertTrue(id.hasPack());
        LanguageCoverage.FileData time = stage(id, "time").files().get(0);
        long data = Files.readAllLines(PACKS.resolve("id/time.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count();
        assertEquals(new LanguageCoverage.FileData("time.tsv", data, "lines"), time);
        LanguageCoverage.FileData model = stage(id, "ner").files().get(0);
        assertEquals("bytes", model.unit());
        assertEquals(Files.size(PACKS.resolve("id/ner.model.gz")), model.amount());
        assertEquals(List.of("events.tsv", "event-cues.tsv", "event-actors.tsv"),
                stage(id, "events").files().stream().map(LanguageCoverage.FileData::file).toList());
    }

    @Test
    void aFolderWithIdentificationDataOnlyHasNoPack() {
        LanguageCoverage bs = LanguageCoverage.of("bs");
        assertFalse(bs.hasPack());
        assertTrue(stage(bs, "langid").hasData());
        // Bosnian has event patterns too, but no manifest
        assertEquals(List.of("langid", "events"), bs.stages().stream().filter(LanguageCoverage.StageData::hasData)
                .map(LanguageCoverage.StageData::stage).toList());
    }

    @Test
    void aLanguageWithoutAFolderHasNoDataInAnyStage() {
        LanguageCoverage yo = LanguageCoverage.of("yo");
        assertFalse(yo.hasPack());
        assertEquals(LanguageCoverage.STAGES.size(), yo.stages().size());
        assertTrue(yo.stages().stream().noneMatch(LanguageCoverage.StageData::hasData));
    }

    private static LanguageCoverage.StageData stage(LanguageCoverage l, String name) {
        return l.stages().stream().filter(s -> s.stage().equals(name)).findFirst().orElseThrow();
    }

    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("warta-core")) ? here : here.getParent();
    }
}
