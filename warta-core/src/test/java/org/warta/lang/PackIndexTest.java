package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's packs.txt names its packs, so that they are found without listing the whole jar. */
class PackIndexTest {
    private static final String ROOT = "org/warta/lang/";

    @Test
    void aJarWithAnIndexHasThePacksItNamesThatHoldAManifest(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("indexed.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            entry(j, PackFinder.INDEX, "common\nvi\r\nxx\nar\n\n");
            for (String file : List.of("common/language.tsv", "vi/language.tsv", "ar/language.tsv", "fr/time.tsv")) {
                entry(j, file, "script\tLatin\n");
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("ar", "vi"), PackFinder.codes(loader, ROOT, "language.tsv"),
                    "xx has no manifest; common is no pack");
        }
    }

    @Test
    void theBuildIndexesEveryShippedPack() throws IOException {
        List<String> indexed;
        try (InputStream in = PackIndexTest.class.getClassLoader().getResourceAsStream(ROOT + PackFinder.INDEX)) {
            assertNotNull(in, "the build writes " + ROOT + PackFinder.INDEX);
            indexed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.equals(LanguageData.COMMON)).toList();
        }
        // the main classes' own packs, found by listing their folder (test resources add packs of their own)
        URL classes = PackFinder.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader main = new URLClassLoader(new URL[] {classes}, null)) {
            List<String> listed = PackFinder.codes(main, ROOT, "language.tsv");
            assertEquals(listed, List.copyOf(new TreeSet<>(indexed)));
            assertEquals(true, listed.containsAll(List.of("id", "en", "vi")), listed.toString());
        }
    }

    private static void entry(JarOutputStream j, String name, String text) throws IOException {
        j.putNextEntry(new JarEntry(ROOT + name));
        j.write(text.getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
    }
}
