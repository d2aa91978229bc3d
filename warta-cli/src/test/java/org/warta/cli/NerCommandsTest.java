package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    @TempDir
    Path dir;

    /** Swedish sentences written for the test, a bare type per token. */
    private Path swedishFile() throws Exception {
        Path file = dir.resolve("sv.txt");
        Files.writeString(file, String.join("\n",
                "Statsministern\t0", "Ulf\tPER", "Kristersson\tPER", "besökte\t0", "Göteborg\tLOC", ".\t0", "",
                "Hon\t0", "arbetar\t0", "på\t0", "Karolinska\tORG", "institutet\tORG", "i\t0", "Solna\tLOC", ".\t0", ""));
        return file;
    }

    @Test
    void scoresOneFileWithBareTypesInAnyLanguage() throws Exception {
        CliRun run = CliRun.of("eval", "ner", "--language", "sv", "--dataset", swedishFile().toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("whole file (2 sentences)"), run.out());
        assertEquals(1, gold(run.out(), "PERSON"), run.out());
        assertEquals(1, gold(run.out(), "ORG"), run.out());
        assertEquals(2, gold(run.out(), "PLACE"), run.out());
    }

    /** The gold names of a type in the score table: true positives plus false negatives. */
    private static int gold(String out, String type) {
        String[] cells = out.lines().filter(l -> l.startsWith(type + " ")).findFirst().orElseThrow().trim().split("\\s+");
        return Integer.parseInt(cells[4]) + Integer.parseInt(cells[6]);
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(ExitCodes.USAGE, CliRun.of("train", "ner", "--language", "sv").status(),
                "only Indonesian has default training files");
        assertEquals(ExitCodes.USAGE,
                CliRun.of("eval", "ner", "--train", "--dataset", swedishFile().toString()).status());
        assertEquals(ExitCodes.USAGE, CliRun.of("eval", "ner", "--dataset", dir.resolve("none").toString()).status());
    }
}
