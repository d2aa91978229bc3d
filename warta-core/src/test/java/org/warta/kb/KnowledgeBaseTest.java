package org.warta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.lang.LanguageData;
import org.warta.model.Entity;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @Test
    void shippedFilesLoadCleanly() {
        assertTrue(KB.problems().isEmpty(), KB.problems().toString());
        assertTrue(KB.size() > 500, "entities: " + KB.size());
    }

    @Test
    void everyCountryHasNamesInEveryLanguageFromCldr() {
        KbEntity france = KB.country("FRA");
        assertNotNull(france);
        for (String lang : LanguageData.languages()) {
            assertTrue(!france.namesIn(lang).isEmpty(), "no name for France in " + lang);
        }
        assertTrue(france.namesIn("de").contains("Frankreich"));
        assertTrue(KB.country("USA").namesIn("id").contains("Amerika Serikat"));
        assertTrue(KB.country("USA").namesIn("vi").contains("Xứ sở cờ hoa"));
        assertTrue(KB.country("CHN").namesIn("id").contains("Negeri Tirai Bambu"));
        assertEquals("United States", KB.country("USA").canonical());
    }

    @Test
    void leadersCarryRoleAndCountry() {
        KbEntity lavrov = KB.get("person/sergei-lavrov");
        assertEquals("foreign minister", lavrov.role());
        assertEquals("RUS", lavrov.country());
        assertEquals("GOV", KB.roles().sector(lavrov.role()));
        for (KbEntity e : KB.entities()) {
            if (e.type() == Entity.Type.PERSON && e.role() != null) {
                assertTrue(KB.roles().contains(e.role()), e.id() + " has role outside roles.tsv: " + e.role());
                if (e.former()) {
                    assertTrue(KB.roles().contains("former " + e.role()), "former " + e.role());
                }
            }
        }
    }

    @Test
    void userFileAddsNamesToAnExistingEntity(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.kb"), """
                [country/RUS]
                id: Negeri Beruang
                [person/jane-roe]
                type: PERSON
                canonical: Jane Roe
                country: NZL
                role: mayor
                *: Jane Roe
                """, StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.load(List.of(dir));
        assertTrue(kb.problems().isEmpty(), kb.problems().toString());
        assertTrue(kb.country("RUS").namesIn("id").contains("Negeri Beruang"));
        assertTrue(kb.country("RUS").namesIn("id").contains("Rusia"));
        assertEquals("mayor", kb.get("person/jane-roe").role());
    }

    @Test
    void badLinesAreReportedNotFatal(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.kb"), "no block yet\n[x]\ntype: NOTHING\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.load(List.of(dir));
        assertEquals(2, kb.problems().size(), kb.problems().toString());
    }
}
