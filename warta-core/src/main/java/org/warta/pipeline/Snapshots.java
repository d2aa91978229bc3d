package org.warta.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;

/**
 * A cache of built data structures on disk, so that what takes long to build from the shipped text files (language
 * models, the knowledge base) is built once per machine and read back as arrays afterwards.
 *
 * <p>A snapshot is a file {@code <name>-<key>.bin} in the cache directory: {@code -Dwarta.cache.dir}, else
 * {@code $XDG_CACHE_HOME/warta}, else {@code ~/.cache/warta}; {@code -Dwarta.cache=off} turns the cache off. The key
 * is a hash of everything the structure is built from (the data files' checksums, the building classes' bytes and a
 * format version), so a changed input never meets an old snapshot. A file is written under a temporary name and
 * moved into place, so that runs side by side never read half a file; a file that does not check out (length,
 * checksum, contents) is ignored and the structure built from the text again; one for another key is removed once
 * it has not been written for a day. When the directory cannot be written
 * (a read-only home) nothing is cached and everything still works.
 */
public final class Snapshots {
    private static final int MAGIC = 0x57534e31;
    /** Magic number, length of the contents, their CRC-32C. */
    private static final int HEADER = 4 + 8 + 4;
    /** How long a snapshot for another key is kept. */
    static final long STALE_AFTER_MILLIS = 24L * 60 * 60 * 1000;

    private Snapshots() {
    }

    /** The cache directory, or null when the cache is off. */
    static Path directory() {
        if ("off".equalsIgnoreCase(System.getProperty("warta.cache", ""))) {
            return null;
        }
        String dir = System.getProperty("warta.cache.dir");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "warta");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "warta");
    }

    /**
     * The structure named {@code name} for {@code key}: read from its snapshot when there is a good one, else built
     * and, if the cache directory can be written, saved for the next run.
     *
     * @param read  reads the structure from a snapshot's contents; may throw any runtime exception on bad contents
     * @param write writes the structure for {@code read}
     */
    public static <T> T cached(String name, long key, java.util.function.Supplier<T> build,
                               Function<Reader, T> read, java.util.function.BiConsumer<T, Writer> write) {
        Path dir = directory();
        if (dir == null) {
            return build.get();
        }
        Path file = dir.resolve(name + "-" + Long.toHexString(key) + ".bin");
        T found = load(file, read);
        if (found != null) {
            return found;
        }
        T built = build.get();
        save(dir, name, file, w -> write.accept(built, w));
        return built;
    }

    /** What a snapshot file holds, or null when it is missing or does not check out. */
    static <T> T load(Path file, Function<Reader, T> read) {
        ByteBuffer payload = payload(file);
        if (payload == null) {
            return null;
        }
        try {
            Reader r = new Reader(payload);
            T value = read.apply(r);
            return r.buffer.hasRemaining() ? null : value;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ByteBuffer payload(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER || size > Integer.MAX_VALUE) {
                return null;
            }
            MappedByteBuffer all = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            all.order(ByteOrder.LITTLE_ENDIAN);
            if (all.getInt(0) != MAGIC || all.getLong(4) != size - HEADER) {
                return null;
            }
            int crc = all.getInt(12);
            ByteBuffer payload = all.slice(HEADER, (int) (size - HEADER)).order(ByteOrder.LITTLE_ENDIAN);
            if (checksum(payload) != crc) {
                return null;
            }
            return payload;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int checksum(ByteBuffer payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload.duplicate());
        return (int) crc.getValue();
    }

    /** Writes a snapshot next to where it goes, then moves it into place; gives up quietly when it cannot. */
    static void save(Path dir, String name, Path file, Consumer<Writer> contents) {
        Path tmp = null;
        try {
            Writer w = new Writer();
            contents.accept(w);
            ByteBuffer payload = w.finish();
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(MAGIC).putLong(payload.remaining()).putInt(checksum(payload)).flip();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, name + "-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                while (header.hasRemaining()) {
                    ch.write(header);
                }
                while (payload.hasRemaining()) {
                    ch.write(payload);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            removeOthers(dir, name, file);
        } catch (IOException | RuntimeException e) {
            // no cache this time: the structure was built and is used all the same
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // left for the next successful write's clean-up
                }
            }
        }
    }

    /**
     * Snapshots of the same structure for other keys (older versions of the data or code) not written for a day:
     * checkouts of different versions side by side each keep theirs.
     */
    private static void removeOthers(Path dir, String name, Path kept) throws IOException {
        long dayAgo = System.currentTimeMillis() - STALE_AFTER_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name + "-*.bin")) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(name.length() + 1);
                if (!f.equals(kept) && rest.matches("[0-9a-f]+\\.bin")
                        && Files.getLastModifiedTime(f).toMillis() < dayAgo) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * A key for a structure built from class-path resources by some classes: the resources' checksums (from the
     * jar's directory when they are in a jar, else from their bytes), the classes' bytes and a format version.
     */
    public static long key(long version, Class<?> loader, List<String> resources, List<Class<?>> builders) {
        Key k = new Key();
        k.add(version);
        for (String r : resources) {
            k.add(r.hashCode());
            k.addResource(loader, r);
        }
        for (Class<?> c : builders) {
            k.addResource(c, "/" + c.getName().replace('.', '/') + ".class");
        }
        return k.value;
    }

    private static final class Key {
        long value = 0x5157a7a1L;
        /** The jar the last resource came from: the next ones are looked up in its directory first, a hash look-up. */
        private java.util.jar.JarFile jar;

        void add(long x) {
            value = (value ^ x) * 0x9E3779B97F4A7C15L;
            value ^= value >>> 29;
        }

        void addResource(Class<?> loader, String resource) {
            if (jar != null && resource.startsWith("/")) {
                ZipEntry e = jar.getJarEntry(resource.substring(1));
                if (e != null && e.getCrc() != -1) {
                    add(e.getCrc());
                    add(e.getSize());
                    return;
                }
            }
            URL url = loader.getResource(resource);
            if (url == null) {
                add(-1);
                return;
            }
            try {
                URLConnection c = url.openConnection();
                if (c instanceof JarURLConnection connection) {
                    ZipEntry e = connection.getJarEntry();
                    if (e != null && e.getCrc() != -1) {
                        jar = connection.getJarFile();
                        add(e.getCrc());
                        add(e.getSize());
                        return;
                    }
                }
                try (InputStream in = c.getInputStream()) {
                    CRC32C crc = new CRC32C();
                    byte[] bytes = in.readAllBytes();
                    crc.update(bytes);
                    add(crc.getValue());
                    add(bytes.length);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /** Writes arrays one after the other, each with its length. */
    public static final class Writer {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        private void room(long bytes) {
            if (buffer.remaining() < bytes) {
                long need = buffer.position() + bytes;
                if (need > Integer.MAX_VALUE - 64) {
                    throw new IllegalStateException("snapshot too large");
                }
                int capacity = (int) Math.min(Integer.MAX_VALUE - 64, Math.max(need, buffer.capacity() * 2L));
                ByteBuffer bigger = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
                buffer.flip();
                bigger.put(buffer);
                buffer = bigger;
            }
        }

        public Writer putInt(int v) {
            room(4);
            buffer.putInt(v);
            return this;
        }

        public Writer putLongs(long[] a, int n) {
            putInt(n);
            room(8L * n);
            buffer.asLongBuffer().put(a, 0, n);
            buffer.position(buffer.position() + 8 * n);
            return this;
        }

        public Writer putInts(int[] a, int n) {
            putInt(n);
            room(4L * n);
            buffer.asIntBuffer().put(a, 0, n);
            buffer.position(buffer.position() + 4 * n);
            return this;
        }

        public Writer putFloats(float[] a, int n) {
            putInt(n);
            room(4L * n);
            buffer.asFloatBuffer().put(a, 0, n);
            buffer.position(buffer.position() + 4 * n);
            return this;
        }

        public Writer putBytes(byte[] a, int n) {
            putInt(n);
            room(n);
            buffer.put(a, 0, n);
            return this;
        }

        public Writer putChars(char[] a, int n) {
            putInt(n);
            room(2L * n);
            buffer.asCharBuffer().put(a, 0, n);
            buffer.position(buffer.position() + 2 * n);
            return this;
        }

        /** A string as its length and UTF-16 units; null as length -1. */
        public Writer putString(String s) {
            if (s == null) {
                return putInt(-1);
            }
            return putChars(s.toCharArray(), s.length());
        }

        ByteBuffer finish() {
            ByteBuffer out = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
            out.flip();
            return out;
        }
    }

    /** Reads what a {@link Writer} wrote; throws an unchecked exception on contents that do not fit. */
    public static final class Reader {
        private final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        public int getInt() {
            return buffer.getInt();
        }

        private int length(int width) {
            int n = buffer.getInt();
            if (n < 0 || (long) n * width > buffer.remaining()) {
                throw new BufferUnderflowException();
            }
            return n;
        }

        public long[] longs() {
            long[] a = new long[length(8)];
            buffer.asLongBuffer().get(a);
            buffer.position(buffer.position() + 8 * a.length);
            return a;
        }

        public int[] ints() {
            int[] a = new int[length(4)];
            buffer.asIntBuffer().get(a);
            buffer.position(buffer.position() + 4 * a.length);
            return a;
        }

        public float[] floats() {
            float[] a = new float[length(4)];
            buffer.asFloatBuffer().get(a);
            buffer.position(buffer.position() + 4 * a.length);
            return a;
        }

        public byte[] bytes() {
            byte[] a = new byte[length(1)];
            buffer.get(a);
            return a;
        }

        public char[] chars() {
            char[] a = new char[length(2)];
            buffer.asCharBuffer().get(a);
            buffer.position(buffer.position() + 2 * a.length);
            return a;
        }

        /** A string written by {@link Writer#putString}, or null. */
        public String string() {
            int n = buffer.getInt(buffer.position());
            if (n == -1) {
                buffer.getInt();
                return null;
            }
            return new String(chars());
        }
    }
}
