package org.warta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.entity.EntityRecognizer;
import org.warta.model.Entity;
import org.warta.model.Sentence;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * kb import on lines in the Wikidata dump format (written for the tests, and the first lines of a real dump where
 * the shared data is present), and the result loaded as a user file.
 */
class WikidataImportTest {
    private static final String REAL_SAMPLE = "kb/wikidata-dump-sample.json";

    /** Lines of a dump as Wikidata writes them: "[", one entity a line with a trailing comma, "]". */
    private static Path ownLines() {
        try {
            return Path.of(WikidataImportTest.class.getResource("wikidata-dump-lines.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String importSample(Path dump, List<String> languages) throws IOException {
        StringWriter out = new StringWriter();
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            WikidataImporter.Summary s = new WikidataImporter(Set.copyOf(languages)).run(in, out);
            assertEquals(0, s.bad(), s.problems().toString());
            assertTrue(s.written() >= 10, "written " + s.written());
            assertTrue(s.skipped() >= 10, "months, beer and the universe are no entities: " + s.skipped());
        }
        return out.toString();
    }

    private static Map<String, KbEntity> parse(String kb) throws IOException {
        List<KbFormat.Problem> problems = new ArrayList<>();
        List<KbEntity> es = KbFormat.read(new BufferedReader(new StringReader(kb)), "import", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return es.stream().collect(Collectors.toMap(KbEntity::id, Function.identity()));
    }

    @Test
    void keepsPeoplePlacesAndCountriesWithTheirCountry() throws IOException {
        assertKeepsPeoplePlacesAndCountries(ownLines());
    }

    @Test
    @SharedData(REAL_SAMPLE)
    void keepsPeoplePlacesAndCountriesOfARealDump() throws IOException {
        assertKeepsPeoplePlacesAndCountries(Shared.path(REAL_SAMPLE));
    }

    private static void assertKeepsPeoplePlacesAndCountries(Path dump) throws IOException {
        Map<String, KbEntity> byId = parse(importSample(dump, List.of("en", "fr", "de", "id", "ru")));
        KbEntity washington = byId.get("Q23");
        assertEquals(Entity.Type.PERSON, washington.type());
        assertEquals("George Washington", washington.canonical());
        assertEquals("USA", washington.country());
        assertEquals("CHL", byId.get("Q306").country());
        KbEntity berlin = byId.get("Q64");
        assertEquals(Entity.Type.GPE, berlin.type());
        assertEquals("DEU", berlin.country());
        KbEntity belgium = byId.get("country/BEL");
        assertNotNull(belgium, "countries take the id of the country Warta has");
        assertTrue(belgium.namesIn("fr").contains("Belgique"), belgium.names().toString());
        assertEquals("GBR", byId.get("Q22").country());
        assertNull(byId.get("Q44"), "beer");
        assertNull(byId.get("Q105"), "Monday");
        assertTrue(byId.get("Q84").namesIn("ru").contains("Лондон"));
    }

    @Test
    void importedFileExtendsTheKnowledgeBase(@TempDir Path dir) throws IOException {
        assertExtendsTheKnowledgeBase(ownLines(), dir);
    }

    @Test
    @SharedData(REAL_SAMPLE)
    void aRealDumpImportedExtendsTheKnowledgeBase(@TempDir Path dir) throws IOException {
        assertExtendsTheKnowledgeBase(Shared.path(REAL_SAMPLE), dir);
    }

    private static void assertExtendsTheKnowledgeBase(Path dump, Path dir) throws IOException {
        Files.writeString(dir.resolve("wikidata.kb"), importSample(dump, List.of("en", "fr")), StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.load(List.of(dir));
        assertTrue(kb.problems().isEmpty(), kb.problems().toString());
        assertTrue(kb.get("country/BEL").namesIn("fr").contains("Belgique"));
        String text = "George Washington crossed the river near Poznań.";
        List<Entity> es = new EntityRecognizer(kb).recognise(text, List.of(new Sentence(0, text.length(), 0)), "en");
        Entity gw = es.stream().filter(e -> e.text().equals("George Washington")).findFirst().orElseThrow();
        assertEquals("Q23", gw.kbId());
        assertEquals("USA", gw.country());
        Entity poznan = es.stream().filter(e -> e.text().equals("Poznań")).findFirst().orElseThrow();
        assertEquals("POL", poznan.country());
    }

    @Test
    void badLinesAreCountedNotFatal() throws IOException {
        String dump = "[\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"x\"}}},\n"
                + "{not json\n]\n";
        StringWriter out = new StringWriter();
        WikidataImporter.Summary s = new WikidataImporter(Set.of("en")).run(
                new BufferedReader(new StringReader(dump)), out);
        assertEquals(1, s.bad());
        assertEquals(1, s.skipped());
    }
}
