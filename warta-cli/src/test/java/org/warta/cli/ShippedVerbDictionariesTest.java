package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/** The shipped events-petrarch.tsv files are what `warta events import` writes from the dictionaries. */
class ShippedVerbDictionariesTest {
    private static final String EN = "events/dictionaries/petrarch2-en/CAMEO.2.0.txt";
    private static final String ES = "events/dictionaries/universal-petrarch-es/verbpatterns_es_190128.txt";

    private static void assertShipped(String dictionary, VerbDictionary.Format format) throws IOException {
        Path file = Shared.path(dictionary);
        VerbDictionary.Result result;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Path licence = file.getParent().resolve("LICENSE");
            List<String> notice = Files.isRegularFile(licence) ? Files.readAllLines(licence) : List.of();
            result = VerbDictionary.convert(in, format, file.getFileName().toString(), notice);
        }
        String resource = "/org/warta/lang/" + format.language() + "/events-petrarch.tsv";
        try (InputStream shipped = ShippedVerbDictionariesTest.class.getResourceAsStream(resource)) {
            assertNotNull(shipped, resource);
            List<String> lines = new String(shipped.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(result.lines(), lines, resource + " differs from the conversion of " + dictionary
                    + ": run warta events import again");
        }
    }

    @Test
    @SharedData(EN)
    void englishPatternsAreTheConvertedPetrarch2Dictionary() throws IOException {
        assertShipped(EN, VerbDictionary.Format.PETRARCH2);
    }

    @Test
    @SharedData(ES)
    void spanishPatternsAreTheConvertedUniversalPetrarchDictionary() throws IOException {
        assertShipped(ES, VerbDictionary.Format.UNIVERSAL_PETRARCH);
    }
}
