package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;
import org.warta.token.Segmenter;

/** A person known by dated CAMEO codes gets the role and country held on the article's date. */
class DatedRolesTest {
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void base(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dated.kb");
        Files.writeString(file, """
                [person/marta-quillan]
                type: PERSON
                kind: person
                canonical: Marta Quillan
                country: ESP
                role: government official
                cameo: ESPLEG 1999-01-01..2003-12-31 | ESPGOV 2004-01-01.. | ESPELI
                en: Marta Quillan | Quillan

                [person/anders-voll]
                type: PERSON
                kind: person
                canonical: Anders Voll
                cameo: NORGOV 2002-01-01..2006-12-31 | IGOUNO 2007-01-01..
                en: Anders Voll
                """);
        KnowledgeBase kb = KnowledgeBase.load(List.of(file));
        assertTrue(kb.problems().isEmpty(), kb.problems().toString());
        recognizer = new EntityRecognizer(kb);
    }

    private static Entity person(String text, LocalDate date, String name) {
        List<Entity> es = recognizer.recognise(Segmenter.tokens(text, List.of(new Sentence(0, text.length(), 0))),
                "en", date);
        return es.stream().filter(e -> e.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + es));
    }

    @Test
    void roleHeldOnThePublicationDate() {
        String text = "Marta Quillan voted against the budget on Tuesday.";
        assertEquals("lawmaker", person(text, LocalDate.of(2002, 3, 5), "Marta Quillan").role());
        assertEquals("government official", person(text, LocalDate.of(2012, 3, 5), "Marta Quillan").role());
        assertEquals("government official", person(text, null, "Marta Quillan").role(), "no date: the latest");
    }

    @Test
    void countryOfTheCodeHeldThen() {
        String text = "Anders Voll arrived in Geneva for talks.";
        Entity then = person(text, LocalDate.of(2004, 6, 1), "Anders Voll");
        assertEquals("NOR", then.country());
        assertEquals("government official", then.role());
        Entity now = person(text, LocalDate.of(2010, 6, 1), "Anders Voll");
        assertNull(now.country(), "a UN official speaks for no country");
        assertEquals("international official", now.role());
    }

    @Test
    void aRoleTheTextGivesIsKept() {
        Entity e = person("Defence Minister Marta Quillan inspected the troops.", LocalDate.of(2002, 3, 5),
                "Marta Quillan");
        assertEquals("defence minister", e.role());
        assertEquals("ESP", e.country());
    }
}
