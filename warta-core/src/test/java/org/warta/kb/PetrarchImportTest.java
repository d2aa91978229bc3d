package org.warta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Entity;

/** kb import on actor and agent lists in the PETRARCH format, written for the tests. */
class PetrarchImportTest {
    private static Map<String, KbEntity> imported;
    private static PetrarchImporter.Summary summary;

    @BeforeAll
    static void importFixtures() throws IOException {
        PetrarchImporter importer = new PetrarchImporter();
        read(importer, "petrarch-actors.txt", "en");
        read(importer, "petrarch-agents.txt", "en");
        read(importer, "petrarch-actors-es.txt", "es");
        StringWriter out = new StringWriter();
        summary = importer.write(out, List.of("petrarch-actors.txt"));
        List<KbFormat.Problem> problems = new ArrayList<>();
        List<KbEntity> entities = KbFormat.read(new BufferedReader(new StringReader(out.toString())), "import",
                problems);
        assertTrue(problems.isEmpty(), problems.toString());
        imported = entities.stream().collect(Collectors.toMap(KbEntity::id, Function.identity()));
    }

    private static void read(PetrarchImporter importer, String resource, String language) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PetrarchImportTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            importer.read(in, resource, language);
        }
    }

    private static KbEntity byName(String name) {
        return imported.values().stream().filter(e -> e.allNames().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + imported.keySet()));
    }

    @Test
    void samePersonMergesIntoTheHandCuratedOne() {
        KbEntity lavrov = imported.get("person/sergei-lavrov");
        assertNotNull(lavrov, imported.keySet().toString());
        assertEquals(Entity.Type.PERSON, lavrov.type());
        assertEquals(List.of("Sergey Lavrov", "Sergey Viktorovich Lavrov", "Lavrov"), lavrov.names().get("en"));
        assertEquals(List.of("Serguéi Lavrov"), lavrov.names().get("es"), "the Spanish list's own spelling only");
        assertNull(lavrov.country(), "the hand-curated person says what he is now");
        assertNull(lavrov.role());
        assertEquals(List.of(new Tenure("RUSGOV", LocalDate.of(1994, 9, 22), LocalDate.of(2004, 7, 12)),
                new Tenure("RUSGOV", LocalDate.of(2004, 3, 9), null)), lavrov.tenures());
        assertEquals(1, summary.curated());
    }

    @Test
    void titlesAndCountryWordsBeforeANameAreNoNames() {
        for (KbEntity e : imported.values()) {
            for (String n : e.allNames()) {
                assertFalse(n.matches("(?i).*(minist|ambassador|embajador|russian|ruso).*"), n);
            }
        }
    }

    @Test
    void rolesKeepTheirDates() {
        KbEntity marta = imported.get("person/marta-quillan");
        assertNotNull(marta, imported.keySet().toString());
        assertEquals("ESP", marta.country());
        assertEquals("government official", marta.role(), "now: the open-ended code");
        assertEquals("ESPLEG", marta.standing(LocalDate.of(2001, 6, 1)).code());
        assertEquals("lawmaker", marta.standing(LocalDate.of(2001, 6, 1)).role());
        assertEquals("ESPGOV", marta.standing(LocalDate.of(2010, 1, 1)).code());
        assertEquals("ESPELI", marta.standing(LocalDate.of(1990, 1, 1)).code(), "outside the dated codes");

        KbEntity pedro = byName("Pedro Olavarria");
        assertEquals("COLGOV", pedro.standing(LocalDate.of(2002, 5, 1)).code(), "<030101: until 2003");
        assertEquals("COLELI", pedro.standing(LocalDate.of(2010, 5, 1)).code(), "the undated code after it");
        assertEquals("public figure", pedro.role());

        KbEntity jonas = byName("Jonas May");
        assertTrue(jonas.former(), "his only code ended in 2009");
        KbEntity.Standing later = jonas.standing(LocalDate.of(2015, 1, 1));
        assertTrue(later.former());
        assertEquals("NOR", later.country());
        assertNull(jonas.standing(LocalDate.of(2001, 1, 1)), "before his code began the lists say nothing");
    }

    @Test
    void namesAreCapitalisedAsNamesAreWritten() {
        assertEquals("Sean O'Brien", byName("Sean O'Brien").canonical());
        assertEquals("Angus McCrae", byName("Angus McCrae").canonical());
        assertEquals("Bashar al-Assad", byName("Bashar al-Assad").canonical());
        KbEntity ban = byName("Ban Ki-Moon");
        assertTrue(ban.names().get("en").contains("Ban Ki-moon"), "a hyphen's second part in small letters too");
        assertEquals("IGOUNO", ban.standing(null).code());
        assertNull(ban.country(), "the UN is no country");
        assertEquals("KOR", ban.standing(LocalDate.of(2005, 1, 1)).country());
    }

    @Test
    void ambiguousOrCommonOneWordNamesAreLeftOut() {
        assertTrue(byName("Marta Quillan").allNames().contains("Quillan"), "a surname of one person alone");
        assertFalse(byName("Jonas May").allNames().contains("May"), "a month and a common word");
        KbEntity liu = byName("Liu Wei");
        assertFalse(liu.allNames().contains("Li"), "two letters");
        assertEquals(2, liu.tenures().size(), "the two entries of the same name are one person");
        assertTrue(imported.values().stream().noneMatch(e -> e.allNames().contains("Orphea")),
                "a one-word name with no fuller one is too ambiguous to keep");
        assertTrue(summary.withoutNames() >= 1);
    }

    @Test
    void countriesAndOrganisationsAreNoPeople() {
        assertTrue(imported.values().stream().noneMatch(e -> e.canonical().contains("Georgia")));
        assertTrue(imported.values().stream().noneMatch(e -> e.canonical().contains("National Front")));
        assertTrue(imported.values().stream().noneMatch(e -> e.canonical().equals("Russia")));
    }

    @Test
    void unreadableDatesAreReportedAndTheRestKept() {
        assertTrue(summary.problems().stream().anyMatch(p -> p.contains("2004017")), summary.problems().toString());
        KbEntity tomas = byName("Tomas Unreadable");
        assertEquals(List.of(new Tenure("USALEG", LocalDate.of(1995, 1, 1), LocalDate.of(1999, 12, 31))),
                tomas.tenures());
    }

    @Test
    void datesReadAsPetrarchReadsThem() {
        assertEquals(new Tenure("RUSGOV", LocalDate.of(2004, 1, 1), null), PetrarchImporter.tenure("RUSGOV", ">040101"));
        assertEquals(new Tenure("USAGOV", LocalDate.of(1969, 8, 1), LocalDate.of(1974, 10, 14)),
                PetrarchImporter.tenure("USAGOV", "690801-741014"));
        assertEquals(new Tenure("COLGOV", null, LocalDate.of(2003, 1, 1)), PetrarchImporter.tenure("COLGOV", "<030101"));
        assertNull(PetrarchImporter.tenure("KORGOV", "2004017-20061201"));
        assertNull(PetrarchImporter.tenure("KORGOV", "20041331"));
    }
}
