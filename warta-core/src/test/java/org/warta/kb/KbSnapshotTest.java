package org.warta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.pipeline.SnapshotAccess;

class KbSnapshotTest {
    /** Everything an entity holds, in order (a record's equals would not see the order of its maps). */
    private static List<String> described(KnowledgeBase.Shipped shipped) {
        return shipped.entities().stream().map(KbEntity::toString).toList();
    }

    @Test
    void theSnapshotReadsBackTheEntitiesTheDataFilesGive() {
        KnowledgeBase.Shipped text = KnowledgeBase.readShipped();
        assertTrue(text.entities().size() > 19_000, "the shipped base: " + text.entities().size());
        KnowledgeBase.Shipped back = SnapshotAccess.roundTrip(text, KbSnapshot::write, KbSnapshot::read);
        assertEquals(described(text), described(back));
        assertEquals(text.problems(), back.problems());
        assertEquals(text.entities(), back.entities());
    }

    @Test
    void dataFilesKeepNullsDatesAndProblemsThroughTheSnapshot() {
        KbEntity dated = new KbEntity("person/x", org.warta.model.Entity.Type.PERSON, null, "X", null, null, true,
                java.util.Map.of("*", List.of("X Y", "")), java.util.Map.of(),
                List.of(new Tenure("IDNGOV", java.time.LocalDate.of(1945, 8, 17), null),
                        new Tenure("RUSGOV", null, null)));
        KnowledgeBase.Shipped shipped = new KnowledgeBase.Shipped(List.of(dated),
                List.of(new KbFormat.Problem("a.kb:3", "unknown key zz-top")));
        KnowledgeBase.Shipped back = SnapshotAccess.roundTrip(shipped, KbSnapshot::write, KbSnapshot::read);
        assertEquals(described(shipped), described(back));
        assertEquals(shipped.problems(), back.problems());
    }

    @Test
    void theStandardBaseIsTheSameFromTextAndFromTheSnapshot(@TempDir Path dir) throws Exception {
        List<String> fromText = described(KnowledgeBase.readShipped());
        SnapshotAccess.inCacheDirectory(dir, () -> {
            KnowledgeBase first = KnowledgeBase.builtIn();
            try (var files = Files.list(dir)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("knowledge-base-")).count());
            }
            KnowledgeBase second = KnowledgeBase.builtIn();
            assertEquals(first.entities().stream().map(KbEntity::toString).toList(),
                    second.entities().stream().map(KbEntity::toString).toList());
            assertEquals(fromText.size(), second.size());
        });
    }

    @Test
    void theKeyFollowsTheCodeAndData() {
        assertEquals(KbSnapshot.key(), KbSnapshot.key());
        assertNotEquals(0L, KbSnapshot.key());
    }

    @Test
    void aSnapshotWithAStringOutOfRangeIsRejected() {
        KnowledgeBase.Shipped shipped = new KnowledgeBase.Shipped(List.of(), List.of());
        assertThrows(RuntimeException.class, () -> SnapshotAccess.roundTrip(shipped,
                (s, w) -> w.putChars(new char[0], 0).putInts(new int[0], 0).putInts(new int[] {1, 99, 0}, 3),
                KbSnapshot::read));
    }
}
