package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Fixtures;

class ProcessCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path article;

    /** The Indonesian test article ({@link Fixtures#ARTICLE_ID}) as a file, written once for this test run. */
    static synchronized Path article() throws IOException {
        if (article == null) {
            Path dir = Files.createTempDirectory("warta-article");
            dir.toFile().deleteOnExit(); // files registered later are deleted first
            article = Fixtures.copy(Fixtures.ARTICLE_ID, dir);
            article.toFile().deleteOnExit();
        }
        return article;
    }

    @Test
    void anArticleGivesOneJsonObjectAndExitZero() throws Exception {
        CliRun run = CliRun.of("process", article().toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode a = JSON.readTree(lines[0]);
        assertEquals("id", a.get("language").asText());
        assertEquals("baotinmau.vn", a.get("attribution").get("source_outlet").asText());
        assertTrue(run.err().contains("processed 1, failed 0"), run.err());
    }

    @Test
    void prettyOutputIsIndentedJson() throws Exception {
        CliRun run = CliRun.of("process", "--pretty", article().toString());
        assertTrue(run.out().startsWith("{\n"));
        assertEquals("id", JSON.readTree(run.out()).get("language").asText());
    }

    @Test
    void failedRecordsAreCountedAndExitThree(@TempDir Path dir) throws Exception {
        Files.copy(article(), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), "");
        Files.write(dir.resolve("c.bin"), new byte[] {0, 1, 2, 3, 0, 0});
        CliRun run = CliRun.of("process", dir.toString());
        assertEquals(3, run.status());
        assertEquals(1, run.out().strip().split("\n").length);
        assertTrue(run.err().contains("processed 1, failed 2 (binary: 1, empty: 1)"), run.err());
        assertTrue(run.err().contains("b.txt: empty"), run.err());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, CliRun.of("process", "--no-such-option").status());
        assertEquals(2, CliRun.of("process", "--reference-date", "14/02/2025", article().toString()).status());
        assertEquals(2, CliRun.of("no-such-command").status());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"process", "demo", "bench", "eval"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.status(), command);
            assertTrue(run.out().contains("Usage: warta " + command), run.out());
        }
        assertTrue(CliRun.of("--help").out().contains("process"));
    }

    @Test
    void theHelpListsEveryCommandWhileARunBuildsOnlyItsOwn() {
        String help = CliRun.of("--help").out();
        for (String command : new String[] {"process", "ingest", "search", "serve", "demo", "bench", "export", "eval",
                "kb", "events", "languages", "train", "help"}) {
            assertTrue(help.contains("\n  " + command + " "), command + " in:\n" + help);
        }
        CliRun viaHelp = CliRun.of("help", "search");
        assertEquals(0, viaHelp.status(), viaHelp.err());
        assertTrue(viaHelp.out().contains("Usage: warta search"), viaHelp.out());
        CliRun unknown = CliRun.of("proces", "x.txt");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("process"), "a near miss is offered among all commands: " + unknown.err());
    }

    @Test
    void parallelRunsKeepTheInputOrderAndAccountForEveryRecord(@TempDir Path dir) throws Exception {
        String articleText = Files.readString(article());
        for (int i = 0; i < 12; i++) {
            // different texts, so a record handed on out of order would show
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), articleText.replace("Lavrov", "Lavrov" + i));
        }
        Files.writeString(dir.resolve("05b.txt"), "");
        CliRun one = CliRun.of("process", "--threads", "1", dir.toString());
        CliRun three = CliRun.of("process", "--threads", "3", dir.toString());
        assertEquals(3, three.status(), three.err());
        assertEquals(one.out(), three.out(), "the same output, in the same order");
        assertEquals(12, three.out().strip().split("\n").length);
        assertTrue(three.err().contains("processed 12, failed 1 (empty: 1)"), three.err());
        assertTrue(three.out().indexOf("Lavrov3") < three.out().indexOf("Lavrov9"));
        assertEquals(2, CliRun.of("process", "--threads", "0", article().toString()).status());
    }
}
