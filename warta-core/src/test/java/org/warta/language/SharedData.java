package org.warta.language;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data sets beside the checkout, as the build passes them in {@code warta.shared}. */
final class SharedData {
    private SharedData() {
    }

    static Path path(String relative) {
        Path root = Path.of(System.getProperty("warta.shared", "../shared"));
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data missing: " + p.toAbsolutePath()
                    + " (set -Dwarta.shared to the shared data folder)");
        }
        return p;
    }
}
