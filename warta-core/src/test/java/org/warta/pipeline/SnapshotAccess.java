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
}
