package org.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's files are: the launcher sets WARTA_HOME to the checkout; otherwise the working directory.
 * The shared data sets live beside the checkout, in {@code ../shared}.
 */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getenv("WARTA_HOME");
        if (home == null) {
            home = System.getProperty("warta.home");
        }
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    static Path examples() {
        return dir().resolve("examples");
    }

    static Path shared() {
        String prop = System.getProperty("warta.shared");
        return prop != null ? Path.of(prop) : dir().resolveSibling("shared");
    }

    static Path shared(String relative) {
        return shared().resolve(relative);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
