package org.warta.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared data sets (evaluation data, read in place and never copied into the repository): the folder named by
 * the system property {@code warta.shared}, which the build sets to {@code ../shared} beside the project. Tests
 * that read it are marked {@link SharedData}.
 */
public final class Shared {
    public static final String PROPERTY = "warta.shared";
    public static final String REQUIRED_PROPERTY = "warta.shared.required";
    static final String HOW_TO_SET = "mvn verify -D" + PROPERTY + "=/path/to/shared";

    private Shared() {
    }

    /** The shared folder, absolute; it may not exist. */
    public static Path root() {
        String value = System.getProperty(PROPERTY);
        Path root = value == null || value.isBlank() ? Fixtures.projectRoot().resolveSibling("shared") : Path.of(value);
        return root.toAbsolutePath().normalize();
    }

    /** A path in the shared folder, which must exist: for tests marked {@link SharedData}. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data missing: " + p + " (" + HOW_TO_SET
                    + "; a test that reads it is marked @SharedData)");
        }
        return p;
    }

    /** Whether a missing shared folder fails the evaluation tests instead of skipping them. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
    }
}
