package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta kb stats} and {@code warta kb import} of PETRARCH actor lists. */
class KbCommandsTest {
    @Test
    void statsCountPeoplePlacesAndNamesPerLanguage() {
        CliRun run = CliRun.of("kb", "stats");
        assertEquals(0, run.status(), run.err());
        Map<String, Integer> counts = run.out().lines().map(l -> l.split("\t"))
                .collect(Collectors.toMap(c -> c[0], c -> Integer.parseInt(c[1])));
        assertTrue(counts.get("people") > 10_000, run.out());
        assertTrue(counts.get("people with dated CAMEO codes") > 10_000, run.out());
        assertTrue(counts.get("places (country)") > 200, run.out());
        assertTrue(counts.get("organisations") > 10, run.out());
        assertTrue(counts.get("names en") > counts.get("names es"), run.out());
        assertTrue(counts.get("names es") > 1_000, "the Spanish list's spellings: " + run.out());
    }

    @Test
    void importOfActorListsWritesPeopleWithDatedCodes(@TempDir Path dir) throws IOException, URISyntaxException {
        Path actors = Path.of(getClass().getResource("/org/warta/cli/kb-actors.txt").toURI());
        Path out = dir.resolve("actors.kb");
        CliRun run = CliRun.of("kb", "import", "--out", out.toString(), actors.toString(),
                "es:" + actors.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("1 people written"), run.err());
        String kb = Files.readString(out);
        assertTrue(kb.contains("cameo: NORGOV 2001-10-17..2005-10-17 | NORELI\n"), kb);
        assertTrue(kb.contains("en: Kjell Vinstra | Vinstra\n"), kb);
        assertTrue(kb.contains("role: public figure\n"), kb);

        CliRun bad = CliRun.of("kb", "import", dir.resolve("missing.txt").toString());
        assertEquals(2, bad.status(), bad.err());
    }
}
