package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watchlist file: written whole and moved into place, read back after a restart, and never lost when bad. */
class WatchlistsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void survivesARestart(@TempDir Path dir) {
        Watchlists store = Watchlists.open(dir);
        Watchlist lavrov = store.add("  Lavrov  ", Map.of("q", List.of("Lavrov"), "lang", List.of("ru", "en")));
        Watchlist pair = store.add("RUS → USA", Map.of("actor1", List.of("RUS"), "actor2", List.of("USA")));
        assertEquals("Lavrov", lavrov.name());

        Watchlists reopened = Watchlists.open(dir);
        assertNull(reopened.problem());
        assertEquals(List.of(lavrov, pair), reopened.all());
        assertEquals(List.of("ru", "en"), reopened.get(lavrov.id()).params().get("lang"));
        assertTrue(reopened.remove(pair.id()));
        assertFalse(reopened.remove(pair.id()));
        assertEquals(List.of(lavrov), Watchlists.open(dir).all());
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Watchlists store = Watchlists.open(dir);
        store.add("Rubio", Map.of("q", List.of("Rubio \"secretary of state\"")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve(Watchlists.FILE)), files.toList());
        }
        JsonNode stored = JSON.readTree(dir.resolve(Watchlists.FILE).toFile());
        assertEquals(1, stored.get("version").asInt());
        assertEquals("Rubio \"secretary of state\"", stored.get("watchlists").get(0).get("params").get("q").get(0)
                .asText());
    }

    @Test
    void concurrentChangesAreAllKept(@TempDir Path dir) throws Exception {
        Watchlists store = Watchlists.open(dir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Watchlist>> added = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "list " + i;
            added.add(pool.submit(() -> store.add(name, Map.of("q", List.of(name)))));
        }
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        for (Future<Watchlist> f : added) {
            ids.add(f.get().id());
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(40, ids.stream().distinct().count());
        assertEquals(40, Watchlists.open(dir).all().size());
    }

    @Test
    void aBadFileIsReportedAndNeverOverwritten(@TempDir Path dir) throws Exception {
        String broken = "{\"version\": 1, \"watchlists\": [{\"id\": \"abc\", \"name\": \"Lavrov\"";
        Files.writeString(dir.resolve(Watchlists.FILE), broken);
        Watchlists store = Watchlists.open(dir);
        assertTrue(store.problem().contains(Watchlists.FILE), store.problem());
        assertTrue(store.problem().contains("fix or remove it"), store.problem());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.add("x", Map.of("q", List.of("x"))));
        assertEquals(store.problem(), e.getMessage());
        assertThrows(IllegalStateException.class, store::all);
        assertEquals(broken, Files.readString(dir.resolve(Watchlists.FILE)));
    }

    @Test
    void aWatchlistWithoutItsFieldsIsABadFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Watchlists.FILE), "{\"version\": 1, \"watchlists\": [{\"name\": \"x\"}]}");
        assertTrue(Watchlists.open(dir).problem().contains("lacks its id"));
    }

    @Test
    void namesAreRequired(@TempDir Path dir) {
        Watchlists store = Watchlists.open(dir);
        assertThrows(IllegalArgumentException.class, () -> store.add("  ", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> store.add("x".repeat(Watchlists.MAX_NAME + 1), Map.of()));
        assertFalse(Files.exists(dir.resolve(Watchlists.FILE)));
    }
}
