package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing of the inputs: folders walked in name order, patterns expanded, names as given. */
class InputFilesTest {
    @Test
    void aFolderIsWalkedInNameOrderAndItsFilesKeepTheNamesWartaProcessGives(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("news/b"));
        Files.writeString(dir.resolve("news/b/2.txt"), "dua");
        Files.writeString(dir.resolve("news/a.txt"), "satu");
        Files.writeString(dir.resolve("news/README.md"), "about");
        List<InputFiles.Named> files = InputFiles.list(List.of(dir.resolve("news").toString()), new Configuration());
        assertEquals(List.of("README.md", "a.txt", "b/2.txt"), files.stream()
                .map(f -> dir.resolve("news").relativize(Path.of(f.name())).toString()).toList());
        assertTrue(files.get(0).documentation(), "a README inside a folder is no article");
        assertEquals(List.of(0, 1, 2), files.stream().map(InputFiles.Named::index).toList());
    }

    @Test
    void aPatternIsExpandedInNameOrder(@TempDir Path dir) throws Exception {
        for (String name : List.of("crawl-2.warc.gz", "crawl-1.warc.gz", "notes.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<String> expanded = InputFiles.expand(List.of(dir + "/crawl-*.warc.gz"), new Configuration());
        assertEquals(2, expanded.size(), expanded.toString());
        assertTrue(expanded.get(0).endsWith("crawl-1.warc.gz") && expanded.get(1).endsWith("crawl-2.warc.gz"),
                expanded.toString());
    }

    @Test
    void aMissingInputIsAUsageErrorThatNamesIt(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.list(List.of(dir.resolve("nowhere").toString()), new Configuration()));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.list(List.of(dir + "/*.warc.gz"), new Configuration()));
        assertTrue(pattern.getMessage().contains("*.warc.gz"), pattern.getMessage());
    }
}
