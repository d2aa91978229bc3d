package org.warta.clean;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find their files: the shared data sets and the project's bundled examples. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The shared data folder, from the {@code warta.shared} system property that the build sets. */
    static Path shared() {
        String value = System.getProperty("warta.shared");
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the system property warta.shared is not set (the build sets it)");
        }
        Path dir = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("warta.shared does not name a folder: " + dir);
        }
        return dir;
    }

    /** The project's {@code examples/} folder, found from the working directory upwards (tests run in a module). */
    public static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("feeds.jsonl"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }
}
