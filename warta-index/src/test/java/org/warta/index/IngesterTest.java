package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.InputReader;

class IngesterTest {
    static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"published\":\"2025-02-1" + id.length() + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void storesOnceSkipsUnchangedReplacesChangedAndReportsFailures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, line("a", "Jakarta flooded again after heavy rain on Monday night.")
                + line("b", "Hanoi opened a new metro line to the western districts.")
                + line("a", "Jakarta flooded again after heavy rain on Monday night.")
                + "{broken\n");
        AtomicInteger steps = new AtomicInteger();
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            Ingester ingester = new Ingester(index, Warta.pipeline(WartaOptions.defaults()), new Ingester.Options(2, 1));
            Ingester.Result first = ingester.run(List.of(file.toString()), InputReader.standard(), steps::incrementAndGet);
            assertEquals(2, first.added());
            assertEquals(1, first.unchanged(), "the repeated line in the same run");
            assertEquals(1, first.summary().failedCount());
            assertEquals(4, steps.get(), "every record is counted for the progress bar");
            assertEquals(2, index.count());

            Ingester.Result again = ingester.run(List.of(file.toString()), InputReader.standard(), () -> { });
            assertEquals(0, again.added());
            assertEquals(3, again.unchanged());

            Files.writeString(file, line("a", "Jakarta flooded again; the water receded by Tuesday noon."));
            Ingester.Result changed = ingester.run(List.of(file.toString()), InputReader.standard(), () -> { });
            assertEquals(1, changed.replaced());
            assertEquals(2, index.count());
            JsonNode a = ArticleJson.MAPPER.readTree(index.json("a"));
            assertTrue(a.get("text").asText().contains("receded"));
        }
    }
}
