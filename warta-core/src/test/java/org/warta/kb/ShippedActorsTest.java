package org.warta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The shipped actors.kb is exactly what kb import writes from the actor dictionaries in the shared folder (the
 * command of docs/knowledge-base.md), so that it can be written again after a change to the importer or the
 * hand-curated people.
 */
class ShippedActorsTest {
    private static final String DICTIONARIES = "events/dictionaries";
    /** The lists in the order the command names them, each with the language of its names. */
    private static final List<String[]> LISTS = List.of(
            new String[] {"en", "petrarch2-en/Phoenix.Countries.actors.txt"},
            new String[] {"en", "petrarch2-en/Phoenix.International.actors.txt"},
            new String[] {"en", "petrarch2-en/Phoenix.MilNonState.actors.txt"},
            new String[] {"en", "petrarch2-en/Phoenix.agents.txt"},
            new String[] {"es", "universal-petrarch-es/actors_unified_181220.txt"},
            new String[] {"es", "universal-petrarch-es/actors_COL.txt"},
            new String[] {"es", "universal-petrarch-es/agents_181220.txt"});

    @Test
    @SharedData(DICTIONARIES)
    void shippedFileIsWhatTheImportWrites() throws IOException {
        PetrarchImporter importer = new PetrarchImporter();
        List<String> sources = new ArrayList<>();
        for (String[] list : LISTS) {
            Path file = Shared.path(DICTIONARIES).resolve(list[1]);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                importer.read(in, file.getFileName().toString(), list[0]);
            }
            sources.add((list[0].equals("en") ? "" : list[0] + ":") + file.getFileName());
        }
        StringWriter out = new StringWriter();
        PetrarchImporter.Summary summary = importer.write(out, sources);
        assertTrue(summary.people() > 10_000, "people: " + summary.people());
        String shipped;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("org/warta/kb/" + PetrarchImporter.SHIPPED_FILE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(shipped.equals(out.toString()), "org/warta/kb/actors.kb differs from what kb import writes: "
                + "import it again (docs/knowledge-base.md)");
    }

    @Test
    void shippedPeopleLoadWithoutProblems() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        assertTrue(kb.problems().isEmpty(), kb.problems().toString());
        KbEntity lavrov = kb.get("person/sergei-lavrov");
        assertEquals("Sergei Lavrov", lavrov.canonical(), "the hand-curated name wins");
        assertEquals("foreign minister", lavrov.role(), "the hand-curated role wins");
        assertTrue(lavrov.tenures().stream().anyMatch(t -> t.code().equals("RUSGOV") && t.until() == null),
                lavrov.tenures().toString());
        assertEquals(1, kb.entities().stream().filter(e -> e.allNames().contains("Sergey Lavrov")).count(),
                "one Lavrov");
    }
}
