package org.warta.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoTablesTest {
    private static final CameoTables SHIPPED = CameoTables.shipped();

    @Test
    void anEventSetHoldsTheCodesUnderItsRootsButNotTheExceptedOnes() {
        CameoTables.EventSet mutual = SHIPPED.events("mutual");
        assertTrue(mutual.contains("036"), "expressing the intent to meet is done to each other");
        assertTrue(mutual.contains("0411"));
        assertFalse(mutual.contains("042"), "a visit is made by one side");
        assertFalse(mutual.contains("0431"));
        assertFalse(mutual.contains("190"));
        assertFalse(mutual.contains(null));
    }

    @Test
    void theLongestListedCodeOfAMapApplies() {
        CameoTables.EventMap intent = SHIPPED.map("intent");
        assertEquals(Optional.of("137"), intent.apply("175"), "pledging repression is a threat of it");
        assertEquals(Optional.of("138"), intent.apply("190"), "wanting to fight is a threat of force");
        assertEquals(Optional.empty(), intent.apply("173"), "other coercion has no intent form");
    }

    @Test
    void aMapWithAStarAppliesToEveryAct() {
        assertEquals(Optional.of("026"), SHIPPED.map("appeal").apply("042"));
        assertEquals(Optional.of("020"), SHIPPED.map("appeal").apply("111"), "the general appeal");
        assertEquals(Optional.empty(), SHIPPED.map("refusal").apply("111"), "criticism is no cooperation refused");
    }

    @Test
    void sectorSetsAreThreeLetterCodes() {
        assertTrue(SHIPPED.sectors("civil").contains("MED"));
        assertFalse(SHIPPED.sectors("civil").contains("GOV"));
        assertEquals("GOV", SHIPPED.sectors("government").only());
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLine() {
        Map<String, List<String>> files = Map.of(
                CameoTables.EVENT_SETS, List.of("# comment", "force\t18 19 20\t"),
                CameoTables.SECTOR_SETS, List.of("civil\tOPP CVL"),
                CameoTables.EVENT_MAPS, List.of("intent\t04\t036", "", "intent\t15\t999"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoTables.read(files::get));
        assertEquals("org/warta/cameo/event-maps.tsv:3: unknown CAMEO event code '999'", e.getMessage());
    }

    @Test
    void aSectorThatIsNotThreeCapitalsIsRefused() {
        Map<String, List<String>> files = Map.of(
                CameoTables.EVENT_SETS, List.of("force\t18"),
                CameoTables.SECTOR_SETS, List.of("civil\tOPP cvl"),
                CameoTables.EVENT_MAPS, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoTables.read(files::get));
        assertEquals("org/warta/cameo/sector-sets.tsv:1: 'cvl' is no sector code (three capital letters)", e.getMessage());
    }

    @Test
    void aNameDefinedTwiceIsRefused() {
        Map<String, List<String>> files = Map.of(
                CameoTables.EVENT_SETS, List.of("force\t18", "force\t19"),
                CameoTables.SECTOR_SETS, List.of(),
                CameoTables.EVENT_MAPS, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoTables.read(files::get));
        assertEquals("org/warta/cameo/event-sets.tsv:2: 'force' is defined twice", e.getMessage());
    }
}
