package org.warta.pipeline;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Writes a structure as a snapshot's contents and reads it back, without a file: round trips for tests. */
public final class SnapshotAccess {
    private SnapshotAccess() {
    }

    public static <T> T roundTrip(T value, BiConsumer<T, Snapshots.Writer> write, Function<Snapshots.Reader, T> read) {
        return read.apply(reader(value, write));
    }

    /** A reader over what {@code write} writes of the value. */
    public static <T> Snapshots.Reader reader(T value, BiConsumer<T, Snapshots.Writer> write) {
        Snapshots.Writer w = new Snapshots.Writer();
        write.accept(value, w);
        return new Snapshots.Reader(w.finish());
    }

    /** The bytes {@code write} writes of the value. */
    public static <T> byte[] bytes(T value, BiConsumer<T, Snapshots.Writer> write) {
        Snapshots.Writer w = new Snapshots.Writer();
        write.accept(value, w);
        java.nio.ByteBuffer b = w.finish();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** Work that may throw, run while snapshots go to a given folder. */
    public interface CacheWork {
        void run() throws Exception;
    }

    /** Runs {@code work} with snapshots kept in {@code dir}, then puts the cache folder setting back as it was. */
    public static void inCacheDirectory(java.nio.file.Path dir, CacheWork work) throws Exception {
        String old = System.getProperty("warta.cache.dir");
        System.setProperty("warta.cache.dir", dir.toString());
        try {
            work.run();
        } finally {
            if (old == null) {
                System.clearProperty("warta.cache.dir");
            } else {
                System.setProperty("warta.cache.dir", old);
            }
        }
    }
}
