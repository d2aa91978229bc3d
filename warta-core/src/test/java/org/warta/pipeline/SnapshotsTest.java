package org.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
    @TempDir
    Path dir;

    /** A structure to cache: some arrays, built by counting calls. */
    record Arrays3(long[] longs, float[] floats, String text) {
    }

    private final AtomicInteger builds = new AtomicInteger();

    private Arrays3 build() {
        builds.incrementAndGet();
        return new Arrays3(new long[] {1L, -7L, Long.MAX_VALUE}, new float[] {0.5f, Float.NEGATIVE_INFINITY},
                "Jakarta — Джакарта");
    }

    private static Arrays3 read(Snapshots.Reader r) {
        return new Arrays3(r.longs(), r.floats(), r.string());
    }

    private static void write(Arrays3 a, Snapshots.Writer w) {
        w.putLongs(a.longs(), a.longs().length).putFloats(a.floats(), a.floats().length).putString(a.text());
    }

    private Arrays3 cached(long key) {
        return cachedIn(dir, key);
    }

    private Arrays3 cachedIn(Path cacheDir, long key) {
        String old = System.getProperty("warta.cache.dir");
        System.setProperty("warta.cache.dir", cacheDir.toString());
        try {
            return Snapshots.cached("test", key, this::build, SnapshotsTest::read, SnapshotsTest::write);
        } finally {
            if (old == null) {
                System.clearProperty("warta.cache.dir");
            } else {
                System.setProperty("warta.cache.dir", old);
            }
        }
    }

    private static void assertSame3(Arrays3 expected, Arrays3 actual) {
        assertArrayEquals(expected.longs(), actual.longs());
        assertArrayEquals(expected.floats(), actual.floats());
        assertEquals(expected.text(), actual.text());
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void aStructureIsBuiltOnceThenReadBackEqual() throws IOException {
        Arrays3 first = cached(42);
        Arrays3 second = cached(42);
        assertEquals(1, builds.get(), "the second run reads the snapshot");
        assertSame3(first, second);
        assertTrue(onlyFile().getFileName().toString().startsWith("test-2a"));
    }

    @Test
    void aCorruptSnapshotIsIgnoredAndWrittenAgain() throws IOException {
        Arrays3 first = cached(42);
        Path file = onlyFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x40;
        Files.write(file, bytes);
        assertSame3(first, cached(42));
        assertEquals(2, builds.get(), "a changed byte fails the checksum: built again");
        assertSame3(first, cached(42));
        assertEquals(2, builds.get(), "and the good snapshot written in its place is used");
    }

    @Test
    void aTruncatedOrEmptySnapshotIsIgnored() throws IOException {
        Arrays3 first = cached(42);
        Path file = onlyFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertSame3(first, cached(42));
        Files.write(file, new byte[0]);
        assertSame3(first, cached(42));
        assertEquals(3, builds.get());
    }

    @Test
    void contentsThatDoNotFitTheReaderAreIgnored() throws IOException {
        cached(42);
        Path file = onlyFile();
        // a well-formed snapshot of something else under the same name: the reader runs out of data
        Snapshots.save(dir, "test", file, w -> w.putInt(5));
        assertNull(Snapshots.load(file, SnapshotsTest::read));
        assertSame3(build(), cached(42));
    }

    @Test
    void aNewKeyReplacesAnOldSnapshotNotWrittenForADay() throws IOException {
        cached(42);
        Path old = onlyFile();
        cached(43);
        assertEquals(2, builds.get());
        assertTrue(Files.exists(old), "another checkout may still use the recent one");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - Snapshots.STALE_AFTER_MILLIS - 60_000));
        Files.delete(dir.resolve(onlyNewest()));
        cached(43);
        assertTrue(onlyFile().getFileName().toString().startsWith("test-2b"), "the stale file is removed");
    }

    private Path onlyNewest() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("test-2b")).findFirst().orElseThrow()
                    .getFileName();
        }
    }

    @Test
    void aCacheDirectoryThatCannotBeMadeStillGivesTheStructure() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertSame3(build(), cachedIn(file.resolve("warta"), 1));
        assertSame3(build(), cachedIn(file.resolve("warta"), 1));
        assertEquals(4, builds.get(), "built each time, nothing written");
    }

    @Test
    void aReadOnlyDirectoryStillGivesTheStructure() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Assumptions.assumeTrue(Files.getFileStore(readOnly).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(readOnly), "the user writes anywhere (root)");
            assertSame3(build(), cachedIn(readOnly.resolve("warta"), 1));
            try (Stream<Path> files = Files.list(readOnly)) {
                assertFalse(files.findAny().isPresent());
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theCacheCanBeTurnedOff() {
        System.setProperty("warta.cache", "off");
        try {
            assertNull(Snapshots.directory());
        } finally {
            System.clearProperty("warta.cache");
        }
    }
}
