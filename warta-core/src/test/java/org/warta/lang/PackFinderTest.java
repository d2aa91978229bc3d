package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs are found by their manifest, in a directory and in a jar, merged over the class path and sorted. */
class PackFinderTest {
    private static final String ROOT = "org/warta/lang/";

    @Test
    void packsInAJarAreFoundWithOrWithoutDirectoryEntries(@TempDir Path dir) throws IOException {
        for (boolean directories : new boolean[] {true, false}) {
            Path jar = dir.resolve("packs-" + directories + ".jar");
            writeJar(jar, directories, "common/language.tsv", "vi/language.tsv", "vi/time.tsv", "ar/language.tsv",
                    "bs/langid-markers.tsv", "Bad/language.tsv");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                assertEquals(List.of("ar", "vi"), PackFinder.codes(loader, ROOT, "language.tsv"), jar.toString());
            }
        }
    }

    @Test
    void packsInDirectoriesAndJarsAreMergedAndSorted(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        for (String file : List.of("zh/language.tsv", "id/language.tsv", "da/langid-markers.tsv")) {
            Files.createDirectories(classes.resolve(ROOT + file).getParent());
            Files.writeString(classes.resolve(ROOT + file), "script\tLatin\n");
        }
        Path jar = dir.resolve("more.jar");
        writeJar(jar, true, "common/language.tsv", "fr/language.tsv", "id/language.tsv");
        URL[] path = {classes.toUri().toURL(), jar.toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, null)) {
            assertEquals(List.of("fr", "id", "zh"), PackFinder.codes(loader, ROOT, "language.tsv"));
        }
    }

    @Test
    void theShippedPacksAreFound() {
        List<String> found = LanguageData.languages();
        assertTrue(found.containsAll(List.of("ar", "de", "en", "es", "fr", "id", "ms", "pt", "ru", "tr", "vi", "zh")),
                found.toString());
        assertEquals(found.stream().sorted().toList(), found);
    }

    @Test
    void onlyAManifestDirectlyInAFolderNamesAPack() {
        assertEquals("th", PackFinder.codeOf(ROOT + "th/language.tsv", ROOT, "language.tsv"));
        assertNull(PackFinder.codeOf(ROOT + "th/x/language.tsv", ROOT, "language.tsv"));
        assertNull(PackFinder.codeOf(ROOT + "th/time.tsv", ROOT, "language.tsv"));
        assertNull(PackFinder.codeOf("org/warta/kb/th/language.tsv", ROOT, "language.tsv"));
        assertNull(PackFinder.codeOf(ROOT + "language.tsv", ROOT, "language.tsv"));
    }

    private static void writeJar(Path jar, boolean directories, String... files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            if (directories) {
                j.putNextEntry(new JarEntry("org/"));
                j.putNextEntry(new JarEntry("org/warta/"));
                j.putNextEntry(new JarEntry(ROOT));
            }
            for (String file : files) {
                j.putNextEntry(new JarEntry(ROOT + file));
                j.write("script\tLatin\n".getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
    }
}
