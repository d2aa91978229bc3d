package org.warta.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.pipeline.SnapshotAccess;

class LowOrderSnapshotTest {
    private static byte[] bytes(LowOrderIndex index) {
        return SnapshotAccess.bytes(index, LowOrderIndex::write);
    }

    /**
     * Two indexes hold the same postings for the same n-grams. (Slots may differ: the models are read in parallel
     * and n-grams whose slots collide land in the order their languages came in.)
     */
    private static void assertSameIndex(LowOrderIndex expected, LowOrderIndex actual) {
        int keys = 0;
        for (int s = 0; s < expected.slots(); s++) {
            long key = expected.keyAt(s);
            if (key == 0L) {
                continue;
            }
            keys++;
            int t = actual.find(key);
            assertTrue(t >= 0, "missing n-gram");
            assertEquals(expected.length(s), actual.length(t));
            for (int p = 0; p < expected.length(s); p++) {
                assertEquals(expected.language(expected.start(s) + p), actual.language(actual.start(t) + p));
                assertEquals(expected.logFrequency(expected.start(s) + p), actual.logFrequency(actual.start(t) + p));
            }
        }
        int actualKeys = 0;
        for (int s = 0; s < actual.slots(); s++) {
            actualKeys += actual.keyAt(s) == 0L ? 0 : 1;
        }
        assertEquals(keys, actualKeys);
        assertTrue(keys > 200_000, keys + " n-grams");
    }

    private static List<Map<Character, Float>> letters(LinguaModels m) {
        List<Map<Character, Float>> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            out.add(m.letterFrequencies(i));
        }
        return out;
    }

    @Test
    void modelsReadFromTheSnapshotEqualThoseParsedFromLingua(@TempDir Path dir) throws Exception {
        SnapshotAccess.inCacheDirectory(dir, () -> {
            LinguaModels built = new LinguaModels(0);
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "the first run writes the snapshot");
            }
            LinguaModels read = new LinguaModels(0);
            assertArrayEquals(bytes(built.low()), bytes(read.low()), "the snapshot holds the index as built");
            LinguaModels.LowOrders parsed = built.readLowOrders();
            assertSameIndex(parsed.index(), read.low());
            assertEquals(parsed.letters(), letters(read));
            assertTrue(letters(read).get(read.indexOf("vi")).containsKey('ơ'));
        });
    }

    @Test
    void theIndexRoundTripsThroughItsSnapshot() {
        LinguaModels models = new LinguaModels(0);
        LinguaModels.LowOrders parsed = models.readLowOrders();
        LinguaModels.LowOrders back = SnapshotAccess.roundTrip(parsed, LinguaModels.LowOrders::write,
                models::readSnapshot);
        assertArrayEquals(bytes(parsed.index()), bytes(back.index()));
        assertSameIndex(parsed.index(), back.index());
        assertEquals(parsed.letters(), back.letters());
        long key = NgramKeys.of("ber");
        int id = models.indexOf("id");
        assertEquals(parsed.index().get(key, id), back.index().get(key, id));
        assertTrue(back.index().get(key, id) < 0f, "Indonesian has the trigram 'ber'");
    }

    @Test
    void anIndexWhosePostingsRunPastTheEndIsRejected() {
        LowOrderIndex.Builder b = new LowOrderIndex.Builder();
        b.add(3, new long[] {NgramKeys.of("ab")}, new float[] {-1f}, 1);
        LowOrderIndex small = SnapshotAccess.roundTrip(b.build(), LowOrderIndex::write, LowOrderIndex::read);
        assertEquals(-1f, small.get(NgramKeys.of("ab"), 3));
        // one slot whose three postings start at 3, in a table of one posting
        assertThrows(RuntimeException.class, () -> LowOrderIndex.read(SnapshotAccess.reader(0,
                (x, w) -> w.putLongs(new long[] {5L}, 1).putInts(new int[] {3}, 1).putBytes(new byte[] {2}, 1)
                        .putBytes(new byte[] {0}, 1).putFloats(new float[] {0f}, 1))));
    }
}
