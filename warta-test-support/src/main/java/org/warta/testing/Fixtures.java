package org.warta.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small inputs written for the project's tests, shared by every module: on the class path under
 * {@code org/warta/fixtures/} in this module, and the project's {@code examples/} folder.
 */
public final class Fixtures {
    /** An Indonesian news article with a photo caption and credit, an ad placeholder, a source line naming an
     * outlet, a comment counter and two spacing slips; its facts are listed in FixtureArticleTest (warta-core). */
    public static final String ARTICLE_ID = "article-id.txt";
    /** The Vietnamese article {@link #ARTICLE_ID} was translated from: the same facts, at {@link #ARTICLE_ID_SOURCE_URL}. */
    public static final String ARTICLE_ID_SOURCE = "vi-source-of-article-id.txt";
    /** The URL the source line of {@link #ARTICLE_ID} names. */
    public static final String ARTICLE_ID_SOURCE_URL =
            "https://www.baotinmau.vn/the-gioi/nga-my-noi-lai-kenh-lien-lac-20250213.html";
    /**
     * A Vietnamese article with the facts of the shared seed article (../shared/seed/lavrov-rubio-id.txt), written
     * for the tests as its source: to be read at {@link #SEED_SOURCE_URL}, the URL the seed's source line names.
     */
    public static final String SEED_SOURCE = "vi-source-of-seed.txt";
    public static final String SEED_SOURCE_URL =
            "https://baodaknong.vn/nga-va-my-chuan-bi-to-chuc-hoi-nghi-thuong-dinh-song-phuong-242964.html";

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/warta/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture org/warta/fixtures/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The fixture written as a file of the same name in {@code dir}, for code that reads files. */
    public static Path copy(String name, Path dir) {
        try {
            Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.write(file, bytes(name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's root folder, found from the working directory upwards (tests run in a module folder). */
    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/feeds.jsonl")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (with examples/ and pom.xml) above " + Path.of("").toAbsolutePath());
    }

    /** The project's bundled {@code examples/} folder. */
    public static Path examples() {
        return projectRoot().resolve("examples");
    }
}
