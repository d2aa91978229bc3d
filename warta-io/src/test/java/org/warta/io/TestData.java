package org.warta.io;

import java.nio.file.Path;

/** Locations of the shared data sets the tests read in place. */
final class TestData {
    private TestData() {
    }

    static Path shared(String relative) {
        String root = System.getProperty("warta.shared");
        if (root == null) {
            throw new IllegalStateException("system property warta.shared is not set (run the tests through Maven)");
        }
        return Path.of(root).resolve(relative);
    }

    static Path seed() {
        return shared("seed/lavrov-rubio-id.txt");
    }
}
