package org.warta.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The watchlists of a data directory, kept in one small JSON file beside the index. Read once when opened; every
 * change writes the whole file to a temporary file and moves it into place, so a crash leaves the old file or the
 * new one, never half of one. Thread-safe. A file that cannot be read is reported, never overwritten: the store
 * then refuses every request with the reason until the file is fixed or removed.
 */
final class Watchlists {
    static final String FILE = "watchlists.json";
    /** More than an analyst follows by hand; a bound on the file and on the work of listing them. */
    static final int MAX = 1000;
    static final int MAX_NAME = 200;
    private static final ObjectMapper JSON = WartaServer.JSON;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final Path file;
    private final Map<String, Watchlist> byId = new LinkedHashMap<>();
    private final String problem;

    private Watchlists(Path file, List<Watchlist> read, String problem) {
        this.file = file;
        read.forEach(w -> byId.put(w.id(), w));
        this.problem = problem;
    }

    /** Opens the watchlists of a data directory; none when it has no file yet. */
    static Watchlists open(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Stored stored = JSON.readValue(bytes, Stored.class);
            List<Watchlist> lists = stored == null || stored.watchlists() == null ? List.of() : stored.watchlists();
            for (Watchlist w : lists) {
                if (w == null || w.id() == null || w.name() == null || w.params() == null) {
                    throw new IOException("a watchlist lacks its id, name or params");
                }
            }
            return new Watchlists(file, lists, null);
        } catch (NoSuchFileException e) {
            return new Watchlists(file, List.of(), null);
        } catch (IOException | RuntimeException e) {
            String problem = "the watchlist file " + file + " cannot be read (" + firstLine(e.getMessage())
                    + "); fix or remove it and restart the server";
            System.err.println("warta serve: " + problem);
            return new Watchlists(file, List.of(), problem);
        }
    }

    /** The file as stored: a version and the watchlists, oldest first. */
    private record Stored(int version, List<Watchlist> watchlists) {
    }

    /** Why the store cannot be used, or null when it can. */
    String problem() {
        return problem;
    }

    synchronized List<Watchlist> all() {
        usable();
        return List.copyOf(byId.values());
    }

    synchronized Watchlist get(String id) {
        usable();
        return byId.get(id);
    }

    /** Stores a new watchlist and returns it. */
    synchronized Watchlist add(String name, Map<String, List<String>> params) {
        usable();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a watchlist needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (byId.size() >= MAX) {
            throw new IllegalStateException("there are already " + MAX + " watchlists; delete some first");
        }
        String id;
        do {
            id = newId();
        } while (byId.containsKey(id));
        Watchlist w = new Watchlist(id, n, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                new TreeMap<>(params));
        byId.put(id, w);
        try {
            write();
        } catch (UncheckedIOException e) {
            byId.remove(id);
            throw e;
        }
        return w;
    }

    /** Deletes a watchlist; false when there was none with this id. */
    synchronized boolean remove(String id) {
        usable();
        Watchlist w = byId.remove(id);
        if (w == null) {
            return false;
        }
        try {
            write();
        } catch (UncheckedIOException e) {
            byId.put(id, w);
            throw e;
        }
        return true;
    }

    private void usable() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    private void write() {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    new Stored(1, new ArrayList<>(byId.values()))));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String newId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
